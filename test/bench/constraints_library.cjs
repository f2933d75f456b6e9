// The library's side of the CSV bench, as a notebook or script uses it: the built package required by its name
// and its public API (loadModel, then rankingMix), in a fresh Node process, so Node's start and the package's load count.
// With --check it also reads the plan's lines (built on first read for large plans) to count the units
// planned, timed apart; the bench makes that run once per size, outside the timed runs. Prints one JSON line
// like the pandas and numpy scripts. Run: node test/bench/constraints_library.cjs <folder> [--check]
const started = performance.now();
const { loadModel, rankingMix } = require("throughput-accounting");
const imported = performance.now();
const model = loadModel(process.argv[2], { onWarning: () => {} });
const loaded = performance.now();
const plan = rankingMix(model);
const finished = performance.now();
const check = process.argv.includes("--check");
const unitsPlanned = check ? plan.lines.reduce((total, line) => total + line.quantity, 0) : undefined;
const linesRead = performance.now();
console.log(
  JSON.stringify({
    node: process.version,
    ccr: plan.constraint ? plan.constraint.resourceId : null,
    importSeconds: (imported - started) / 1000,
    loadSeconds: (loaded - imported) / 1000,
    rankingSeconds: (finished - loaded) / 1000,
    totalSeconds: (finished - started) / 1000,
    linesSeconds: check ? (linesRead - finished) / 1000 : undefined,
    throughput: plan.throughput.amount.toString(),
    unitsPlanned,
  }),
);
// The plan's lines are not needed once counted: exit without tearing the heap down piece by piece.
process.exit(0);
