import { ArgumentError } from "../errors";
import { ExactDecimal, toDecimal } from "../money/decimal";
import { subtractQuantities } from "../model/quantity";
import { money, subtract, type Money } from "../money/money";
import type { BusinessModel, TimeUnit } from "../model/types";
import { fillInOrder, QUANTITY_DECIMALS, roundQuantityDown } from "./fill";
import { planOf, type MixPlan } from "./plan";
import { mixProblemOf, type MixProblem, type PoliticalOption } from "./problem";
import { rankingOrder, rankingResource } from "./ranking";
import { mixSolver, solveMix, type RawSolve, type SolveStatus } from "./solver";
import { usedMinutesOf } from "./sum";
import { MINUTES_PER_HOUR } from "./time";

/** Options of {@link optimalMix}. */
export interface OptimalMixOptions extends PoliticalOption {
  /** `true` (default): whole units where the product says so (a MIP). `false`: every quantity continuous (an LP). */
  readonly wholeUnits?: boolean | undefined;
  /**
   * Relative gap at which the MIP may stop. Default 0: a proven optimum. A positive gap (for very large
   * models) is reported back as the gap achieved, never silently.
   */
  readonly relativeGap?: number | undefined;
  /** Stop after this many seconds; the plan is then the best found, and `solver.relativeGap` says how good. */
  readonly timeLimitSeconds?: number | undefined;
  /** The resource of the cumulative-load column and of the ranking plan (default: the CCR). */
  readonly resourceId?: string | undefined;
  /** The period whose OE the plan must cover. */
  readonly period?: string | undefined;
}

/** How the optimum was obtained, so no near-optimum passes for an optimum. */
export interface SolverReport {
  readonly status: SolveStatus;
  /** True when HiGHS proved optimality within the requested gap (0 by default). */
  readonly proven: boolean;
  /** The gap asked for. */
  readonly requestedGap: number;
  /** (best bound − plan T) ÷ |plan T|: 0 for a proven optimum. */
  readonly relativeGap: number;
  /** The best T HiGHS proved possible (floating point, rounded to 6 digits). */
  readonly bound: Money | undefined;
  /** Whether whole units were enforced (a MIP) or the problem was continuous. */
  readonly integer: boolean;
  /** True when rounding the solver's floats broke a capacity and units had to be taken out. */
  readonly repaired: boolean;
  readonly timeLimitSeconds: number | undefined;
  /** Solver time, in seconds. */
  readonly seconds: number;
}

/** What one more unit of a resource's time is worth (from the continuous problem). */
export interface ShadowPrice {
  readonly resourceId: string;
  readonly name: string;
  /** The time unit the price is per (the resource's own). */
  readonly unit: TimeUnit;
  /** Extra T per extra unit of time: 0 for a resource with spare capacity. */
  readonly value: Money;
  /** True when the continuous optimum uses all of the resource. */
  readonly binding: boolean;
}

/** The optimal mix beside the ranking plan. */
export interface OptimalMix {
  readonly kind: "optimal-mix";
  readonly plan: MixPlan;
  readonly solver: SolverReport;
  /** Shadow prices of the continuous problem (an LP always has them; a MIP has none of its own). */
  readonly shadowPrices: readonly ShadowPrice[];
  /** T of the continuous optimum: no whole-unit plan can beat it. */
  readonly continuousThroughput: Money | undefined;
  /** The ranking ("battle map") plan under the same limits. */
  readonly rankingPlan: MixPlan;
  /** How much the optimum beats the ranking plan. */
  readonly versusRanking: {
    readonly throughput: Money;
    readonly netProfit: Money | undefined;
    /** ΔT ÷ ranking T (0 when the ranking plan is optimal; Infinity when its T is 0 and the optimum's is not). */
    readonly relative: number;
  };
}

/** No plan can meet the political minimums within the capacities. */
export interface InfeasibleMix {
  readonly kind: "infeasible-mix";
  readonly message: string;
  readonly solver: SolverReport;
  /** The minimums alone, with the capacities they break. */
  readonly minimumPlan: MixPlan;
  readonly rankingPlan: MixPlan;
}

/**
 * The product mix that maximises T, solved by HiGHS as a MIP (whole units) or an LP, proven optimal by
 * default (relative gap 0). The solver's floats are rounded (whole units to integers, fractions down to
 * hundredths of a unit, see QUANTITY_DECIMALS) and the plan is re-checked in exact decimals; T, OE and NP are exact. Shadow prices come from
 * the continuous problem; the ranking plan is given beside it, with the gap between them.
 *
 * @example
 * const slowerP = (u: ResourceUsage) => (u.productId === "P" && u.resourceId === "D" ? { ...u, timePerUnit: 24 } : u);
 * const pq24 = defineModel({ ...pq, usages: pq.usages.map(slowerP) }); // P takes 24 minutes of D, not 15
 * const result = await optimalMix(pq24);
 * if (result.kind === "optimal-mix") {
 *   result.plan.lines.map((l) => [l.productId, l.quantity]); // [["P", 92], ["Q", 34]]
 *   result.plan.netProfit;                                  // 180 USD
 *   result.rankingPlan.netProfit;                           // -1500 USD
 * }
 */
