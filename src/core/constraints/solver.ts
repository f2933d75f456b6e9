import type { Highs, ModelData } from "highs";
import type { MixProblem } from "./problem";

let runtime: Promise<Highs> | undefined;

/**
 * The HiGHS runtime (WebAssembly), loaded once per process: every load recompiles the module.
 *
 * @example
 * const highs = await mixSolver();
 */
export function mixSolver(): Promise<Highs> {
  runtime ??= loadWithTieringBudget();
  return runtime;
}

// V8 runs wasm first as its baseline compiler (Liftoff) made it, and recompiles a function with its optimising
// compiler (TurboFan) once the function has used up a "tiering budget" (V8's default: about 1.8 MB of code
// executed). HiGHS's functions are large and a MIP walks many of them: a first real-size whole-unit solve
// (200 products × 15 resources) spent about 1 s of CPU recompiling, several times the solve itself. With a
// budget of 10^9 only the loops of a long solve (the 20 000 × 20 LP, a hard MIP) are recompiled. V8 reads
// the budget when a module is instantiated, so it is raised for HiGHS's instantiation only and put back; a
// budget the user gave Node (--wasm-tiering-budget) is left alone.
const HIGHS_TIERING_BUDGET = 1_000_000_000;
const V8_DEFAULT_TIERING_BUDGET = 1_800_000;

async function loadWithTieringBudget(): Promise<Highs> {
  // Required here, on the first solve, not when the package loads: HiGHS's JavaScript (170 kB) and node:v8
  // take about 8 ms to compile, which a script that never solves should not pay.
  const loadHighs = require("highs") as typeof import("highs").default;
  const { setFlagsFromString } = require("node:v8") as typeof import("node:v8");
  const nodeOptions = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  if (nodeOptions.some((option) => /^--wasm[-_]tiering[-_]budget/.test(option))) return loadHighs();
  setFlagsFromString(`--wasm-tiering-budget=${HIGHS_TIERING_BUDGET}`);
  try {
    return await loadHighs();
  } finally {
    setFlagsFromString(`--wasm-tiering-budget=${V8_DEFAULT_TIERING_BUDGET}`);
  }
}

/** How a solve ended, in words. */
export type SolveStatus = "optimal" | "time-limit" | "iteration-limit" | "infeasible" | "unbounded" | "error";

/** Settings of one solve. */
export interface SolveSettings {
  /** Integer columns for whole-unit products (MIP) or all continuous (LP). */
  readonly integer: boolean;
  /** HiGHS `mip_rel_gap`: 0 asks for a proven optimum. */
  readonly relativeGap: number;
  /** HiGHS `time_limit`, in seconds. */
  readonly timeLimitSeconds?: number | undefined;
}

/** What came back from HiGHS, still in floating point. */
export interface RawSolve {
  readonly status: SolveStatus;
  /** Whether HiGHS holds a feasible primal solution (also after a time limit). */
  readonly hasSolution: boolean;
  /** Column values (units per product), floating point. */
  readonly quantities: Float64Array;
  /** HiGHS's objective (T), floating point. */
  readonly objective: number;
  /** The best bound on T HiGHS proved (the MIP dual bound; the objective for an LP). */
  readonly bound: number;
  /** Row duals (T per extra minute of each resource); only for LP solves. */
  readonly rowDuals: Float64Array | undefined;
  readonly seconds: number;
}

function statusOf(code: number, highs: Highs): SolveStatus {
  const s = highs.constants.modelStatus;
  switch (code) {
    case s.optimal:
      return "optimal";
    case s.timeLimit:
      return "time-limit";
    case s.iterationLimit:
      return "iteration-limit";
    case s.infeasible:
      return "infeasible";
    case s.unbounded:
    case s.unboundedOrInfeasible:
      return "unbounded";
    default:
      return "error";
  }
}

/**
 * Writes the mix problem as HiGHS data: maximise Σ T·x subject to Σ minutes·x ≤ capacity (minutes) for
 * every resource, minimum ≤ x ≤ min(demand, maximum). Only here does money become a float.
 *
 * @example
 * mixModelData(await mixSolver(), mixProblemOf(pq), true).colCost; // Float64Array [45, 60]
 */
