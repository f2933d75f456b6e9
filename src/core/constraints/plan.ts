import { ExactDecimal, toDecimal } from "../money/decimal";
import { subtractQuantities } from "../model/quantity";
import { lazyProperty } from "../model/lazy";
import { money, moneyOfExact, subtract, type Money } from "../money/money";
import type { TimeUnit } from "../model/types";
import { loadsOf, type ResourceLoad } from "./load";
import { operatingExpenseForPlan } from "./operating-expense";
import type { ExactColumn } from "../model/columns";
import { hasPositiveThroughput, type MixProblem } from "./problem";
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
  readonly period?: string | undefined;
  /** The OE charged, when the caller already knows it (the what-if model); default: from the model. */
  readonly operatingExpense?: Money | undefined;
  /** `true` builds the lines only when first read, whatever the size (default: above 1 000 lines). */
  readonly lazyLines?: boolean;
}

/**
 * Checks quantities in exact decimals: capacity of every resource (in minutes), the demand or political
 * maximum, the political minimum, whole units.
 *
 * @example
 * verifyQuantities(mixProblemOf(pq), [100, 50]);
 * // [{ kind: "capacity", resourceId: "B", used: 3000, capacity: 2400 }]
 */
export function verifyQuantities(
  problem: MixProblem,
  quantities: ArrayLike<number>,
  loads = loadsOf(problem, quantities),
): PlanViolation[] {
  const violations: PlanViolation[] = [];
  for (const load of loads)
    if (load.overloaded)
      violations.push({ kind: "capacity", resourceId: load.resourceId, used: load.used, capacity: load.capacity });
  const ids = problem.columns.productIds;
  for (let p = 0; p < problem.productCount; p++) {
    const quantity = quantities[p] ?? 0;
    const upper = problem.upperOf[p]!;
    const minimum = problem.minimumOf[p]!;
    if (quantity > upper) violations.push({ kind: "above-demand", productId: ids[p]!, quantity, limit: upper });
    if (quantity < minimum) violations.push({ kind: "below-minimum", productId: ids[p]!, quantity, minimum });
    if (problem.wholeUnitFlags[p] === 1 && !Number.isInteger(quantity))
      violations.push({ kind: "not-whole", productId: ids[p]!, quantity });
  }
  return violations;
}

/**
 * Σ T per unit × quantity over every product, exactly: scaled integers while they are safe (the common,
 * large case), decimals for the rest.
 *
 * @example
 * throughputOfQuantities(mixProblemOf(pq), [100, 30]).toString(); // "6300"
 */
export function throughputOfQuantities(problem: MixProblem, quantities: ArrayLike<number>): ExactDecimal {
  const t = problem.throughput;
  let small = 0;
  let big = 0n;
  let rest: ExactDecimal | undefined;
  for (let p = 0; p < problem.productCount; p++) {
    const quantity = quantities[p] ?? 0;
    if (quantity === 0) continue;
    const scaled = t.scaled[p]!;
    const term = scaled * quantity;
    if (!Number.isNaN(scaled) && Number.isInteger(quantity) && Number.isSafeInteger(term)) {
      const next = small + term;
      if (Number.isSafeInteger(next)) small = next;
      else {
        big += BigInt(small) + BigInt(term);
        small = 0;
      }
      continue;
    }
    const exact = t.exact(p).times(toDecimal(quantity));
    rest = rest ? rest.plus(exact) : exact;
  }
  const integral = toDecimal((big + BigInt(small)).toString());
  const whole = t.decimals === 0 ? integral : integral.dividedBy(10 ** t.decimals);
  return rest ? whole.plus(rest) : whole;
}

/**
 * Turns quantities (product index → units) into a plan: exact T, OE, NP, every resource's load, the
 * cumulative constraint load down the lines, and why demand is left unsold. The lines of a large plan are
 * built when first read (the totals need none of them), then kept; they print and serialise as plain data.
 *
 * @example
 * const problem = mixProblemOf(pq);
 * planOf(problem, [100, 30], { method: "ranking", political: true, order: [0, 1], constraintIndex: 1 }).netProfit; // 300 USD
 */
