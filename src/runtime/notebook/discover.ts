import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The notebooks of a folder in chapter order (file names sorted), without Jupyter's checkpoints or hidden files.
 *
 * @example
 * listNotebooks("notebooks") // ["notebooks/00-start-here.ipynb", "notebooks/01-salon-throughput.ipynb"]
 */
export function listNotebooks(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".ipynb") && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, "en"))
    .map((name) => join(dir, name));
}
