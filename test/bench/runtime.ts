/**
 * Speed of the workbook runtime: kernel start, per-cell latency, and the whole workbook against
 * `jupyter nbconvert --execute` on the same notebooks. Not a test: numbers depend on the machine.
 *
 *   npm run bench:runtime            # measures, prints, and rewrites test/bench/RESULTS-runtime.md
 *   npm run bench:runtime -- --quick # fewer repetitions, prints only
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { executeNotebookFile } from "../../src/runtime/execute/execute-notebook";
import { Kernel } from "../../src/runtime/kernel/kernel";
import { installKernelSpec } from "../../src/runtime/kernelspec/install";
import { KERNEL_NAME } from "../../src/runtime/kernelspec/spec";
import { listNotebooks } from "../../src/runtime/notebook/discover";
import { runWorkbook } from "../../src/runtime/workbook";

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "runtime", "fixtures");
const quick = process.argv.includes("--quick");
const REPEAT = quick ? 1 : 3;

/**
 * Summary statistics of samples in ms.
 *
 * @example
 * stats([3, 1, 2]) // { n: 3, median: 2, p90: 3, min: 1, max: 3 }
 */
export function stats(samples: number[]): { n: number; median: number; p90: number; min: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const nth = (i: number): number => {
    const sample = s[i];
    if (sample === undefined) throw new RangeError(`stats: no sample ${i} of ${s.length}`);
    return sample;
  };
  const at = (q: number) => nth(Math.min(s.length - 1, Math.floor(q * s.length)));
  const median = s.length % 2 === 1 ? nth((s.length - 1) / 2) : (nth(s.length / 2 - 1) + nth(s.length / 2)) / 2;
  return { n: s.length, median, p90: at(0.9), min: nth(0), max: nth(s.length - 1) };
}

const ms = (n: number) => `${Math.round(n)} ms`;
const sec = (n: number) => `${(n / 1000).toFixed(2)} s`;

async function time<T>(f: () => Promise<T> | T): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await f();
  return [Number(process.hrtime.bigint() - start) / 1e6, value];
}

async function kernelStart(): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < (quick ? 2 : 7); i++) {
    const [t, kernel] = await time(() => Kernel.start({ cwd: FIXTURES }));
    samples.push(t);
    await kernel.shutdown();
  }
  return samples;
}

async function cellLatency(): Promise<{ trivial: number[]; library: number[] }> {
  const kernel = await Kernel.start({ cwd: FIXTURES });
  try {
    await kernel.execute('import * as ta from "throughput-accounting";\nlet n = 0;');
    const trivial: number[] = [];
    for (let i = 0; i < (quick ? 10 : 60); i++) {
      const [t, r] = await time(() => kernel.execute("n += 1;"));
      if (r.status !== "ok") throw new Error(`cell failed: ${JSON.stringify(r.outputs)}`);
      trivial.push(t);
    }
    // A cell of the size a workbook chapter has: a few statements, a loop, a printed table.
    const cell = [
      "const rows = Array.from({ length: 200 }, (_, i) => ({ product: `p${i}`, price: 60 + (i % 17), tvc: 40 + (i % 11) }));",
      "const ranked = rows.map((r) => ({ ...r, t: r.price - r.tvc })).sort((a, b) => b.t - a.t);",
      "console.log(ranked.slice(0, 5).map((r) => `${r.product}\\t${r.t}`).join('\\n'));",
      "console.log(Object.keys(ta).length);",
    ].join("\n");
    const library: number[] = [];
    for (let i = 0; i < (quick ? 5 : 30); i++) {
      const [t, r] = await time(() => kernel.execute(cell));
      if (r.status !== "ok") throw new Error(`cell failed: ${JSON.stringify(r.outputs)}`);
      library.push(t);
    }
    return { trivial, library };
  } finally {
    await kernel.shutdown();
  }
}

interface WorkbookTimes {
  notebooks: string[];
  runner: number[];
  runnerWithHtml: number[];
  nbconvert: number[] | undefined;
}