export function planOf(problem: MixProblem, quantitiesIn: ArrayLike<number>, context: PlanContext): MixPlan {
  const quantities = Float64Array.from(quantitiesIn);
  const currency = problem.model.currency;
  const used = usedMinutesOf(problem, quantities);
  const loads = loadsOf(problem, quantities, used);
  const constraint = context.constraintIndex === undefined ? undefined : problem.resources[context.constraintIndex]!;
  const throughput = money(throughputOfQuantities(problem, quantities), currency);
  const operatingExpense =
    "operatingExpense" in context
      ? context.operatingExpense
      : operatingExpenseForPlan(problem.model, { period: context.period });
  const violations = verifyQuantities(problem, quantities, loads);
  const order = [...context.order];
  const plan = {
    kind: "mix-plan" as const,
    method: context.method,
    political: context.political,
    constraint: constraint && { resourceId: constraint.id, name: constraint.name, unit: constraint.resource.unit },
    lines: [] as readonly PlanLine[],
    throughput,
    operatingExpense,
    netProfit: operatingExpense && subtract(throughput, operatingExpense),
    resources: loads,
    feasible: violations.length === 0,
    violations,
  };
  SOURCES.set(plan, { problem, quantities, order });
  const linesOf = () => planLines(problem, quantities, order, context.constraintIndex, used);
  if (order.length <= EAGER_LINES && !context.lazyLines) plan.lines = linesOf();
  else lazyProperty(plan, "lines", linesOf);
  return plan;
}

/** What a plan was made from: its problem, quantities by product index and line order (engine-internal). */
export interface PlanSource {
  readonly problem: MixProblem;
  readonly quantities: Float64Array;
  readonly order: readonly number[];
}
// Kept beside the plan, not in it: a plan stays plain data (it prints and serialises as before).
const SOURCES = new WeakMap<object, PlanSource>();

/**
 * What {@link planOf} made a plan from, so a comparison can read quantities without building the lines;
 * undefined for a plan not made here (a copy, a JSON round trip).
 *
 * @example
 * planSource(rankingMix(pq))?.quantities; // Float64Array [100, 30]
 */
export function planSource(plan: MixPlan): PlanSource | undefined {
  return SOURCES.get(plan);
}

/**
 * A line's T per unit and T (T per unit × quantity), exactly as the plan's lines give them, without
 * building the lines.
 *
 * @example
 * lineThroughput(mixProblemOf(pq), 0, 100).throughput; // 4500 USD
 */
export function lineThroughput(
  problem: MixProblem,
  p: number,
  quantity: number,
): { perUnit: Money; throughput: Money } {
  return lineMoney(
    problem,
    lineMoneyCache(problem.throughput, problem.model.currency, problem.productCount),
    p,
    quantity,
  );
}

// Plans up to this many lines are built whole at once; larger ones build their lines on first read (a
// script that wants T, NP or the loads of 10 000 products pays nothing for lines it never reads).
const EAGER_LINES = 1_000;

