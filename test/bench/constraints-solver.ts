/**
 * The solver sections of the constraint bench (test/bench/constraints.ts runs them after the CSV section):
 *
 * 2. The continuous optimum for 20 000 products × 20 resources, against scipy's HiGHS on the same problem
 *    (build + solve timed on both sides, in their own processes, after a warm-up), goal ≤ 2×.
 * 3. Whole units for 2 000 products × 20 resources within a 1e-4 gap, and the proven optimum.
 * 4. The test problems (P&Q, its two-constraint variant, X/Y), each proven optimal.
 * 5. The whole-unit optimum of real-size models (test/bench/mip-data.ts: seeded, 20 × 4 up to 200 × 15) read
 *    from the same CSV folder by both sides, each a fresh process with its start-up (Node, the package and
 *    HiGHS's wasm; Python and scipy's import), alternated; goal ≤ 1.2× scipy.optimize.milp. The bench checks,
 *    not just prints, that both proved optimality (gap 0) and found the same T; a failed check sets the exit
 *    code.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import * as path from "node:path";
import { defineModel, money, type BusinessModel } from "../../src/core";
import { optimalMix } from "../../src/core/constraints";
import { random } from "./constraints-data";
import { generateMipFolder, MIP_SIZES } from "./mip-data";
import { benchEnvironment, runProcess, startUpVariablesSet, type ProcessRun } from "./process-run";
import { pq, xy } from "../core/constraints/fixtures";

type Say = (text: string) => void;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

async function timeAsync<T>(job: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await job();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/** Debian's python3 with scipy: /usr/bin/python3 first (a pyenv shim may shadow it on PATH). */
function findScipyPython(): string | undefined {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const probe = spawnSync(candidate, ["-c", "import scipy.optimize"], { encoding: "utf8" });
    if (probe.status === 0) return candidate;
  }
  return undefined;
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

/** Section 2: the 20 000 × 20 LP, the library in this process (HiGHS loaded and warm), scipy in its own. */
async function benchContinuous(say: Say, python: string | undefined): Promise<void> {
  say("\n## 2. Continuous optimum, 20 000 products × 20 resources, against scipy's HiGHS\n");
  const lpModel = randomModel(20_000, 20, 7);
  const file = path.join(__dirname, "..", "..", "out", "bench", "lp-20000x20.json");
  if (python) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(lpProblem(lpModel)));
  }
  say(`Load average before: ${load()}; 5 runs of each side, alternated, after one warm-up each.`);
  type ScipyRun = { seconds: number; cpuSeconds: number; optimal: boolean; throughput: number; scipy: string };
  const runScipy = (): ScipyRun | string => {
    const out = spawnSync(python!, [path.join(__dirname, "constraints_scipy.py"), file], {
      encoding: "utf8",
      maxBuffer: 1 << 24,
    });
    return out.status === 0 ? JSON.parse(out.stdout) : (out.stderr.trim().split("\n").pop() ?? "failed");
  };
  const ours: {
    seconds: number;
    cpuSeconds: number;
    solverSeconds: number;
    proven: boolean;
    throughput: string;
    feasible: boolean;
  }[] = [];
  const theirs: ScipyRun[] = [];
  for (let run = 0; run <= 5; run++) {
    const cpuBefore = process.cpuUsage();
    const lp = await timeAsync(() => optimalMix(lpModel, { wholeUnits: false }));
    const cpu = process.cpuUsage(cpuBefore);
    if (lp.value.kind !== "optimal-mix") throw new Error("LP not solved");
    if (run > 0)
      ours.push({
        seconds: lp.seconds,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        solverSeconds: lp.value.solver.seconds,
        proven: lp.value.solver.proven,
        throughput: lp.value.plan.throughput.amount.toFixed(2),
        feasible: lp.value.plan.feasible,
      });
    if (!python) continue;
    const scipy = runScipy();
    if (typeof scipy === "string") {
      say(`- scipy: FAILED (${scipy})`);
      python = undefined;
      continue;
    }
    if (run > 0) theirs.push(scipy);
  }
  const oursMedian = median(ours.map((r) => r.seconds));
  say(
    `- library optimalMix(model, { wholeUnits: false }): median ${oursMedian.toFixed(2)} s (${ours.map((r) => r.seconds.toFixed(2)).join(", ")}), CPU ${median(ours.map((r) => r.cpuSeconds)).toFixed(2)} s, of which HiGHS ${median(ours.map((r) => r.solverSeconds)).toFixed(2)} s; proven ${ours[0]!.proven}, T ${ours[0]!.throughput} (exact, from quantities in hundredths), exact capacity check ${ours[0]!.feasible ? "passed" : "FAILED"}`,
  );
  if (!python || theirs.length === 0) {
    say("- scipy: SKIPPED — no python3 with scipy found (install Debian's python3-scipy).");
    return;
  }
  const theirMedian = median(theirs.map((r) => r.seconds));
  const relative = Math.abs(theirs[0]!.throughput - Number(ours[0]!.throughput)) / theirs[0]!.throughput;
  say(
    `- scipy ${theirs[0]!.scipy} linprog(method="highs"), problem built from arrays and solved: median ${theirMedian.toFixed(2)} s (${theirs.map((r) => r.seconds.toFixed(2)).join(", ")}), CPU ${median(theirs.map((r) => r.cpuSeconds)).toFixed(2)} s; optimal ${theirs[0]!.optimal}, T ${theirs[0]!.throughput.toFixed(2)} (float; relative difference ${relative.toExponential(1)})`,
  );
  const pairs = ours.map((r, i) => r.seconds / theirs[i]!.seconds);
  const cpuPairs = ours.map((r, i) => r.cpuSeconds / theirs[i]!.cpuSeconds);
  say(
    `- library / scipy: wall ${median(pairs).toFixed(2)} (pair by pair ${pairs.map((r) => r.toFixed(2)).join(", ")}; goal ≤ 2: ${median(pairs) <= 2 ? "met" : "NOT met"}), CPU ${median(cpuPairs).toFixed(2)}; load average after: ${load()}`,
  );
}

