import { join } from "node:path";

/** A Jupyter kernelspec (kernel.json), as jupyter_client reads it. */
export interface KernelSpec {
  argv: string[];
  display_name: string;
  language: string;
  interrupt_mode: "signal" | "message";
  metadata: Record<string, unknown>;
}

/**
 * The kernel name notebooks refer to in `metadata.kernelspec.name`. The project's own name, not `tslab`:
 * the `tslab` kernelspec belongs to whoever installed tslab globally (`tslab install`), and rewriting it
 * from `npm install` would silently repoint the user's other TypeScript notebooks at this clone.
 */
export const KERNEL_NAME = "throughput-accounting";

/** What Jupyter, VS Code and nbconvert show in their kernel pickers. */
export const KERNEL_DISPLAY_NAME = "TypeScript (throughput-accounting)";

/** The `metadata.installed_by` this project writes, by which it recognises a kernelspec as one of its own. */
export const INSTALLED_BY = "throughput-accounting (npm install)";

/**
 * The kernelspec that starts this project's tslab with the node that installed it (absolute paths,
 * so Jupyter started from a desktop menu without the project's PATH still finds both).
 * tslab stops a cell on SIGINT, hence interrupt_mode "signal".
 *
 * @example
 * kernelSpec("/usr/bin/node", "/p/node_modules/tslab/bin/tslab", "/p").argv
 * // ["/usr/bin/node", "/p/node_modules/tslab/bin/tslab", "kernel", "--config-path", "{connection_file}"]
 */
export function kernelSpec(node: string, tslabBin: string, project: string): KernelSpec {
  return {
    argv: [node, tslabBin, "kernel", "--config-path", "{connection_file}"],
    display_name: KERNEL_DISPLAY_NAME,
    language: "typescript",
    interrupt_mode: "signal",
    metadata: { installed_by: INSTALLED_BY, project },
  };
}

/** The environment and platform that decide where Jupyter looks, as jupyter_core's `jupyter_data_dir()` decides. */
export interface Place {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

/**
 * The user's Jupyter data folder, which needs no root: `$JUPYTER_DATA_DIR`, else
 * `~/Library/Jupyter` (macOS), `%APPDATA%\jupyter` (Windows) or `$XDG_DATA_HOME/jupyter`, by default
 * `~/.local/share/jupyter` (Linux and others).
 *
 * @example
 * jupyterDataDir({ platform: "linux", env: {}, home: "/home/ana" }) // "/home/ana/.local/share/jupyter"
 */
export function jupyterDataDir(place: Place): string {
  const { env, home } = place;
  if (env.JUPYTER_DATA_DIR) return env.JUPYTER_DATA_DIR;
  if (place.platform === "darwin") return join(home, "Library", "Jupyter");
  if (place.platform === "win32") return env.APPDATA ? join(env.APPDATA, "jupyter") : join(home, ".jupyter", "data");
  return join(env.XDG_DATA_HOME || join(home, ".local", "share"), "jupyter");
}

/**
 * Where the project's kernelspec goes: `<data dir>/kernels/throughput-accounting`.
 *
 * @example
 * kernelDir({ platform: "darwin", env: {}, home: "/Users/ana" }) // "/Users/ana/Library/Jupyter/kernels/throughput-accounting"
 */
export function kernelDir(place: Place): string {
  return join(jupyterDataDir(place), "kernels", KERNEL_NAME);
}
