/**
 * Bench of constraint analysis (issue 3), run by `npm run bench` (or `npx vite-node test/bench/constraints.ts`).
 *
 * 1. The ranking plan for 10 000, 100 000 and 1 000 000 products read from CSV (folders made once under
 *    out/bench), end to end in fresh processes: the library's public API (loadModel + rankingMix, Node's start
 *    included) against the pandas script and the vectorised numpy one (Debian's python3-pandas; skipped,
 *    saying so, when absent), alternated, with ratios, peak memory and the library's growth with size.
 * 2.–5. The solver sections (test/bench/constraints-solver.ts): the continuous optimum for 20 000 × 20 against
 *    scipy's HiGHS, whole units for 2 000 × 20, the test problems, and real-size whole-unit models (≤ 200 × 15)
 *    proven optimal against scipy's milp, start-up included, with both sides' T checked equal.
 *
 * Timings are printed, not asserted (section 5's proof and T checks set the exit code). BENCH_WRITE=1 also
 * rewrites test/bench/RESULTS-constraints.md; BENCH_ONLY=solver runs (and rewrites) sections 2 to 5 alone.
 * BENCH_SIZES=100000 (a comma-separated list) benches other sizes for a quick look.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import * as path from "node:path";
import { optimalMix } from "../../src/core/constraints";
import { generateFolder } from "./constraints-data";
import { benchSolver } from "./constraints-solver";
import { benchEnvironment, runProcess, startUpVariablesSet, type ProcessRun } from "./process-run";
import { xy } from "../core/constraints/fixtures";

const lines: string[] = [];
const say = (text: string) => {
  console.log(text);
  lines.push(text);
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(job: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = job();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/** Debian's python3 with pandas: /usr/bin/python3 first (a pyenv shim may shadow it on PATH). */
function findPandasPython(): string | undefined {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const probe = spawnSync(candidate, ["-c", "import pandas"], { encoding: "utf8" });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

/** What the sides' environment leaves out, for the results (empty when this machine sets none of it). */
const environmentNote = () => {
  const left = startUpVariablesSet();
  return left.length === 0 ? "" : `, every side without ${left.join(", ")} (see the notes)`;
};

/** BENCH_ONLY=solver runs the solver sections (2 to 5) alone. */
const SOLVER_ONLY = process.env.BENCH_ONLY === "solver";
const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

/**
 * Section 1: the library through its public API in a fresh Node process (test/bench/constraints_library.cjs:
 * the built package, loadModel, rankingMix), the pandas script and the numpy one, in turn (A B C A B C …)
 * so a drift of the shared machine's speed hits all three alike; wall time of the whole process (start
 * included) and peak memory (test/bench/process-run.ts), all in one environment without the variables that
 * only slow a process's start (START_UP_VARIABLES).
 */
async function benchCsv(): Promise<void> {
  const python = findPandasPython();
  const sides: { name: string; command: string; args: (folder: string) => string[] }[] = [
    {
      name: "library",
      command: process.execPath,
      args: (folder) => [path.join(__dirname, "constraints_library.cjs"), folder],
    },
  ];
  if (python) {
    sides.push({
      name: "pandas",
      command: python,
      args: (folder) => [path.join(__dirname, "constraints_pandas.py"), folder],
    });
    sides.push({
      name: "numpy",
      command: python,
      args: (folder) => [path.join(__dirname, "constraints_numpy.py"), folder],
    });
  } else say("- pandas and numpy: SKIPPED — no python3 with pandas found (install Debian's python3-pandas).");
  const libraryMedians = new Map<number, number>();
  for (const size of SIZES) {
    say(`\n## 1. Ranking plan, ${size.toLocaleString("en")} products from CSV, end to end (loadModel + rankingMix)\n`);
    const generated = time(() => generateFolder(size));
    const folder = generated.value;
    const runs = size >= 1_000_000 ? 2 : 3;
    say(
      `Folder ${path.relative(process.cwd(), folder)} (made or reused in ${generated.seconds.toFixed(1)} ` +
        `s); ${runs} runs of each side, alternated${environmentNote()}; load average before: ${load()}.`,
    );
    const results = new Map<string, ProcessRun[]>(sides.map((side) => [side.name, []]));
    for (let run = 0; run < runs; run++)
      for (const side of sides) {
        const result = runProcess(side.command, side.args(folder), { env: benchEnvironment() });
        if (typeof result === "string") {
          say(`- ${side.name}: FAILED (${result})`);
          return;
        }
        results.get(side.name)!.push(result);
      }
    const checked = runProcess(process.execPath, [path.join(__dirname, "constraints_library.cjs"), folder, "--check"], {
      env: benchEnvironment(),
    });
    if (typeof checked === "string") {
      say(`- library check run: FAILED (${checked})`);
      return;
    }
    const medians = new Map<string, number>();
    for (const side of sides) {
      const list = results.get(side.name)!;
      const wall = median(list.map((r) => r.wallSeconds));
      medians.set(side.name, wall);
      const last = side.name === "library" ? checked.output : list[list.length - 1]!.output;
      const inside =
        side.name === "library"
          ? `Node start and package load ${median(list.map((r) => Number(r.output.importSeconds))).toFixed(2)} ` +
            `s, loadModel ${median(list.map((r) => Number(r.output.loadSeconds))).toFixed(2)} ` +
            `s, rankingMix ${median(list.map((r) => Number(r.output.rankingSeconds))).toFixed(2)} ` +
            `s, and, in one more run, reading the ${size.toLocaleString("en")} plan ` +
            `lines to count the units took ${Number(checked.output.linesSeconds).toFixed(2)} s more`
          : `read_csv ${median(list.map((r) => Number(r.output.readSeconds))).toFixed(2)} s`;
      say(
        `- ${side.name}: median ${wall.toFixed(2)} s (${list.map((r) => r.wallSeconds.toFixed(2)).join(", ")}), ` +
          `peak ${Math.max(...list.map((r) => r.peakMegabytes)).toFixed(0)} MB; ${inside}; ` +
          `CCR ${last.ccr}, T ${Number(last.throughput).toFixed(2)}, units ${last.unitsPlanned}`,
      );
    }
    const library = results.get("library")!;
    libraryMedians.set(size, medians.get("library")!);
    for (const other of ["pandas", "numpy"]) {
      const list = results.get(other);
      if (!list) continue;
      const pairs = library.map((r, i) => r.wallSeconds / list[i]!.wallSeconds);
      const sameUnits = Number(list[list.length - 1]!.output.unitsPlanned) === Number(checked.output.unitsPlanned);
      const dT = Math.abs(
        Number(list[list.length - 1]!.output.throughput) - Number(library[library.length - 1]!.output.throughput),
      );
      say(
        `- library / ${other}: ${median(pairs).toFixed(2)} (pair by pair ` +
          `${pairs.map((r) => r.toFixed(2)).join(", ")}); same plan: units ` +
          `${sameUnits ? "equal" : "DIFFER"}, |ΔT| ${dT.toExponential(1)} (${other} sums floats)`,
      );
    }
  }
  const sizes = [...libraryMedians.keys()].sort((x, y) => x - y);
  for (let i = 1; i < sizes.length; i++)
    say(
      `- library growth ${sizes[i - 1]!.toLocaleString("en")} → ` +
        `${sizes[i]!.toLocaleString("en")} products (×${sizes[i]! / sizes[i - 1]!}): time ` +
        `×${(libraryMedians.get(sizes[i]!)! / libraryMedians.get(sizes[i - 1]!)!).toFixed(1)}`,
    );
}

async function main(): Promise<void> {
  say(
    `# Constraint analysis bench\n\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 10)}.`,
  );
  await optimalMix(xy()); // load HiGHS once, outside the timings
  if (!SOLVER_ONLY) await benchCsv();
  await benchSolver(say);
  if (process.env.BENCH_WRITE) {
    const file = path.join(__dirname, "RESULTS-constraints.md");
    const text = existsSync(file) ? readFileSync(file, "utf8") : "";
    const notes = text.split("<!-- notes -->")[1] ?? "";
    // BENCH_ONLY=solver rewrites sections 2 to 5 only and keeps the header and section 1 as they were.
    const kept = SOLVER_ONLY
      ? text
          .split("<!-- notes -->")[0]!
          .split(/\n(?=## [2-9]\. )/)[0]!
          .trimEnd()
      : undefined;
    const body = kept === undefined ? lines.join("\n") : `${kept}\n${lines.slice(1).join("\n")}`;
    writeFileSync(file, `${body}\n\n<!-- notes -->${notes}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
