import { toDecimal, type ExactDecimal } from "../money/decimal";
import { multiply, subtract, sum, type Money } from "../money/money";
import type { TimeUnit } from "../model/types";
import { loadsOf, type ResourceLoad } from "./load";
import { operatingExpenseForPlan } from "./operating-expense";
import type { MixProblem } from "./problem";
import { usedMinutesOf } from "./sum";
import { convertTime } from "./time";

/** How a plan was made. */
export type MixMethod =
  /** Greedy by T per unit of constraint time, up to demand ("battle map"). */
  | "ranking"
  /** LP / MIP solved by HiGHS. */
  | "optimal"
  /** Cost accounting: greedy by margin (T) per unit, ignoring the constraint. */
  | "margin"
  /** Cost accounting: greedy by margin after OE absorbed by resource time. */
  | "absorption";

/** Why some of a product's demand is not in the plan. */
export type UnsoldReason =
  /** One more unit would not fit on these resources (full, or too little left). */
  | { readonly kind: "resource"; readonly resourceIds: readonly string[] }
  /** The political maximum caps sales below demand. */
  | { readonly kind: "political-maximum"; readonly maximum: number }
  /** Selling it would not add throughput (T per unit ≤ 0). */
  | { readonly kind: "no-throughput" }
  /** Capacity was there but the method chose not to use it (a cost-accounting or solver choice). */
  | { readonly kind: "not-chosen" };

/** One product's line in a plan. Lines are in ranking order, so the cumulative load reads down the list. */
export interface PlanLine {
  readonly productId: string;
  readonly name: string;
  /** Units planned. */
  readonly quantity: number;
  /** The market's demand (undefined when not forecast). */
  readonly demand: number | undefined;
  /** The political minimum applied (0 when none or when ignored). */
  readonly minimum: number;
  /** The political maximum applied, if any. */
  readonly maximum: number | undefined;
  readonly throughputPerUnit: Money;
  /** quantity × T per unit, exact. */
  readonly throughput: Money;
  /** Time on the constraint this line takes, in the constraint's unit (0 without a constraint). */
  readonly constraintTime: number;
  /** Share of the constraint's capacity used by this line and every line above it (0.16 is 16 %). */
  readonly cumulativeConstraintLoad: number | undefined;
  /** Demand left unsold (0 when all is sold or there is no demand). */
  readonly unsold: number;
  readonly unsoldReason: UnsoldReason | undefined;
}

/** A broken rule found when a plan is checked in exact decimals. */
export type PlanViolation =
  | { readonly kind: "capacity"; readonly resourceId: string; readonly used: number; readonly capacity: number }
  | { readonly kind: "above-demand"; readonly productId: string; readonly quantity: number; readonly limit: number }
  | { readonly kind: "below-minimum"; readonly productId: string; readonly quantity: number; readonly minimum: number }
  | { readonly kind: "not-whole"; readonly productId: string; readonly quantity: number };

/** The resource whose cumulative load a plan shows. */
export interface ConstraintRef {
  readonly resourceId: string;
  readonly name: string;
  readonly unit: TimeUnit;
}

/** A product-mix plan with its T, OE, NP and the load of every resource. */
export interface MixPlan {
  readonly kind: "mix-plan";
  readonly method: MixMethod;
  /** Whether the political minimum and maximum were applied. */
  readonly political: boolean;
  /** The resource of the cumulative-load column (the CCR, or the busiest resource). */
  readonly constraint: ConstraintRef | undefined;
  readonly lines: readonly PlanLine[];
  readonly throughput: Money;
  /** OE of the period; undefined when the model has none. */
  readonly operatingExpense: Money | undefined;
  /** T − OE; undefined when the model has no OE. */
  readonly netProfit: Money | undefined;
  /** Every resource's used time against its capacity. */
  readonly resources: readonly ResourceLoad[];
  /** True when the exact check found no violation. */
  readonly feasible: boolean;
  readonly violations: readonly PlanViolation[];
}

/** What {@link planOf} needs besides the quantities. */
export interface PlanContext {
  readonly method: MixMethod;
  readonly political: boolean;
  /** Product indices in the order the lines are listed (the ranking order). */
  readonly order: readonly number[];
  /** Index of the constraint resource for the cumulative-load column. */
  readonly constraintIndex: number | undefined;
  /** The period whose OE is charged. */
  readonly period?: string;
}

/**
 * Checks quantities in exact decimals: capacity of every resource (in minutes), the demand or political
 * maximum, the political minimum, whole units.
 *
 * @example
 * verifyQuantities(mixProblemOf(pq), [100, 50]);
 * // [{ kind: "capacity", resourceId: "B", used: 3000, capacity: 2400 }]
 */
