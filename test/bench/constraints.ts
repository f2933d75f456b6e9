/**
 * Bench of constraint analysis (issue 3), run by `npm run bench` (or `npx vite-node test/bench/constraints.ts`).
 *
 * 1. The ranking plan for 10 000, 100 000 and 1 000 000 products read from CSV (folders made once under
 *    out/bench), end to end in fresh processes: the library's public API (loadModel + rankingMix, Node's start
 *    included) against the pandas script and the vectorised numpy one (Debian's python3-pandas; skipped,
 *    saying so, when absent), alternated, with ratios, peak memory and the library's growth with size.
 * 2. The continuous optimum for 20 000 products × 20 resources, against scipy's HiGHS on the same problem.
 * 3. Whole units for 2 000 products × 20 resources within a 1e-4 gap (goal: < 5 s), and the proven optimum.
 * 4. The test problems (P&Q, its two-constraint variant, X/Y), each proven optimal.
 *
 * Timings are printed, not asserted. BENCH_WRITE=1 also rewrites test/bench/RESULTS-constraints.md.
 * BENCH_SIZES=100000 (a comma-separated list) benches other sizes for a quick look.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import * as path from "node:path";
import { defineModel, money, type BusinessModel } from "../../src/core";
import { optimalMix } from "../../src/core/constraints";
import { generateFolder, random } from "./constraints-data";
import { pq, xy } from "../core/constraints/fixtures";

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

/** Wall seconds and peak memory of one process, from /usr/bin/time (GNU time's "%e %M"). */
interface ProcessRun {
  readonly wallSeconds: number;
  readonly peakMegabytes: number;
  readonly output: Record<string, unknown>;
}

