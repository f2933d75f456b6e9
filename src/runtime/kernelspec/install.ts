import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { writeFileAtomic } from "../fs/atomic-write";
import { tslabBin } from "../kernel/tslab-path";
import { kernelDir, kernelSpec, type KernelSpec, type Place } from "./spec";

/** What an install did (errors as data: `npm install` must never fail because of it). */
export type InstallOutcome =
  | { kind: "installed" | "updated" | "unchanged"; path: string; spec: KernelSpec }
  | { kind: "failed"; path: string; error: string };

/** The current machine's platform, environment and home folder. */
export function currentPlace(): Place {
  return { platform: process.platform, env: process.env, home: homedir() };
}

/**
 * The project root: the folder holding the node_modules that holds tslab.
 *
 * @example
 * projectRoot("/p/node_modules/tslab/bin/tslab") // "/p"
 */
export function projectRoot(bin: string): string {
  return resolve(dirname(bin), "..", "..", "..");
}

/**
 * Installs the `tslab` kernelspec for the current user, idempotently: the file is rewritten only when
 * its content would change, atomically, so Jupyter never reads half a kernel.json.
 *
 * @example
 * installKernelSpec() // { kind: "installed", path: "/home/ana/.local/share/jupyter/kernels/tslab/kernel.json", spec: {...} }
 */
export function installKernelSpec(place: Place = currentPlace(), node = process.execPath): InstallOutcome {
  const path = join(kernelDir(place), "kernel.json");
  try {
    const bin = tslabBin();
    const spec = kernelSpec(node, bin, projectRoot(bin));
    const text = JSON.stringify(spec, null, 1) + "\n";
    const existed = existsSync(path);
    if (existed && readFileSync(path, "utf8") === text) return { kind: "unchanged", path, spec };
    writeFileAtomic(path, text);
    return { kind: existed ? "updated" : "installed", path, spec };
  } catch (e) {
    return { kind: "failed", path, error: (e as Error).message };
  }
}

/**
 * A one-line message about an install for the npm log.
 *
 * @example
 * describeInstall({ kind: "unchanged", path: "/h/.local/share/jupyter/kernels/tslab/kernel.json", spec })
 * // "tslab kernel for Jupyter: already up to date in /h/.local/share/jupyter/kernels/tslab"
 */
export function describeInstall(outcome: InstallOutcome): string {
  const dir = dirname(outcome.path);
  switch (outcome.kind) {
    case "installed":
      return `tslab kernel for Jupyter: installed in ${dir}`;
    case "updated":
      return `tslab kernel for Jupyter: updated in ${dir} (now runs this project's tslab)`;
    case "unchanged":
      return `tslab kernel for Jupyter: already up to date in ${dir}`;
    case "failed":
      return `tslab kernel for Jupyter: not installed in ${dir} (${outcome.error}); run \`node dist/runtime/install-kernel.js\` to retry. Headless runs (npm start) do not need it.`;
  }
}
