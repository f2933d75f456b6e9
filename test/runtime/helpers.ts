import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Cell, Notebook } from "../../src/runtime/notebook/nbformat";

/** Generous limits: a 2-core CI machine running other test files starts kernels slowly. */
export const KERNEL_TEST_TIMEOUT = 120_000;

export const FIXTURES = join(__dirname, "fixtures");

/** A notebook of code cells (strings) and markdown cells ({ md }), with optional tags ({ code, tags }). */
export function notebookOf(...cells: (string | { md: string } | { code: string; tags: string[] })[]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: {
        name: "throughput-accounting",
        display_name: "TypeScript (throughput-accounting)",
        language: "typescript",
      },
    },
    cells: cells.map((c, i): Cell => {
      if (typeof c === "string")
        return { cell_type: "code", id: `c${i + 1}`, metadata: {}, source: c, outputs: [], execution_count: null };
      if ("md" in c) return { cell_type: "markdown", id: `c${i + 1}`, metadata: {}, source: c.md };
      return {
        cell_type: "code",
        id: `c${i + 1}`,
        metadata: { tags: c.tags },
        source: c.code,
        outputs: [],
        execution_count: null,
      };
    }),
  };
}

/** True when no process with this id exists any more (a zombie counts as gone: it runs nothing). */
export function processGone(pid: number | undefined): boolean {
  if (pid === undefined) return true;
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  const stat = `/proc/${pid}/stat`;
  return existsSync(stat) && readFileSync(stat, "utf8").split(") ")[1]?.startsWith("Z") === true;
}

/** Polls `check` until it holds or `ms` pass; returns whether it held. */
export async function eventually(check: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

/** Pids of the tslab kernels that are children of `parent` (from /proc, Linux). */
export function kernelChildren(parent: number): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, "utf8");
        const ppid = Number(stat.split(") ")[1]?.split(" ")[1]);
        const cmd = readFileSync(`/proc/${d}/cmdline`, "utf8");
        return ppid === parent && cmd.includes("tslab") && cmd.includes("kernel") ? [Number(d)] : [];
      } catch {
        return [];
      }
    });
}

/** The command on PATH, or undefined. */
export function which(command: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() || undefined : undefined;
}

/**
 * The Python that runs `jupyter` (read from its #! line), which has nbformat and nbclient; the
 * `python3` first on PATH may be another one without them.
 */
export function jupyterPython(): string | undefined {
  const jupyter = which("jupyter");
  if (!jupyter) return undefined;
  const shebang = /^#!\s*(\S+)/.exec(readFileSync(jupyter, "utf8").split("\n")[0] ?? "");
  return shebang?.[1];
}

/**
 * Validates notebook files against nbformat's JSON schema with Python's nbformat, the reference
 * implementation. Returns one message per invalid file (empty when all are valid).
 */
export function nbformatErrors(python: string, paths: string[]): string[] {
  const script = [
    "import sys, nbformat",
    "for p in sys.argv[1:]:",
    "    try:",
    "        nbformat.validate(nbformat.read(p, as_version=nbformat.NO_CONVERT))",
    "    except Exception as e:",
    "        print(f'{p}: {e}'.splitlines()[0])",
  ].join("\n");
  const run = spawnSync(python, ["-c", script, ...paths], { encoding: "utf8" });
  if (run.status !== 0) return [`nbformat could not run: ${run.stderr}`];
  return run.stdout.split("\n").filter((l) => l.trim() !== "");
}