function runProcess(command: string, args: readonly string[]): ProcessRun | string {
  const out = spawnSync("/usr/bin/time", ["-f", "%e %M", command, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const timing = /(\d+(?:\.\d+)?) (\d+)\s*$/.exec(out.stderr);
  if (out.status !== 0 || !timing)
    return `${command} ${args.join(" ")} failed: ${out.stderr.trim().split("\n").slice(-2).join(" ")}`;
  const last = out.stdout.trim().split("\n").pop() ?? "{}";
  return {
    wallSeconds: Number(timing[1]),
    peakMegabytes: Number(timing[2]) / 1024,
    output: JSON.parse(last) as Record<string, unknown>,
  };
}

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

/**
 * Section 1: the library through its public API in a fresh Node process (test/bench/constraints_library.cjs:
 * the built package, loadModel, rankingMix), the pandas script and the numpy one, in turn (A B C A B C …)
 * so a drift of the shared machine's speed hits all three alike; wall time of the whole process (start
 * included) and peak memory from /usr/bin/time.
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
        `s); ${runs} runs of each side, alternated; load average before: ${load()}.`,
    );
    const results = new Map<string, ProcessRun[]>(sides.map((side) => [side.name, []]));
    for (let run = 0; run < runs; run++)
      for (const side of sides) {
        const result = runProcess(side.command, side.args(folder));
        if (typeof result === "string") {
          say(`- ${side.name}: FAILED (${result})`);
          return;
        }
        results.get(side.name)!.push(result);
      }
    const checked = runProcess(process.execPath, [path.join(__dirname, "constraints_library.cjs"), folder, "--check"]);
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

/** A random mix problem of `products` × `resources`, every product using every resource. */
function randomModel(products: number, resources: number, seed: number): BusinessModel {
  const next = random(seed);
  return defineModel({
    currency: "USD",
    products: Array.from({ length: products }, (_, p) => ({
      id: `p${p}`,
      name: `p${p}`,
      type: "product" as const,
      price: money(100 + Math.floor(next() * 900), "USD"),
      tvc: [
        {
          kind: "materials" as const,
          name: "m",
          basis: "per-unit" as const,
          amount: money(Math.floor(next() * 90), "USD"),
        },
      ],
    })),
    resources: Array.from({ length: resources }, (_, r) => ({
      id: `r${r}`,
      name: `r${r}`,
      capacity: Math.round(products * 40 * (0.5 + next())),
      unit: "minute" as const,
    })),
    usages: Array.from({ length: products }, (_, p) =>
      Array.from({ length: resources }, (_, r) => ({
        productId: `p${p}`,
        resourceId: `r${r}`,
        timePerUnit: 1 + Math.floor(next() * 30),
        unit: "minute" as const,
      })),
    ).flat(),
    demand: Array.from({ length: products }, (_, p) => ({ productId: `p${p}`, quantity: 1 + Math.floor(next() * 20) })),
  });
}

/** The LP of a model as plain arrays for scipy: T per unit, minutes (resources × products), capacities, demand. */
function lpProblem(model: BusinessModel): {
  throughput: number[];
  minutes: number[][];
  capacity: number[];
  demand: number[];
} {
  const index = new Map(model.products.map((product, p) => [product.id, p]));
  const minutes = model.resources.map(() => new Array<number>(model.products.length).fill(0));
  const resourceIndex = new Map(model.resources.map((resource, r) => [resource.id, r]));
  for (const usage of model.usages)
    minutes[resourceIndex.get(usage.resourceId)!]![index.get(usage.productId)!] = usage.timePerUnit;
  const demand = new Array<number>(model.products.length).fill(0);
  for (const row of model.demand) demand[index.get(row.productId)!] = row.quantity;
  return {
    throughput: model.products.map((product) =>
      product.price.amount
        .minus(product.tvc.reduce((sum, c) => sum + (c.basis === "per-unit" ? c.amount.amount.toNumber() : 0), 0))
        .toNumber(),
    ),
    minutes,
    capacity: model.resources.map((resource) => resource.capacity),
    demand,
  };
}

async function benchSolver(): Promise<void> {
  say("\n## 2. Continuous optimum, 20 000 products × 20 resources, against scipy's HiGHS\n");
  const lpModel = randomModel(20_000, 20, 7);
  const lpRuns: { seconds: number; solverSeconds: number; proven: boolean; throughput: string; feasible: boolean }[] =
    [];
  for (let run = 0; run < 3; run++) {
    const lp = await timeAsync(() => optimalMix(lpModel, { wholeUnits: false }));
    if (lp.value.kind !== "optimal-mix") throw new Error("LP not solved");
    lpRuns.push({
      seconds: lp.seconds,
      solverSeconds: lp.value.solver.seconds,
      proven: lp.value.solver.proven,
      throughput: lp.value.plan.throughput.amount.toFixed(2),
      feasible: lp.value.plan.feasible,
    });
  }
  const ours = median(lpRuns.map((r) => r.seconds));
  say(
    `- library optimalMix(model, { wholeUnits: false }): median ${ours.toFixed(2)} s of 3 ` +
      `(${lpRuns.map((r) => r.seconds.toFixed(2)).join(", ")}), of which HiGHS ` +
      `${median(lpRuns.map((r) => r.solverSeconds)).toFixed(2)} s; proven ${lpRuns[0]!.proven}, T ` +
      `${lpRuns[0]!.throughput}, exact capacity check ${lpRuns[0]!.feasible ? "passed" : "FAILED"}`,
  );
  const python = findPandasPython();
  if (python && spawnSync(python, ["-c", "import scipy.optimize"]).status === 0) {
    const file = path.join(__dirname, "..", "..", "out", "bench", "lp-20000x20.json");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(lpProblem(lpModel)));
    const scipyRuns: { seconds: number; optimal: boolean; throughput: number; scipy: string }[] = [];
    for (let run = 0; run < 3; run++) {
      const out = spawnSync(python, [path.join(__dirname, "constraints_scipy.py"), file], {
        encoding: "utf8",
        maxBuffer: 1 << 24,
      });
      if (out.status !== 0) {
        say(`- scipy: FAILED (${out.stderr.trim().split("\n").pop()})`);
        break;
      }
      scipyRuns.push(JSON.parse(out.stdout));
    }
    if (scipyRuns.length === 3) {
      const theirs = median(scipyRuns.map((r) => r.seconds));
      const relative = Math.abs(scipyRuns[0]!.throughput - Number(lpRuns[0]!.throughput)) / scipyRuns[0]!.throughput;
      say(
        `- scipy ${scipyRuns[0]!.scipy} linprog(method="highs"), problem built from arrays ` +
          `and solved: median ${theirs.toFixed(2)} s of 3 (${scipyRuns.map((r) => r.seconds.toFixed(2)).join(", ")}); ` +
          `optimal ${scipyRuns[0]!.optimal}, T ` +
          `${scipyRuns[0]!.throughput.toFixed(2)} (float; relative difference ${relative.toExponential(1)})`,
      );
      say(`- library / scipy: ${(ours / theirs).toFixed(2)}`);
    }
  } else say("- scipy: SKIPPED — no python3 with scipy found (install Debian's python3-scipy).");

  say("\n## 3. Whole units, 2 000 products × 20 resources\n");
  const mipModel = randomModel(2_000, 20, 11);
  const gap = await timeAsync(() => optimalMix(mipModel, { relativeGap: 1e-4 }));
  if (gap.value.kind !== "optimal-mix") throw new Error("MIP not solved");
  say(
    `- gap 1e-4: total ${gap.seconds.toFixed(2)} s (HiGHS ${gap.value.solver.seconds.toFixed(2)} ` +
      `s): ${gap.value.solver.status}, achieved gap ${gap.value.solver.relativeGap.toExponential(2)}, ` +
      `T ${gap.value.plan.throughput.amount.toFixed(0)}, feasible ${gap.value.plan.feasible}`,
  );
  const proven = await timeAsync(() => optimalMix(mipModel, { timeLimitSeconds: 60 }));
  if (proven.value.kind === "optimal-mix")
    say(
      `- gap 0 (default), 60 s limit: total ${proven.seconds.toFixed(2)} s: ${proven.value.solver.status}, ` +
        `proven ${proven.value.solver.proven}, achieved gap ` +
        `${proven.value.solver.relativeGap.toExponential(2)}, T ${proven.value.plan.throughput.amount.toFixed(0)}`,
    );

  say("\n## 4. The test problems, proven optimal\n");
  for (const [name, model] of [
    ["P&Q", pq()],
    ["P&Q, P 24 min on D", pq({ pOnD: 24 })],
    ["X/Y whole units", xy()],
  ] as const) {
    const result = await timeAsync(() => optimalMix(model));
    if (result.value.kind === "optimal-mix")
      say(
        `- ${name}: ${(result.seconds * 1000).toFixed(1)} ms, ${result.value.solver.status}, ` +
          `proven ${result.value.solver.proven}, T ${result.value.plan.throughput.amount.toString()} ` +
          `(ranking ${result.value.rankingPlan.throughput.amount.toString()})`,
      );
  }
}

async function timeAsync<T>(job: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await job();
  return { value, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  say(
    `# Constraint analysis bench\n\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 10)}.`,
  );
  await optimalMix(xy()); // load HiGHS once, outside the timings
  await benchCsv();
  await benchSolver();
  if (process.env.BENCH_WRITE) {
    const file = path.join(__dirname, "RESULTS-constraints.md");
    const notes = existsSync(file) ? (readFileSync(file, "utf8").split("<!-- notes -->")[1] ?? "") : "";
    writeFileSync(file, `${lines.join("\n")}\n\n<!-- notes -->${notes}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
