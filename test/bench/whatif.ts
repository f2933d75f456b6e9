/**
 * Bench of the what-if (issue 14, point 5), run by `npm run bench` (or `npx vite-node test/bench/whatif.ts`
 * after `npm run build`, which makes the browser bundle).
 *
 * 0. Node: one what-if recomputation with `prepareModel` — T, OE, NP, the ranking plan's lines and the
 *    political mix — after one capacity, price or demand change, for 1 000 products (goal < 2 ms) and the
 *    bundled models (goal < 0.2 ms) (issue 10, point 3).
 * 1. Node: a 20-point sweep of the ranking plan over the CCR's capacity for a 1 000-product model (goal < 1 s).
 * 2. Chromium (Debian's /usr/bin/chromium; skipped, saying so, when absent): one live recomputation — T, OE,
 *    NP, the ranking plan, the political mix and the sentences, then the page's figures, table and sentences
 *    updated — for the bundled models (goal < 16 ms) and for 1 000 products (goal < 100 ms), timed inside the
 *    page around a slider's `input` event, chart off (Plotly's redraw is Plotly's time, not ours).
 *
 * Timings are printed, not asserted. BENCH_WRITE=1 also rewrites test/bench/RESULTS-whatif.md.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { defineModel, money, prepareModel, sweep, type BusinessModel, type WhatIfInput } from "../../src/core";
import type { WhatIfChange } from "../../src/core/constraints";
import { loadModel } from "../../src/load";
import { whatIfHtml, type WhatIfControl } from "../../src/display";

const lines: string[] = [];
const say = (text: string) => {
  console.log(text);
  lines.push(text);
};

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

/** 1 000 products on two resources (M the CCR at about 150 % load), prices with kopecks, a few political minimums. */
function thousandProducts(count = 1000): BusinessModel {
  const next = random(20261202);
  const ids = Array.from({ length: count }, (_, p) => `p${String(p).padStart(4, "0")}`);
  return defineModel({
    name: `${count} products`,
    currency: "RUB",
    products: ids.map((id) => ({
      id,
      name: `Product ${id}`,
      type: "product" as const,
      price: money((100 + Math.floor(next() * 90000) / 100).toFixed(2)),
      tvc: [
        {
          kind: "materials" as const,
          name: "materials",
          basis: "per-unit" as const,
          amount: money((20 + Math.floor(next() * 5000) / 100).toFixed(2)),
        },
      ],
    })),
    operatingExpenses: [{ id: "oe", name: "OE", category: "other", amount: money(500000) }],
    resources: [
      { id: "M", name: "Machine", capacity: 40000, unit: "minute" },
      { id: "S", name: "Staff", capacity: 80000, unit: "minute" },
    ],
    usages: ids.flatMap((productId) => [
      { productId, resourceId: "M", timePerUnit: 1 + Math.floor(next() * 20), unit: "minute" as const },
      { productId, resourceId: "S", timePerUnit: 1 + Math.floor(next() * 10), unit: "minute" as const },
    ]),
    demand: ids.map((productId, p) => ({
      productId,
      quantity: 1 + Math.floor(next() * 10),
      ...(p % 50 === 0 ? { minimum: 1 } : {}),
    })),
  });
}