export async function optimalMix(
  model: BusinessModel,
  options: OptimalMixOptions = {},
): Promise<OptimalMix | InfeasibleMix> {
  // HiGHS loads (reads and compiles its wasm, the first time) while the problem and the ranking plan are built.
  const solverReady = mixSolver();
  solverReady.catch(() => undefined); // a load error is thrown by the await below, not reported as unhandled
  const political = options.political ?? true;
  // Relaxing whole units relaxes the products themselves, so the exact check and the ranking plan beside
  // the optimum answer the same (continuous) question.
  const problem = mixProblemOf(model, { political, wholeUnits: options.wholeUnits });
  const { index } = rankingResource(problem, options.resourceId);
  const order = rankingOrder(problem, index);
  const context = { political, order, constraintIndex: index, period: options.period };
  const rankingPlan = planOf(problem, fillInOrder(problem, order), { ...context, method: "ranking" });
  const integer = problem.wholeUnitFlags.some((whole) => whole === 1);
  const requestedGap = options.relativeGap ?? 0;
  if (!(requestedGap >= 0))
    throw new ArgumentError("out_of_range", requestedGap, `relativeGap must be ≥ 0, got ${requestedGap}`);

  const highs = await solverReady;
  const solved = solveMix(highs, problem, {
    integer,
    relativeGap: requestedGap,
    timeLimitSeconds: options.timeLimitSeconds,
  });
  const continuous = integer ? solveMix(highs, problem, { integer: false, relativeGap: 0 }) : solved;
  const currency = model.currency;
  const fromFloat = (value: number) => money(value.toFixed(6), currency);

  if (!solved.hasSolution) {
    const solver = report(solved, requestedGap, integer, false, options.timeLimitSeconds, undefined, currency);
    return {
      kind: "infeasible-mix",
      message:
        solved.status === "infeasible"
          ? "no plan meets the political minimums within the resources' capacities"
          : `the solver found no plan (${solved.status})`,
      solver,
      minimumPlan: planOf(problem, problem.minimumOf, { ...context, method: "optimal" }),
      rankingPlan,
    };
  }

  const { quantities, repaired } = roundAndRepair(problem, solved.quantities, integer);
  // Rounding fractions down leaves slivers of capacity: top them up in ranking order. If the ranking plan
  // still beats the rounded optimum (by those slivers), it is the better feasible plan, so it is used.
  const toppedUp = planOf(problem, integer ? quantities : fillInOrder(problem, order, quantities), {
    ...context,
    method: "optimal",
  });
  const plan =
    toppedUp.feasible && rankingPlan.feasible && rankingPlan.throughput.amount.greaterThan(toppedUp.throughput.amount)
      ? { ...rankingPlan, method: "optimal" as const }
      : toppedUp;
  const solver = report(
    solved,
    requestedGap,
    integer,
    repaired,
    options.timeLimitSeconds,
    plan.throughput.amount,
    currency,
    roundingAllowance(problem),
  );
  const deltaT = subtract(plan.throughput, rankingPlan.throughput);
  return {
    kind: "optimal-mix",
    plan,
    solver,
    shadowPrices: shadowPricesOf(problem, continuous, currency),
    continuousThroughput: continuous.hasSolution ? fromFloat(continuous.objective) : undefined,
    rankingPlan,
    versusRanking: {
      throughput: deltaT,
      netProfit: plan.netProfit && rankingPlan.netProfit && subtract(plan.netProfit, rankingPlan.netProfit),
      relative: rankingPlan.throughput.amount.isZero()
        ? deltaT.amount.isZero()
          ? 0
          : Infinity
        : deltaT.amount.dividedBy(rankingPlan.throughput.amount.abs()).toNumber(),
    },
  };
}

