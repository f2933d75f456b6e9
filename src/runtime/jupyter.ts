#!/usr/bin/env node
/**
 * `npm run jupyter [-- extra jupyter args]`: makes sure the project's kernel (`throughput-accounting`) is installed, then opens
 * Jupyter on notebooks/, or explains how to get Jupyter when it is missing.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describeInstall, installKernelSpec } from "./kernelspec/install";

/** Which Jupyter front end to open: the classic/Notebook 7 app first, JupyterLab otherwise, or none. */
export function findJupyterApp(run: (args: string[]) => boolean): "notebook" | "lab" | undefined {
  if (run(["notebook", "--version"])) return "notebook";
  if (run(["lab", "--version"])) return "lab";
  return undefined;
}

export const HOW_TO_GET_JUPYTER = `Jupyter is not installed (no \`jupyter notebook\` or \`jupyter lab\` on PATH). Get it with one of:
  sudo apt-get install jupyter-notebook     # Debian, Ubuntu
  pip install notebook                      # any system with Python 3 (or: pipx install notebook)
Or open notebooks/ in VS Code with the Jupyter extension and pick the kernel "TypeScript (throughput-accounting)".
Headless runs need no Jupyter at all: npm start`;

function main(): number {
  const install = installKernelSpec();
  console.log(describeInstall(install));
  const app = findJupyterApp((args) => spawnSync("jupyter", args, { stdio: "ignore" }).status === 0);
  if (!app) {
    console.error(HOW_TO_GET_JUPYTER);
    return 1;
  }
  const cwd = existsSync("notebooks") ? "notebooks" : ".";
  console.log(`Opening Jupyter ${app === "lab" ? "Lab" : "Notebook"} on ${cwd}/ (Ctrl-C to stop)`);
  // Jupyter refuses to start as root without --allow-root (containers, CI); the user asked to open it, so pass it.
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0 ? ["--allow-root"] : [];
  const child = spawn("jupyter", [app, ...asRoot, ...process.argv.slice(2)], { cwd, stdio: "inherit" });
  // Jupyter handles Ctrl-C itself (it asks for confirmation); this process just waits for it.
  process.on("SIGINT", () => undefined);
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
  return 0;
}

if (require.main === module) process.exitCode = main();
