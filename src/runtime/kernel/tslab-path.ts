import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The project's own tslab launcher (`node_modules/tslab/bin/tslab`), found through Node's module
 * resolution from this file, so the kernel is the version in package-lock.json and never
 * whatever `tslab` happens to be on PATH.
 *
 * @example
 * tslabBin() // "/home/me/throughput-accounting/node_modules/tslab/bin/tslab"
 */
export function tslabBin(): string {
  const pkg = require.resolve("tslab/package.json");
  const bin = join(dirname(pkg), "bin", "tslab");
  if (!existsSync(bin)) throw new Error(`tslab is installed at ${dirname(pkg)} but has no bin/tslab; run npm install`);
  return bin;
}

/**
 * The command line that starts the tslab kernel for a connection file: the same one the installed
 * kernelspec uses, so headless runs and Jupyter start the kernel identically.
 *
 * @example
 * kernelArgv("/tmp/k.json") // ["/usr/bin/node", ".../tslab/bin/tslab", "kernel", "--config-path", "/tmp/k.json"]
 */
export function kernelArgv(connectionFile: string, node = process.execPath, bin = tslabBin()): string[] {
  // tslab wants --config-path and the path as two arguments (tslab issue #36).
  return [node, bin, "kernel", "--config-path", connectionFile];
}
