import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { writeFileAtomic } from "../fs/atomic-write";
import { tslabBin } from "../kernel/tslab-path";
import { INSTALLED_BY, kernelDir, kernelSpec, KERNEL_NAME, type KernelSpec, type Place } from "./spec";

/**
 * What an install did (errors as data: `npm install` must never fail because of it).
 * - `installed` / `updated` / `unchanged`: the kernelspec is this project's and current.
 * - `replaced`: it was another clone's whose tslab no longer exists (a moved or deleted clone); `previous` says which.
 * - `kept`: it belongs to someone else (another clone whose tslab still exists, or a kernelspec this
 *   project did not write) and was left alone; `owner` says whose. `replace: true` takes it over.
 */
export type InstallOutcome =
  | { kind: "installed" | "updated" | "unchanged"; path: string; spec: KernelSpec }
  | { kind: "replaced"; path: string; spec: KernelSpec; previous: string }
  | { kind: "kept"; path: string; owner: string }
  | { kind: "failed"; path: string; error: string };

/** Options of {@link installKernelSpec}. */
export interface InstallOptions {
  /** Overwrite a kernelspec another installation owns (the user asked for it: `npm run kernel -- --replace`). */
  replace?: boolean;
}

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

/** Who owns an existing kernel.json: this project, another clone of it (alive or gone), or someone else. */
type Owner = { kind: "self" } | { kind: "clone"; project: string; alive: boolean } | { kind: "foreign"; what: string };

function ownerOf(text: string, project: string): Owner {
  let existing: Partial<KernelSpec>;
  try {
    existing = JSON.parse(text) as Partial<KernelSpec>;
  } catch {
    return { kind: "foreign", what: "a kernel.json that is not valid JSON" };
  }
  const meta = (existing.metadata ?? {}) as { installed_by?: unknown; project?: unknown };
  if (meta.installed_by !== INSTALLED_BY || typeof meta.project !== "string") {
    return { kind: "foreign", what: "a kernelspec not written by throughput-accounting" };
  }
  if (resolve(meta.project) === resolve(project)) return { kind: "self" };
  // The clone is alive while the tslab its kernelspec starts is still there.
  const bin = Array.isArray(existing.argv) ? existing.argv[1] : undefined;
  return { kind: "clone", project: meta.project, alive: typeof bin === "string" && existsSync(bin) };
}

/**
 * Installs this project's kernelspec (`throughput-accounting`) for the current user, idempotently: the
 * file is rewritten only when its content would change, atomically, so Jupyter never reads half a
 * kernel.json. A kernelspec another installation owns is left alone (and the outcome says whose) unless
 * `replace` is set; one left by a clone that no longer exists is replaced, saying so.
 *
 * @example
 * installKernelSpec() // { kind: "installed", path: "/home/ana/.local/share/jupyter/kernels/throughput-accounting/kernel.json", spec: {...} }
 */
export function installKernelSpec(
  place: Place = currentPlace(),
  node = process.execPath,
  options: InstallOptions = {},
): InstallOutcome {
  const path = join(kernelDir(place), "kernel.json");
  try {
    const bin = tslabBin();
    const project = projectRoot(bin);
    const spec = kernelSpec(node, bin, project);
    const text = JSON.stringify(spec, null, 1) + "\n";
    if (!existsSync(path)) {
      writeFileAtomic(path, text);
      return { kind: "installed", path, spec };
    }
    const current = readFileSync(path, "utf8");
    if (current === text) return { kind: "unchanged", path, spec };
    const owner = ownerOf(current, project);
    if (owner.kind === "self") {
      writeFileAtomic(path, text);
      return { kind: "updated", path, spec };
    }
    const ownerText = owner.kind === "clone" ? `the clone at ${owner.project}` : owner.what;
    if (owner.kind === "clone" && !owner.alive) {
      writeFileAtomic(path, text);
      return { kind: "replaced", path, spec, previous: `${owner.project} (its tslab no longer exists)` };
    }
    if (!options.replace) return { kind: "kept", path, owner: ownerText };
    writeFileAtomic(path, text);
    return { kind: "replaced", path, spec, previous: ownerText };
  } catch (e) {
    return { kind: "failed", path, error: (e as Error).message };
  }
}

/**
 * A message about an install for the npm log.
 *
 * @example
 * describeInstall({ kind: "unchanged", path: "/h/.local/share/jupyter/kernels/throughput-accounting/kernel.json", spec })
 * // "Jupyter kernel "throughput-accounting": already up to date in /h/.local/share/jupyter/kernels/throughput-accounting"
 */
export function describeInstall(outcome: InstallOutcome): string {
  const dir = dirname(outcome.path);
  const name = `Jupyter kernel "${KERNEL_NAME}"`;
  switch (outcome.kind) {
    case "installed":
      return `${name}: installed in ${dir}`;
    case "updated":
      return `${name}: updated in ${dir} (now runs this project's tslab)`;
    case "unchanged":
      return `${name}: already up to date in ${dir}`;
    case "replaced":
      return `${name}: replaced in ${dir}; it was ${outcome.previous}, it now runs this project's tslab`;
    case "kept":
      return (
        `${name}: left as it is in ${dir}, because it belongs to ${outcome.owner}. ` +
        `Notebooks opened in Jupyter will run that installation's tslab. ` +
        `To make this project's tslab the kernel, run \`npm run kernel -- --replace\`.`
      );
    case "failed":
      return `${name}: not installed in ${dir} (${outcome.error}); run \`npm run kernel\` to retry. Headless runs (npm start) do not need it.`;
  }
}
