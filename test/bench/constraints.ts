/**
 * Bench of constraint analysis (issue 3), run by `npm run bench` (or `npx vite-node test/bench/constraints.ts`).
 *
 * 1. The ranking plan for 1 000 000 products read from CSV, end to end, through the large-file path
 *    (loadModel + rankingMix, the one engine), against the same job in pandas (Debian's python3-pandas; skipped, saying so, when absent).
 * 2. The continuous optimum for 20 000 products × 20 resources (goal: < 5 s).
 * 3. Whole units for 2 000 products × 20 resources within a 1e-4 gap (goal: < 5 s), and the proven optimum.
 * 4. The test problems (P&Q, its two-constraint variant, X/Y), each proven optimal.
 *
 * Timings are printed, not asserted. BENCH_WRITE=1 also rewrites test/bench/RESULTS-constraints.md.
 * BENCH_PRODUCTS=200000 makes the CSV part smaller for a quick look.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import * as path from "node:path";
import { defineModel, money, type BusinessModel } from "../../src/core";
import { optimalMix } from "../../src/core/constraints";
import { loadModel } from "../../src/load";
import { rankingMix, type MixPlan } from "../../src/core/constraints";
import { pq, xy } from "../core/constraints/fixtures";

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 1_000_000);
const GENERATOR_VERSION = 1;
const lines: string[] = [];
const say = (text: string) => {
  console.log(text);
  lines.push(text);
};

/** A small deterministic PRNG (mulberry32), so every run benches the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes a model folder of `count` products on four resources (A the CCR) unless it is already there. */
function generateFolder(count: number): string {
  const folder = path.join(tmpdir(), `throughput-accounting-bench-${count}-v${GENERATOR_VERSION}`);
  const done = path.join(folder, ".complete");
  if (existsSync(done)) return folder;
  mkdirSync(folder, { recursive: true });
  const next = random(20261129);
  const chunked = (file: string, header: string, row: (p: number) => string) => {
    const fd = openSync(path.join(folder, file), "w");
    writeSync(fd, `${header}\n`);
    let buffer: string[] = [];
    for (let p = 0; p < count; p++) {
      const text = row(p);
      if (text) buffer.push(text);
      if (buffer.length >= 50_000) {
        writeSync(fd, `${buffer.join("\n")}\n`);
        buffer = [];
      }
    }
    if (buffer.length) writeSync(fd, `${buffer.join("\n")}\n`);
    closeSync(fd);
  };
  const id = (p: number) => `p${String(p).padStart(7, "0")}`;
  const prices = Array.from({ length: count }, () => (100 + Math.floor(next() * 99_900)) / 100);
  chunked("products.csv", "id,name,type,category,price,whole_units,unit_name", (p) => `${id(p)},Product ${p},product,cat${p % 10},${prices[p]},yes,unit`);
  chunked("tvc.csv", "product_id,kind,name,amount,rate", (p) => `${id(p)},materials,Materials,${(Math.floor(prices[p]! * 100 * next() * 0.8) / 100).toFixed(2)},`);
  const resourceIds = ["A", "B", "C", "D"];
  chunked("usage.csv", "product_id,resource_id,time_per_unit,unit", (p) => {
    if (next() < 0.02) return ""; // 2 % take no resource time at all (like a retail product)
    const first = Math.floor(next() * 4);
    const second = (first + 1 + Math.floor(next() * 3)) % 4;
    const [a, b] = first < second ? [first, second] : [second, first];
    const time = () => (1 + Math.floor(next() * 20)) / 2; // 0.5 … 10 minutes
    return `${id(p)},${resourceIds[a]},${time()},minute\n${id(p)},${resourceIds[b]},${time()},minute`;
  });
  chunked("demand.csv", "product_id,quantity,minimum,maximum", (p) => `${id(p)},${1 + Math.floor(next() * 100)},,`);
  // About 1.25e8 minutes of demand per resource: A binds at half of it, the others later or never.
  const scale = count / 1_000_000;
  writeFileSync(
    path.join(folder, "resources.csv"),
    `id,name,capacity,unit\nA,Resource A,${Math.round(1_000_000 * scale)},hour\nB,Resource B,${Math.round(90_000_000 * scale)},minute\nC,Resource C,${Math.round(150_000_000 * scale)},minute\nD,Resource D,${Math.round(200_000_000 * scale)},minute\n`,
  );
  writeFileSync(path.join(folder, "operating_expenses.csv"), `id,name,category,amount,period\noe,Operating expense,other,${Math.round(500_000_000 * scale)},\n`);
  writeFileSync(path.join(folder, "model.csv"), "name,currency,period_unit\nBench,USD,month\n");
  writeFileSync(done, "");
  return folder;
}

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