function report(
  solved: RawSolve,
  requestedGap: number,
  integer: boolean,
  repaired: boolean,
  timeLimitSeconds: number | undefined,
  planThroughput: ExactDecimal | undefined,
  currency: BusinessModel["currency"],
  allowance = 0,
): SolverReport {
  let relativeGap = NaN;
  if (planThroughput !== undefined && Number.isFinite(solved.bound)) {
    // What the hundredths rule may cost fractional products is no gap (see roundingAllowance).
    const difference = solved.bound - planThroughput.toNumber() - allowance;
    const scale = Math.max(1, Math.abs(planThroughput.toNumber()));
    // Float noise below 1e-9 of the objective is no gap.
    relativeGap = difference <= 1e-9 * scale ? 0 : difference / scale;
  }
  return {
    status: solved.status,
    // The gap is measured on the plan as finally returned (rounded, repaired, re-checked exactly) against the
    // solver's bound, so a repair that only shaved float noise off a capacity still leaves a proof.
    proven: solved.status === "optimal" && relativeGap <= requestedGap + 1e-9,
    requestedGap,
    relativeGap,
    bound: Number.isFinite(solved.bound) ? money(solved.bound.toFixed(6), currency) : undefined,
    integer,
    repaired,
    timeLimitSeconds,
    seconds: solved.seconds,
  };
}

/**
 * Solver floats → plan quantities: whole units rounded to the nearest integer, fractions rounded down to
 * hundredths, all clamped to their bounds; then, if a capacity is still exceeded in exact arithmetic, units
 * with the least T per minute of that resource are taken out until it fits.
 */
function roundAndRepair(
  problem: MixProblem,
  raw: Float64Array,
  integer: boolean,
): { quantities: number[]; repaired: boolean } {
  const quantities = Array.from({ length: problem.productCount }, (_, p) => {
    const value = raw[p] ?? 0;
    const whole = integer && problem.wholeUnitFlags[p] === 1;
    // Float noise (44.9999999999) is snapped at 9 decimals first, then the hundredths rule rounds down once.
    // Most columns of an optimum sit on a bound (0, a demand, a limit): an integer is its own rounding, so
    // only the few fractional ones (at most one per binding resource) make a decimal.
    const rounded = whole
      ? Math.round(value)
      : Number.isInteger(value)
        ? Math.max(0, value)
        : roundQuantityDown(toDecimal(Math.max(0, value)).toDecimalPlaces(9), false);
    return Math.min(problem.upperOf[p]!, Math.max(problem.minimumOf[p]!, rounded));
  });
  let repaired = false;
  const usedAtFirst = usedMinutesOf(problem, quantities);
  problem.resources.forEach((resource, r) => {
    let over = usedAtFirst[r]!.minus(resource.capacityMinutes);
    if (!over.isPositive() || over.isZero()) return;
    // Cheapest first: least T per minute of this resource (rare: only when rounding broke a capacity).
    const candidates: number[] = [];
    for (let p = 0; p < problem.productCount; p++) if (!problem.minutesExact(p, r).isZero()) candidates.push(p);
    candidates.sort((a, b) =>
      problem.throughput
        .exact(a)
        .dividedBy(problem.minutesExact(a, r))
        .comparedTo(problem.throughput.exact(b).dividedBy(problem.minutesExact(b, r))),
    );
    for (const p of candidates) {
      if (!over.isPositive() || over.isZero()) break;
      const removable = subtractQuantities(quantities[p]!, problem.minimumOf[p]!);
      if (removable <= 0) continue;
      const minutes = problem.minutesExact(p, r);
      const needed = over.dividedBy(minutes);
      const step =
        integer && problem.wholeUnitFlags[p] === 1
          ? needed.ceil()
          : needed.toDecimalPlaces(QUANTITY_DECIMALS, ExactDecimal.ROUND_UP);
      const take = Math.min(removable, step.toNumber());
      quantities[p] = subtractQuantities(quantities[p]!, take);
      over = over.minus(minutes.times(toDecimal(take)));
      repaired = true;
    }
  });
  return { quantities, repaired };
}

/**
 * The most T that rounding fractional quantities down to hundredths (QUANTITY_DECIMALS) can cost against
 * the continuous optimum: one hundredth of a unit of each fractional product with positive T, plus float
 * noise. A continuous plan within it of the solver's bound is the proven optimum under that stated rule.
 */
function roundingAllowance(problem: MixProblem): number {
  const step = 10 ** -QUANTITY_DECIMALS;
  let allowance = 0;
  for (let p = 0; p < problem.productCount; p++) {
    if (problem.wholeUnitFlags[p] === 1) continue;
    const t = problem.throughput.approximate[p]!;
    if (t > 0) allowance += t * step;
  }
  return allowance;
}

function shadowPricesOf(problem: MixProblem, continuous: RawSolve, currency: BusinessModel["currency"]): ShadowPrice[] {
  return problem.resources.map((resource, r) => {
    const perMinute = continuous.rowDuals ? Math.abs(continuous.rowDuals[r] ?? 0) : 0;
    const unit = resource.resource.unit;
    const perUnit = unit === "hour" ? perMinute * MINUTES_PER_HOUR : perMinute;
    return {
      resourceId: resource.id,
      name: resource.name,
      unit,
      value: money((perUnit < 1e-9 ? 0 : perUnit).toFixed(6), currency),
      binding: perUnit >= 1e-9,
    };
  });
}