async function workbook(): Promise<WorkbookTimes> {
  const own = listNotebooks(join(ROOT, "notebooks"));
  const notebooks = own.length > 0 ? own : listNotebooks(FIXTURES);
  const runner: number[] = [];
  const runnerWithHtml: number[] = [];
  const out = mkdtempSync(join(tmpdir(), "ta-bench-"));
  try {
    // One unmeasured run first, so neither route pays for cold disk caches and tslab's first compile.
    for (const nb of notebooks) await executeNotebookFile(nb);
    for (let i = 0; i < REPEAT; i++) {
      const [t] = await time(async () => {
        for (const nb of notebooks) {
          const run = await executeNotebookFile(nb);
          if (run.status !== "ok") throw new Error(`${nb} failed: ${run.failure?.message}`);
        }
      });
      runner.push(t);
      const [th] = await time(() => runWorkbook({ notebooks, outDir: join(out, "html") }));
      runnerWithHtml.push(th);
    }
    const haveNbconvert = spawnSync("jupyter", ["nbconvert", "--version"], { stdio: "ignore" }).status === 0;
    let nbconvert: number[] | undefined;
    if (haveNbconvert) {
      const dataDir = join(out, "jupyter");
      installKernelSpec({ platform: process.platform, env: { JUPYTER_DATA_DIR: dataDir }, home: dataDir });
      nbconvert = [];
      for (let i = 0; i < REPEAT; i++) {
        // One nbconvert process for all notebooks: its best case (Python starts once).
        const [t, ran] = await time(() =>
          spawnSync(
            "jupyter",
            [
              "nbconvert",
              "--to",
              "notebook",
              "--execute",
              `--ExecutePreprocessor.kernel_name=${KERNEL_NAME}`,
              "--output-dir",
              join(out, "nbconvert"),
              ...notebooks,
            ],
            {
              env: { ...process.env, JUPYTER_DATA_DIR: dataDir },
              encoding: "utf8",
            },
          ),
        );
        if (ran.status !== 0) throw new Error(`nbconvert failed: ${ran.stderr}`);
        nbconvert.push(t);
      }
    }
    return { notebooks, runner, runnerWithHtml, nbconvert };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = loadavg()[0]!;
  console.error("kernel start…");
  const start = stats(await kernelStart());
  console.error("cell latency…");
  const cells = await cellLatency();
  const trivial = stats(cells.trivial);
  const library = stats(cells.library);
  console.error("workbook vs nbconvert…");
  const wb = await workbook();
  const runner = stats(wb.runner);
  const withHtml = stats(wb.runnerWithHtml);
  const nbconvert = wb.nbconvert ? stats(wb.nbconvert) : undefined;
  const names = wb.notebooks.map((p) => p.replace(ROOT + "/", "")).join(", ");

  const lines = [
    "# Workbook runtime: measured speed",
    "",
    `Measured ${started.toISOString().slice(0, 16).replace("T", " ")} UTC by \`npm run ` +
      `bench:runtime\` (test/bench/runtime.ts) on ${cpus().length} × ${cpus()[0]?.model.trim() ?? "?"}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, tslab 1.0.22.`,
    `Timings are wall-clock on a shared machine (1-minute load average ` +
      `${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the ` +
      `end: other work was running); rerun the script to refresh this file.`,
    "",
    "| What | n | median | p90 | min | max |",
    "|---|---:|---:|---:|---:|---:|",
    `| Kernel start (spawn → kernel_info_reply and iopub ready) | ${start.n} | ${ms(start.median)} | ${ms(start.p90)} | ${ms(start.min)} | ${ms(start.max)} |`,
    `| Cell latency, trivial cell (\`n += 1;\`), request → idle | ${trivial.n} | ` +
      `${ms(trivial.median)} | ${ms(trivial.p90)} | ${ms(trivial.min)} | ${ms(trivial.max)} |`,
    `| Cell latency, 4-line cell with a 200-row computation and output | ${library.n} | ` +
      `${ms(library.median)} | ${ms(library.p90)} | ${ms(library.min)} | ${ms(library.max)} |`,
    "",
    `Whole workbook: ${wb.notebooks.length} notebooks (${names}), each in a fresh kernel, after ` +
      `one unmeasured warm-up run; ${REPEAT} measured run${REPEAT === 1 ? "" : "s"} per route:`,
    "",
    "| Route | median | min | max |",
    "|---|---:|---:|---:|",
    `| This runner, execute only, one notebook after the other (\`executeNotebookFile\`) | ${sec(runner.median)} | ${sec(runner.min)} | ${sec(runner.max)} |`,
    `| This runner as \`npm start\` runs it (\`runWorkbook\`: next kernel started ahead, executed ` +
      `copies, HTML pages, index) | ${sec(withHtml.median)} | ${sec(withHtml.min)} | ${sec(withHtml.max)} |`,
    nbconvert
      ? `| \`jupyter nbconvert --to notebook --execute\` (Debian's, one process for all) ` +
        `| ${sec(nbconvert.median)} | ${sec(nbconvert.min)} | ${sec(nbconvert.max)} |`
      : "| `jupyter nbconvert --execute` | not installed | | |",
    "",
    nbconvert
      ? `Verdict: the runner takes ${sec(withHtml.median)} with HTML export against ` +
        `${sec(nbconvert.median)} for nbconvert (${(withHtml.median / nbconvert.median).toFixed(2)}×): ` +
        `${withHtml.median <= nbconvert.median ? "no slower than nbconvert, as issue 4 requires" : "SLOWER than nbconvert, which issue 4 does not allow"}.`
      : "Verdict: nbconvert is not installed here, so the comparison was not made.",
    "",
    "Why the runner is not slower: it starts no Python and no Jupyter server, talks to the kernel over ZeroMQ directly,",
    "and starts the next notebook's kernel while the current notebook runs (a kernel start is most of a short notebook's",
    "time). Cells run in the same tslab kernel on both routes, so cell time itself is the same.",
    "",
  ];
  const text = lines.join("\n");
  console.log(text);
  if (!quick) writeFileSync(join(__dirname, "RESULTS-runtime.md"), text);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