async function benchWholeUnitsLarge(say: Say): Promise<void> {
  say("\n## 3. Whole units, 2 000 products × 20 resources\n");
  const mipModel = randomModel(2_000, 20, 11);
  const gap = await timeAsync(() => optimalMix(mipModel, { relativeGap: 1e-4 }));
  if (gap.value.kind !== "optimal-mix") throw new Error("MIP not solved");
  say(
    `- gap 1e-4: total ${gap.seconds.toFixed(2)} s (HiGHS ${gap.value.solver.seconds.toFixed(2)} s): ${gap.value.solver.status}, achieved gap ${gap.value.solver.relativeGap.toExponential(2)}, T ${gap.value.plan.throughput.amount.toFixed(0)}, feasible ${gap.value.plan.feasible}`,
  );
  const proven = await timeAsync(() => optimalMix(mipModel, { timeLimitSeconds: 60 }));
  if (proven.value.kind === "optimal-mix")
    say(
      `- gap 0 (default), 60 s limit: total ${proven.seconds.toFixed(2)} s: ${proven.value.solver.status}, proven ${proven.value.solver.proven}, achieved gap ${proven.value.solver.relativeGap.toExponential(2)}, T ${proven.value.plan.throughput.amount.toFixed(0)}`,
    );
}

async function benchTestProblems(say: Say): Promise<void> {
  say("\n## 4. The test problems, proven optimal\n");
  for (const [name, model] of [
    ["P&Q", pq()],
    ["P&Q, P 24 min on D", pq({ pOnD: 24 })],
    ["X/Y whole units", xy()],
  ] as const) {
    const result = await timeAsync(() => optimalMix(model));
    if (result.value.kind === "optimal-mix")
      say(
        `- ${name}: ${(result.seconds * 1000).toFixed(1)} ms, ${result.value.solver.status}, proven ${result.value.solver.proven}, T ${result.value.plan.throughput.amount.toString()} (ranking ${result.value.rankingPlan.throughput.amount.toString()})`,
      );
  }
}

/** Whether the two sides proved the same optimum: both proven at gap 0, T equal to the cent. */
function sameProvenOptimum(library: Record<string, unknown>, scipy: Record<string, unknown>): string | undefined {
  if (library.status !== "optimal" || library.proven !== true || library.feasible !== true)
    return `library not proven (status ${String(library.status)}, proven ${String(library.proven)}, feasible ${String(library.feasible)})`;
  if (scipy.optimal !== true || !(Number(scipy.gap) <= 1e-9))
    return `scipy not proven (status ${String(scipy.status)}, gap ${String(scipy.gap)})`;
  // The library's T is exact (whole units × exact T per unit); scipy's is a float sum of the same products.
  const difference = Math.abs(Number(library.throughput) - Number(scipy.throughput));
  if (!(difference < 0.005))
    return `T differs: library ${String(library.throughput)}, scipy ${String(scipy.throughput)}`;
  return undefined;
}