function stats(samples: number[]): { median: number; p90: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p90: at(0.9), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}
const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : value < 10 ? 2 : 0)} ms`;

async function main(): Promise<void> {
  const started = new Date();
  const loadAtStart = loadavg()[0]!;
  const big = thousandProducts();
  const capacity: WhatIfInput = { kind: "capacity", resourceId: "M" };

  // 0. Node what-if recomputation: each sample is one change from the prepared (already evaluated) model,
  // read whole (every plan line and the political mix), as a slider move would.
  const whatIfRows: string[] = [];
  const salon = loadModel("data/salon");
  const pq = loadModel("data/pq");
  const whatIfCases: { label: string; model: BusinessModel; goal: string; changes: (i: number) => WhatIfChange[] }[] = [
    {
      label: "1 000 products",
      model: big,
      goal: "2 ms",
      changes: (i) => [
        { kind: "capacity", resourceId: "M", capacity: 30000 + 37 * i },
        { kind: "price", productId: `p${String((i * 7) % 1000).padStart(4, "0")}`, price: String(300 + i) },
        { kind: "demand", productId: `p${String((i * 11) % 1000).padStart(4, "0")}`, quantity: 1 + (i % 9) },
      ],
    },
    {
      label: "data/salon",
      model: salon,
      goal: "0.2 ms",
      changes: (i) => [
        { kind: "capacity", resourceId: "stylists", capacity: 60 + (i % 80) },
        { kind: "price", productId: salon.products[i % salon.products.length]!.id, price: String(10 + (i % 50)) },
        { kind: "demand", productId: salon.products[i % salon.products.length]!.id, quantity: 5 + (i % 40) },
      ],
    },
    {
      label: "data/pq",
      model: pq,
      goal: "0.2 ms",
      changes: (i) => [
        { kind: "capacity", resourceId: "B", capacity: 1500 + 13 * (i % 200) },
        { kind: "price", productId: pq.products[i % 2]!.id, price: String(70 + (i % 40)) },
        { kind: "demand", productId: pq.products[i % 2]!.id, quantity: 20 + (i % 90) },
      ],
    },
  ];
  for (const c of whatIfCases) {
    const prepared = prepareModel(c.model);
    void prepared.result.politicalMix.changes;
    const samples: number[][] = [[], [], []];
    for (let i = 0; i < 240; i++) {
      c.changes(i).forEach((change, k) => {
        const t0 = performance.now();
        const result = prepared.with(change).result;
        void result.plan.lines.length;
        void result.politicalMix.changes.length;
        if (i >= 40) samples[k]!.push(performance.now() - t0); // the first 40 warm the JIT up
      });
    }
    ["capacity", "price", "demand"].forEach((kind, k) => {
      const s = stats(samples[k]!);
      whatIfRows.push(
        `| ${c.label} | ${kind} | ${samples[k]!.length} | ${ms(s.median)} | ${ms(s.p90)} | ${ms(s.min)} | ${ms(s.max)} | ${c.goal} |`,
      );
    });
  }

  // 1. Node sweep.
  sweep(big, capacity, { from: 20000, to: 60000, steps: 19 }); // warm-up
  const sweeps: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const result = sweep(big, capacity, { from: 20000, to: 60000, steps: 19 });
    sweeps.push(performance.now() - t0);
    if (result.rows.length !== 20) throw new Error("the sweep must have 20 rows");
  }
  const sweepStats = stats(sweeps);

  // 2. Chromium.
  const CHROMIUM = "/usr/bin/chromium";
  const browserRows: string[] = [];
  if (!existsSync(CHROMIUM)) {
    say(`[skipped] ${CHROMIUM} is absent: the in-browser recomputation was not measured`);
  } else {
    const { chromium } = await import("playwright-core");
    const dir = mkdtempSync(path.join(tmpdir(), "ta-bench-what-if-"));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const cases: { label: string; model: BusinessModel; controls: WhatIfControl[]; values: string[] }[] = [
        {
          label: "data/salon (7 products)",
          model: loadModel("data/salon"),
          controls: [{ input: { kind: "capacity", resourceId: "stylists", name: "c" }, min: 40, max: 160 }],
          values: ["60", "80", "100", "120"],
        },
        {
          label: "data/pq (2 products, 4 resources)",
          model: loadModel("data/pq"),
          controls: [{ input: { kind: "capacity", resourceId: "B", name: "c" }, min: 1000, max: 4000 }],
          values: ["2000", "2400", "2700", "3000"],
        },
        {
          label: "1 000 products, 2 resources",
          model: big,
          controls: [{ input: { kind: "capacity", resourceId: "M", name: "c" }, min: 10000, max: 80000 }],
          values: ["30000", "40000", "50000", "60000"],
        },
      ];
      for (const c of cases) {
        const file = path.join(dir, `${browserRows.length}.html`);
        writeFileSync(
          file,
          `<!doctype html><html><head><meta ` +
            `charset="utf-8"></head><body>${whatIfHtml(c.model, c.controls, { includeBundle: true, chart: false })}</body></html>`,
        );
        const tab = await browser.newPage();
        await tab.goto(pathToFileURL(file).href);
        await tab.waitForSelector(".ta-what-if[data-ta-mounted]");
        const samples = await tab.evaluate((values) => {
          const input = document.querySelector<HTMLInputElement>('input[name="c"]')!;
          const out: number[] = [];
          for (let round = 0; round < 10; round++)
            for (const value of values) {
              const t0 = performance.now();
              input.value = value;
              input.dispatchEvent(new Event("input", { bubbles: true })); // recomputes and updates the page synchronously
              out.push(performance.now() - t0);
            }
          return out.slice(values.length); // the first round warms the JIT up
        }, c.values);
        const s = stats(samples);
        browserRows.push(
          `| ${c.label} | ${samples.length} | ${ms(s.median)} | ${ms(s.p90)} | ${ms(s.min)} | ${ms(s.max)} |`,
        );
        await tab.close();
      }
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const report = [
    "# What-if: measured speed",
    "",
    `Measured ${started.toISOString().slice(0, 16).replace("T", " ")} UTC by \`npm run ` +
      `bench\` (test/bench/whatif.ts) on ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ` +
      `Node ${process.version}; 1-minute load average ${loadAtStart.toFixed(1)} at the start, ` +
      `${loadavg()[0]!.toFixed(1)} at the end (a shared machine: other work was running).`,
    "",
    "## Node: one what-if recomputation (`prepareModel(...).with(change).result`: T, OE, NP, every plan line, political mix)",
    "",
    "| Model | Change | n | median | p90 | min | max | goal |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
    ...whatIfRows,
    "",
    "## Node: a 20-point sweep of the ranking plan, 1 000 products (goal < 1 s)",
    "",
    `| n | median | p90 | min | max |`,
    `|---:|---:|---:|---:|---:|`,
    `| ${sweeps.length} | ${ms(sweepStats.median)} | ${ms(sweepStats.p90)} | ${ms(sweepStats.min)} | ${ms(sweepStats.max)} |`,
    "",
    "## Chromium: one live recomputation (T, OE, NP, ranking plan, political mix, sentences, page update; chart off)",
    "",
    "Goals: < 16 ms for the bundled models, < 100 ms for 1 000 products.",
    "",
    "| Model | n | median | p90 | min | max |",
    "|---|---:|---:|---:|---:|---:|",
    ...(browserRows.length > 0 ? browserRows : ["| (Chromium absent: not measured) | | | | | |"]),
    "",
  ].join("\n");
  say(report);
  if (process.env.BENCH_WRITE === "1") writeFileSync(path.join(__dirname, "RESULTS-whatif.md"), report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