async function benchCsv(): Promise<void> {
  say(`\n## 1. Ranking plan, ${PRODUCTS.toLocaleString("en")} products from CSV, end to end\n`);
  const generated = time(() => generateFolder(PRODUCTS));
  const folder = generated.value;
  say(`Folder: ${folder} (generated or reused in ${generated.seconds.toFixed(1)} s).`);
  const runs: number[] = [];
  let result: MixPlan | undefined;
  for (let run = 0; run < 3; run++) {
    const { value, seconds } = time(() => rankingMix(loadModel(folder, { onWarning: () => {} })));
    result = value;
    runs.push(seconds);
  }
  const units = result!.lines.reduce((total, line) => total + line.quantity, 0);
  say(`- library (loadModel + rankingMix): median ${median(runs).toFixed(2)} s of 3 runs (${runs.map((s) => s.toFixed(2)).join(", ")}); CCR ${result!.constraint?.resourceId}, T ${result!.throughput.amount.toFixed(2)}, units planned ${units}`);
  const python = findPandasPython();
  if (!python) {
    say("- pandas: SKIPPED — no python3 with pandas found (install Debian's python3-pandas).");
    return;
  }
  const script = path.join(__dirname, "constraints_pandas.py");
  const pandasRuns: { totalSeconds: number; readSeconds: number; throughput: number; unitsPlanned: number; pandas: string; ccr: string }[] = [];
  for (let run = 0; run < 3; run++) {
    const out = spawnSync(python, [script, folder], { encoding: "utf8", maxBuffer: 1 << 24 });
    if (out.status !== 0) {
      say(`- pandas: FAILED (${out.stderr.trim().split("\n").pop()})`);
      return;
    }
    pandasRuns.push(JSON.parse(out.stdout));
  }
  const pandasMedian = median(pandasRuns.map((r) => r.totalSeconds));
  const last = pandasRuns[pandasRuns.length - 1]!;
  say(`- pandas ${last.pandas} (${python}): median ${pandasMedian.toFixed(2)} s of 3 runs (${pandasRuns.map((r) => r.totalSeconds.toFixed(2)).join(", ")}), of which read_csv ${median(pandasRuns.map((r) => r.readSeconds)).toFixed(2)} s; CCR ${last.ccr}, T ${last.throughput.toFixed(2)} (float), units planned ${last.unitsPlanned}`);
  const sameUnits = last.unitsPlanned === units;
  const tDifference = Math.abs(last.throughput - result!.throughput.amount.toNumber());
  say(`- same plan: units ${sameUnits ? "equal" : "DIFFER"}; |ΔT| = ${tDifference.toExponential(2)} (pandas sums floats)`);
  say(`- ratio library / pandas: ${(median(runs) / pandasMedian).toFixed(2)}`);
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
      tvc: [{ kind: "materials" as const, name: "m", basis: "per-unit" as const, amount: money(Math.floor(next() * 90), "USD") }],
    })),
    resources: Array.from({ length: resources }, (_, r) => ({ id: `r${r}`, name: `r${r}`, capacity: Math.round(products * 40 * (0.5 + next())), unit: "minute" as const })),
    usages: Array.from({ length: products }, (_, p) =>
      Array.from({ length: resources }, (_, r) => ({ productId: `p${p}`, resourceId: `r${r}`, timePerUnit: 1 + Math.floor(next() * 30), unit: "minute" as const })),
    ).flat(),
    demand: Array.from({ length: products }, (_, p) => ({ productId: `p${p}`, quantity: 1 + Math.floor(next() * 20) })),
  });
}

async function benchSolver(): Promise<void> {
  say("\n## 2. Continuous optimum, 20 000 products × 20 resources\n");
  const lpModel = randomModel(20_000, 20, 7);
  const lp = await timeAsync(() => optimalMix(lpModel, { wholeUnits: false }));
  if (lp.value.kind !== "optimal-mix") throw new Error("LP not solved");
  say(`- total ${lp.seconds.toFixed(2)} s (HiGHS ${lp.value.solver.seconds.toFixed(2)} s; the rest builds the problem, rounds, re-checks exactly, and makes the ranking plan beside it): ${lp.value.solver.status}, proven ${lp.value.solver.proven}, T ${lp.value.plan.throughput.amount.toFixed(2)}, ranking T ${lp.value.rankingPlan.throughput.amount.toFixed(2)}, feasible ${lp.value.plan.feasible}`);

  say("\n## 3. Whole units, 2 000 products × 20 resources\n");
  const mipModel = randomModel(2_000, 20, 11);
  const gap = await timeAsync(() => optimalMix(mipModel, { relativeGap: 1e-4 }));
  if (gap.value.kind !== "optimal-mix") throw new Error("MIP not solved");
  say(`- gap 1e-4: total ${gap.seconds.toFixed(2)} s (HiGHS ${gap.value.solver.seconds.toFixed(2)} s): ${gap.value.solver.status}, achieved gap ${gap.value.solver.relativeGap.toExponential(2)}, T ${gap.value.plan.throughput.amount.toFixed(0)}, feasible ${gap.value.plan.feasible}`);
  const proven = await timeAsync(() => optimalMix(mipModel, { timeLimitSeconds: 60 }));
  if (proven.value.kind === "optimal-mix")
    say(`- gap 0 (default), 60 s limit: total ${proven.seconds.toFixed(2)} s: ${proven.value.solver.status}, proven ${proven.value.solver.proven}, achieved gap ${proven.value.solver.relativeGap.toExponential(2)}, T ${proven.value.plan.throughput.amount.toFixed(0)}`);

  say("\n## 4. The test problems, proven optimal\n");
  for (const [name, model] of [["P&Q", pq()], ["P&Q, P 24 min on D", pq({ pOnD: 24 })], ["X/Y whole units", xy()]] as const) {
    const result = await timeAsync(() => optimalMix(model));
    if (result.value.kind === "optimal-mix")
      say(`- ${name}: ${(result.seconds * 1000).toFixed(1)} ms, ${result.value.solver.status}, proven ${result.value.solver.proven}, T ${result.value.plan.throughput.amount.toString()} (ranking ${result.value.rankingPlan.throughput.amount.toString()})`);
  }
}

async function timeAsync<T>(job: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await job();
  return { value, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  say(`# Constraint analysis bench\n\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 10)}.`);
  await optimalMix(xy()); // load HiGHS once, outside the timings
  await benchCsv();
  await benchSolver();
  if (process.env.BENCH_WRITE) {
    const file = path.join(__dirname, "RESULTS-constraints.md");
    const notes = existsSync(file) ? readFileSync(file, "utf8").split("<!-- notes -->")[1] ?? "" : "";
    writeFileSync(file, `${lines.join("\n")}\n\n<!-- notes -->${notes}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