function planLines(
  problem: MixProblem,
  quantities: Float64Array,
  order: readonly number[],
  constraintIndex: number | undefined,
  used: readonly ExactDecimal[],
): PlanLine[] {
  // Read from the problem's typed arrays, not its per-product objects (a decimal per minute of every
  // product): a large plan's lines cost one T per unit and one line T as decimals, the rest is integers.
  const spareMinutes = problem.resources.map((resource, r) => resource.capacityMinutes.minus(used[r]!));
  // The same spare × timeScale as integers, when exact (NaN otherwise): whole-unit checks compare integers.
  const spareScaled = spareMinutes.map((spare) => {
    const scaled = spare.times(problem.timeScale);
    return problem.integralTimes && scaled.isInteger() && scaled.abs().lessThan(Number.MAX_SAFE_INTEGER)
      ? scaled.toNumber()
      : NaN;
  });
  const constraint = constraintIndex === undefined ? undefined : problem.resources[constraintIndex]!;
  const m = problem.resourceCount;
  const ids = problem.columns.productIds;
  // Names without the object view (a million products' prices and TVC as decimals) when the loader kept them.
  const nameOf = problem.columns.productName ?? ((p: number) => problem.model.products[p]!.name);
  const currency = problem.model.currency;
  const timeScale = problem.timeScale;
  // The cumulative constraint minutes × timeScale as an integer while exact; as a decimal from then on.
  let cumulativeScaled = 0;
  let cumulativeExact: ExactDecimal | undefined;
  const capacityMinutes =
    constraint && !constraint.capacityMinutes.isZero() ? constraint.capacityMinutes.toNumber() : undefined;
  const cache = lineMoneyCache(problem.throughput, currency, problem.productCount);
  return order.map((p): PlanLine => {
    const quantity = quantities[p] ?? 0;
    let constraintMinutes = 0;
    if (constraint && quantity !== 0) {
      const scaled = problem.minutesScaled[p * m + constraintIndex!]!;
      const term = scaled * quantity;
      if (
        cumulativeExact === undefined &&
        !Number.isNaN(scaled) &&
        Number.isInteger(quantity) &&
        Number.isSafeInteger(term) &&
        Number.isSafeInteger(cumulativeScaled + term)
      ) {
        cumulativeScaled += term;
        // An exact integer ÷ a power of ten: the correctly rounded double, as the decimal's toNumber gives.
        constraintMinutes = term / timeScale;
      } else {
        const exact = problem.minutesExact(p, constraintIndex!).times(toDecimal(quantity));
        cumulativeExact = (cumulativeExact ?? toDecimal(cumulativeScaled).dividedBy(timeScale)).plus(exact);
        constraintMinutes = exact.toNumber();
      }
    }
    const cumulativeMinutes = cumulativeExact === undefined ? cumulativeScaled / timeScale : cumulativeExact.toNumber();
    const demand = Number.isNaN(problem.demandOf[p]!) ? undefined : problem.demandOf[p]!;
    const maximum = Number.isNaN(problem.maximumOf[p]!) ? undefined : problem.maximumOf[p]!;
    const { perUnit: throughputPerUnit, throughput: lineThroughput } = lineMoney(problem, cache, p, quantity);
    // Without a forecast (no row, or no demand limit) there is no demand left unsold.
    const unsold = demand === undefined || demand === Infinity ? 0 : Math.max(0, subtractQuantities(demand, quantity));
    return {
      productId: ids[p]!,
      name: nameOf(p),
      quantity,
      demand,
      minimum: problem.minimumOf[p]!,
      maximum,
      throughputPerUnit,
      throughput: lineThroughput,
      // Times and shares are numbers for display, correctly rounded from exact integers (or decimals).
      constraintTime: constraint ? toTimeUnit(constraintMinutes, constraint.resource.unit) : 0,
      cumulativeConstraintLoad: capacityMinutes ? cumulativeMinutes / capacityMinutes : undefined,
      unsold,
      unsoldReason: unsold > 0 ? unsoldReasonOf(problem, p, quantity, spareMinutes, spareScaled) : undefined,
    };
  });
}

// A line's T per unit and T as Money are the costliest part of a large plan's lines (decimals per line).
// They depend only on the T column (immutable, and shared by a what-if's plans until a price moves), the
// currency, the product and its quantity, so they are remembered per column: a slider move makes new
// decimals only for the lines whose quantity changed. Two quantities per product are kept (the political
// and the market plan of one what-if). The amounts are the same exact values, only not made again.
interface LineMoney {
  readonly perUnit: Money;
  readonly quantities: number[];
  readonly throughputs: Money[];
}
const LINE_MONEY = new WeakMap<ExactColumn, Map<string, (LineMoney | undefined)[]>>();

function lineMoneyCache(column: ExactColumn, currency: string, count: number): (LineMoney | undefined)[] {
  let byCurrency = LINE_MONEY.get(column);
  if (!byCurrency) LINE_MONEY.set(column, (byCurrency = new Map()));
  let cache = byCurrency.get(currency);
  if (!cache) byCurrency.set(currency, (cache = new Array<LineMoney | undefined>(count)));
  return cache;
}

