// The library's side of the whole-unit bench, as a script uses it: the built package required by its name
// (its one-file entry, dist/entry.js) and its public API (loadModel, then optimalMix with its defaults:
// whole units, gap 0, a proven optimum), in a fresh Node process, so Node's start, the package's load and
// HiGHS's (wasm) start count. Prints one JSON line like
// mip_scipy.py. Run: node test/bench/mip_library.cjs <folder>
const started = performance.now();
const { loadModel, optimalMix } = require("throughput-accounting");
const imported = performance.now();
const model = loadModel(process.argv[2], { onWarning: () => {} });
const loaded = performance.now();
optimalMix(model).then((result) => {
  const finished = performance.now();
  const optimal = result.kind === "optimal-mix";
  console.log(
    JSON.stringify({
      node: process.version,
      importSeconds: (imported - started) / 1000,
      loadSeconds: (loaded - imported) / 1000,
      solveSeconds: (finished - loaded) / 1000,
      highsSeconds: result.solver.seconds,
      totalSeconds: (finished - started) / 1000,
      status: result.solver.status,
      proven: result.solver.proven,
      relativeGap: result.solver.relativeGap,
      // T exact, from the whole units planned (the library's own arithmetic, not the solver's float).
      throughput: optimal ? result.plan.throughput.amount.toString() : null,
      feasible: optimal ? result.plan.feasible : false,
      units: optimal ? result.plan.lines.reduce((total, line) => total + line.quantity, 0) : null,
    }),
  );
});