/** Section 5: real-size whole-unit models, each side a fresh process reading the same folder, alternated. */
function benchWholeUnitsRealSize(say: Say, python: string | undefined): void {
  say(
    "\n## 5. Whole units, real-size models (≤ 200 products × 15 resources), proven optimal, start-up included, against scipy's milp\n",
  );
  if (!python) {
    say("- scipy: SKIPPED — no python3 with scipy found (install Debian's python3-scipy).");
    return;
  }
  const runs = 9;
  const kept = startUpVariablesSet();
  say(
    `Each side a whole process, ${runs} runs alternated (library, scipy, library, …) after one warm-up each: the library's test/bench/mip_library.cjs (Node, require of the built package by its name, loadModel, optimalMix with its defaults: whole units, gap 0) against test/bench/mip_scipy.py (Python, scipy's import, the same CSV files read with csv, milp with mip_rel_gap 0). Wall seconds measured around each process, CPU (user + sys) seconds from GNU time. ${kept.length === 0 ? "" : `Both sides run without ${kept.join(", ")}, which this machine sets and a default installation does not: with it, every Node process parses a file of certificates before its first line (see the notes); a third row, the library with it kept, shows what that costs here. `}Load average before: ${load()}.`,
  );
  const ratios: number[] = [];
  for (const [products, resources] of MIP_SIZES) {
    const folder = generateMipFolder(products, resources, 1000 + products);
    const librarySide = { command: process.execPath, args: [path.join(__dirname, "mip_library.cjs"), folder] };
    const sides = [
      { name: "library", ...librarySide, env: benchEnvironment() },
      { name: "scipy", command: python, args: [path.join(__dirname, "mip_scipy.py"), folder], env: benchEnvironment() },
      ...(kept.length === 0 ? [] : [{ name: "library, environment kept", ...librarySide, env: process.env }]),
    ];
    const results = new Map<string, ProcessRun[]>(sides.map((side) => [side.name, []]));
    for (let run = 0; run <= runs; run++)
      for (const side of sides) {
        const result = runProcess(side.command, side.args, { env: side.env });
        if (typeof result === "string") {
          say(`- ${products} × ${resources}: ${side.name} FAILED (${result})`);
          process.exitCode = 1;
          return;
        }
        if (run > 0) results.get(side.name)!.push(result);
      }
    const library = results.get("library")!;
    const scipy = results.get("scipy")!;
    const problems = library.map((run, i) => sameProvenOptimum(run.output, scipy[i]!.output)).filter(Boolean);
    const wallPairs = library.map((run, i) => run.wallSeconds / scipy[i]!.wallSeconds);
    const cpuPairs = library.map((run, i) => run.cpuSeconds / scipy[i]!.cpuSeconds);
    ratios.push(median(wallPairs));
    const first = library[0]!.output;
    const describe = (list: ProcessRun[]) =>
      `wall median ${median(list.map((r) => r.wallSeconds)).toFixed(3)} s (${list.map((r) => r.wallSeconds.toFixed(3)).join(", ")}), CPU ${median(list.map((r) => r.cpuSeconds)).toFixed(2)} s, peak ${Math.max(...list.map((r) => r.peakMegabytes)).toFixed(0)} MB`;
    say(`- ${products} products × ${resources} resources (${path.basename(folder)}):`);
    say(
      `  - library: ${describe(library)}; inside: start and require ${median(library.map((r) => Number(r.output.importSeconds))).toFixed(2)} s, loadModel ${median(library.map((r) => Number(r.output.loadSeconds))).toFixed(2)} s, optimalMix ${median(library.map((r) => Number(r.output.solveSeconds))).toFixed(2)} s (its MIP ${median(library.map((r) => Number(r.output.highsSeconds))).toFixed(2)} s); ${first.status}, proven ${first.proven}, T ${first.throughput}, units ${first.units}`,
    );
    const theirs = scipy[0]!.output;
    say(
      `  - scipy ${theirs.scipy} milp: ${describe(scipy)}; inside: start and import ${median(scipy.map((r) => Number(r.output.importSeconds))).toFixed(2)} s, read and solve ${median(scipy.map((r) => Number(r.output.solveSeconds))).toFixed(2)} s; optimal ${theirs.optimal}, gap ${theirs.gap}, T ${Number(theirs.throughput).toFixed(2)}, units ${theirs.units}`,
    );
    say(
      `  - library / scipy: wall ${median(wallPairs).toFixed(2)} (pair by pair ${wallPairs.map((r) => r.toFixed(2)).join(", ")}), CPU ${median(cpuPairs).toFixed(2)}; ${problems.length === 0 ? `checked: both proved optimality (gap 0) in every run, with the same T ${first.throughput}` : `CHECK FAILED: ${problems.join("; ")}`}`,
    );
    const keptRuns = results.get("library, environment kept");
    if (keptRuns) {
      const keptPairs = keptRuns.map((run, i) => run.wallSeconds / scipy[i]!.wallSeconds);
      const keptWall = median(keptRuns.map((r) => r.wallSeconds));
      say(
        `  - library with ${kept.join(", ")} kept, as this machine's shell has it: wall median ${keptWall.toFixed(3)} s, ${(keptWall - median(library.map((r) => r.wallSeconds))).toFixed(3)} s more; against scipy ${median(keptPairs).toFixed(2)} (pair by pair ${keptPairs.map((r) => r.toFixed(2)).join(", ")})`,
      );
    }
    if (problems.length > 0) process.exitCode = 1;
  }
  const worst = Math.max(...ratios);
  say(
    `- worst wall ratio ${worst.toFixed(2)} (goal ≤ 1.2: ${worst <= 1.2 ? "met" : "NOT met"}); load average after: ${load()}`,
  );
}

/**
 * Sections 2 to 5, in order. HiGHS must already be loaded (the caller's warm-up solve) for section 2's
 * in-process timing.
 *
 * @example
 * await benchSolver(console.log);
 */
export async function benchSolver(say: Say): Promise<void> {
  const python = findScipyPython();
  await benchContinuous(say, python);
  await benchWholeUnitsLarge(say);
  await benchTestProblems(say);
  benchWholeUnitsRealSize(say, python);
}