/**
 * Lets a T column made from `from` by changing row `changed` (a what-if's price move) start with `from`'s
 * remembered line amounts for every other row: they are the same values.
 *
 * @example
 * shareLineMoney(columns.throughput, withNewPrice, 3);
 */
export function shareLineMoney(from: ExactColumn, to: ExactColumn, changed: number): void {
  const known = LINE_MONEY.get(from);
  if (!known || LINE_MONEY.has(to)) return;
  const copy = new Map<string, (LineMoney | undefined)[]>();
  for (const [currency, cache] of known) {
    const rows = cache.slice();
    rows[changed] = undefined;
    copy.set(currency, rows);
  }
  LINE_MONEY.set(to, copy);
}

function lineMoney(
  problem: MixProblem,
  cache: (LineMoney | undefined)[],
  p: number,
  quantity: number,
): { perUnit: Money; throughput: Money } {
  let entry = cache[p];
  if (!entry)
    cache[p] = entry = {
      perUnit: moneyOfExact(problem.throughput.exact(p), problem.model.currency),
      quantities: [],
      throughputs: [],
    };
  const at = entry.quantities.indexOf(quantity);
  if (at >= 0) return { perUnit: entry.perUnit, throughput: entry.throughputs[at]! };
  // perUnit × quantity, as `multiply` gives it; a small whole quantity's decimal without parsing its text.
  const factor =
    Number.isInteger(quantity) && quantity >= 0 && quantity < 1e7 ? new ExactDecimal(quantity) : toDecimal(quantity);
  const throughput = moneyOfExact(entry.perUnit.amount.times(factor), entry.perUnit.currency);
  if (entry.quantities.length >= 2) {
    entry.quantities.shift();
    entry.throughputs.shift();
  }
  entry.quantities.push(quantity);
  entry.throughputs.push(throughput);
  return { perUnit: entry.perUnit, throughput };
}

function toTimeUnit(minutes: number, unit: TimeUnit): number {
  return convertTime(minutes, "minute", unit);
}

// The smallest step a fractional product can still take; below it a resource counts as full.
const FRACTIONAL_STEP = toDecimal("1e-9");
const ONE = toDecimal(1);

function unsoldReasonOf(
  problem: MixProblem,
  p: number,
  quantity: number,
  spareMinutes: readonly ExactDecimal[],
  spareScaled: readonly number[],
): UnsoldReason {
  if (!hasPositiveThroughput(problem, p)) return { kind: "no-throughput" };
  const maximum = problem.maximumOf[p]!;
  const demand = Number.isNaN(problem.demandOf[p]!) ? 0 : problem.demandOf[p]!;
  if (quantity >= problem.upperOf[p]! && !Number.isNaN(maximum) && maximum < demand)
    return { kind: "political-maximum", maximum };
  // One more unit (or a sliver, for fractional products) must fit on every resource the product uses.
  const step = problem.wholeUnitFlags[p] === 1 ? ONE : FRACTIONAL_STEP;
  const m = problem.resourceCount;
  const full: string[] = [];
  const whole = problem.wholeUnitFlags[p] === 1;
  for (let r = 0; r < m; r++) {
    if (problem.minutesApproximate[p * m + r] === 0 && problem.minutesScaled[p * m + r] === 0) continue;
    const scaled = problem.minutesScaled[p * m + r]!;
    if (whole && !Number.isNaN(scaled) && !Number.isNaN(spareScaled[r]!)) {
      // spare < minutes × 1, both × timeScale: exact integers.
      if (scaled !== 0 && spareScaled[r]! < scaled) full.push(problem.resources[r]!.id);
      continue;
    }
    const minutes = problem.minutesExact(p, r);
    if (!minutes.isZero() && spareMinutes[r]!.lessThan(minutes.times(step))) full.push(problem.resources[r]!.id);
  }
  if (full.length > 0) return { kind: "resource", resourceIds: full };
  return { kind: "not-chosen" };
}