export function verifyQuantities(problem: MixProblem, quantities: readonly number[], loads = loadsOf(problem, quantities)): PlanViolation[] {
  const violations: PlanViolation[] = [];
  for (const load of loads)
    if (load.overloaded)
      violations.push({ kind: "capacity", resourceId: load.resourceId, used: load.used, capacity: load.capacity });
  problem.products.forEach((product, p) => {
    const quantity = quantities[p] ?? 0;
    if (quantity > product.upper)
      violations.push({ kind: "above-demand", productId: product.id, quantity, limit: product.upper });
    if (quantity < product.minimum)
      violations.push({ kind: "below-minimum", productId: product.id, quantity, minimum: product.minimum });
    if (product.wholeUnits && !Number.isInteger(quantity))
      violations.push({ kind: "not-whole", productId: product.id, quantity });
  });
  return violations;
}

/**
 * Turns quantities (product index → units) into a plan: exact T, OE, NP, every resource's load, the
 * cumulative constraint load down the lines, and why demand is left unsold.
 *
 * @example
 * const problem = mixProblemOf(pq);
 * planOf(problem, [100, 30], { method: "ranking", political: true, order: [0, 1], constraintIndex: 1 }).netProfit; // 300 USD
 */
export function planOf(problem: MixProblem, quantities: readonly number[], context: PlanContext): MixPlan {
  const currency = problem.model.currency;
  const used = usedMinutesOf(problem, quantities);
  const loads = loadsOf(problem, quantities, used);
  const spareMinutes = problem.resources.map((resource, r) => resource.capacityMinutes.minus(used[r]!));
  const constraint = context.constraintIndex === undefined ? undefined : problem.resources[context.constraintIndex]!;
  let cumulativeMinutes: ExactDecimal = toDecimal(0);
  const capacityMinutes = constraint && !constraint.capacityMinutes.isZero() ? constraint.capacityMinutes.toNumber() : undefined;
  const lines = context.order.map((p): PlanLine => {
    const product = problem.products[p]!;
    const quantity = quantities[p] ?? 0;
    const exactQuantity = toDecimal(quantity);
    const constraintMinutes =
      constraint && quantity !== 0 ? product.minutes[context.constraintIndex!]!.times(exactQuantity) : ZERO;
    if (!constraintMinutes.isZero()) cumulativeMinutes = cumulativeMinutes.plus(constraintMinutes);
    const unsold = product.demand === undefined ? 0 : Math.max(0, product.demand - quantity);
    return {
      productId: product.id,
      name: product.name,
      quantity,
      demand: product.demand,
      minimum: product.minimum,
      maximum: product.maximum,
      throughputPerUnit: product.throughputPerUnit,
      throughput: multiply(product.throughputPerUnit, exactQuantity),
      // Times and shares are numbers for display: the exact minutes are divided as doubles (a 60-digit
      // division per line would dominate large plans), correctly rounded from exact integers.
      constraintTime: constraint ? toTimeUnit(constraintMinutes.toNumber(), constraint.resource.unit) : 0,
      cumulativeConstraintLoad: capacityMinutes ? cumulativeMinutes.toNumber() / capacityMinutes : undefined,
      unsold,
      unsoldReason: unsold > 0 ? unsoldReasonOf(problem, p, quantity, spareMinutes) : undefined,
    };
  });
  const throughput = sum(lines.map((line) => line.throughput), currency);
  const operatingExpense = operatingExpenseForPlan(problem.model, { period: context.period });
  const violations = verifyQuantities(problem, quantities, loads);
  return {
    kind: "mix-plan",
    method: context.method,
    political: context.political,
    constraint: constraint && { resourceId: constraint.id, name: constraint.name, unit: constraint.resource.unit },
    lines,
    throughput,
    operatingExpense,
    netProfit: operatingExpense && subtract(throughput, operatingExpense),
    resources: loads,
    feasible: violations.length === 0,
    violations,
  };
}

const ZERO = toDecimal(0);

function toTimeUnit(minutes: number, unit: TimeUnit): number {
  return convertTime(minutes, "minute", unit);
}

// The smallest step a fractional product can still take; below it a resource counts as full.
const FRACTIONAL_STEP = toDecimal("1e-9");

function unsoldReasonOf(
  problem: MixProblem,
  p: number,
  quantity: number,
  spareMinutes: readonly ExactDecimal[],
): UnsoldReason {
  const product = problem.products[p]!;
  if (!product.throughputPerUnit.amount.isPositive() || product.throughputPerUnit.amount.isZero())
    return { kind: "no-throughput" };
  if (quantity >= product.upper && product.maximum !== undefined && product.maximum < (product.demand ?? 0))
    return { kind: "political-maximum", maximum: product.maximum };
  // One more unit (or a sliver, for fractional products) must fit on every resource the product uses.
  const step = product.wholeUnits ? toDecimal(1) : FRACTIONAL_STEP;
  const full = problem.resources
    .filter((_, r) => !product.minutes[r]!.isZero() && spareMinutes[r]!.lessThan(product.minutes[r]!.times(step)))
    .map((resource) => resource.id);
  if (full.length > 0) return { kind: "resource", resourceIds: full };
  return { kind: "not-chosen" };
}