export function mixModelData(highs: Highs, problem: MixProblem, integer: boolean): ModelData {
  // Built from the problem's typed arrays: one pass, no decimal per coefficient.
  const numCols = problem.productCount;
  const numRows = problem.resourceCount;
  const starts = new Int32Array(numCols + 1);
  let nonZeros = 0;
  for (let cell = 0; cell < numCols * numRows; cell++) if (problem.minutesApproximate[cell] !== 0) nonZeros++;
  const indices = new Int32Array(nonZeros);
  const values = new Float64Array(nonZeros);
  let k = 0;
  for (let p = 0; p < numCols; p++) {
    for (let r = 0; r < numRows; r++) {
      const minutes = problem.minutesApproximate[p * numRows + r]!;
      if (minutes !== 0) {
        indices[k] = r;
        values[k++] = minutes;
      }
    }
    starts[p + 1] = k;
  }
  const { integer: integerType, continuous } = highs.constants.variableType;
  return {
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    // Typed arrays go to the wasm heap as they are (NumberInput), with no copy into a JS array first.
    colCost: problem.throughput.approximate,
    colLower: problem.minimumOf,
    colUpper: problem.upperOf,
    rowLower: problem.resources.map(() => -highs.infinity),
    rowUpper: problem.resources.map((resource) => resource.capacityMinutes.toNumber()),
    matrix: { format: "csc", numRows, numCols, starts, indices, values },
    ...(integer
      ? { integrality: Array.from(problem.wholeUnitFlags, (whole) => (whole ? integerType : continuous)) }
      : {}),
  };
}

/**
 * Solves the mix problem once with HiGHS and returns its floating-point answer, undigested: callers round,
 * verify in exact decimals and report.
 *
 * @example
 * solveMix(await mixSolver(), mixProblemOf(pq), { integer: true, relativeGap: 0 }).quantities; // Float64Array [100, 30]
 */
export function solveMix(highs: Highs, problem: MixProblem, settings: SolveSettings): RawSolve {
  const data = mixModelData(highs, problem, settings.integer);
  const isMip = settings.integer && problem.wholeUnitFlags.some((whole) => whole === 1);
  return highs.withModel(data, (model) => {
    model.options.set({
      output_flag: false,
      // The mix LP has one row per resource and a bounded column per product: dual simplex solves it in
      // about as many iterations as there are rows, and presolve finds little to remove, so it cost a third
      // of the solve (20 000 × 20: 0.43 s → 0.28 s in this wasm build). MIPs keep it: their cuts and bounds
      // depend on it.
      ...(isMip ? {} : { presolve: "off" }),
      // HiGHS's feasibility-jump heuristic took half of a real-size MIP's time (200 × 15: 0.22 s of 0.52 s
      // CPU) to find incumbents that rounding the LP relaxation finds anyway for a product mix; the proof of
      // optimality does not depend on heuristics.
      // The root reduced-cost heuristic is left out too: on 18 random real-size mixes (100 × 10 to
      // 200 × 15, not the bench's) it saved a tenth of the CPU overall, most on the quick ones.
      ...(isMip ? { mip_heuristic_run_feasibility_jump: false, mip_heuristic_run_root_reduced_cost: false } : {}),
      mip_rel_gap: settings.relativeGap,
      ...(settings.timeLimitSeconds === undefined ? {} : { time_limit: settings.timeLimitSeconds }),
    });
    const started = performance.now();
    const run = model.run();
    const seconds = (performance.now() - started) / 1000;
    const status = statusOf(run.modelStatus, highs);
    const hasSolution = Number(model.info.get("primal_solution_status")) === highs.constants.solutionStatus.feasible;
    const solution = hasSolution ? model.getSolution() : undefined;
    const objective = hasSolution ? model.getObjectiveValue() : NaN;
    return {
      status,
      hasSolution,
      quantities: solution ? Float64Array.from(solution.colValue) : new Float64Array(problem.productCount),
      objective,
      bound: isMip ? Number(model.info.get("mip_dual_bound")) : objective,
      rowDuals: !isMip && solution && status === "optimal" ? Float64Array.from(solution.rowDual) : undefined,
      seconds,
    };
  });
}
