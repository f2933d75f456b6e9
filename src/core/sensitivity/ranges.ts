import { toDecimal, type DecimalInput, type ExactDecimal } from "../money/decimal";
import { money, type Money } from "../money/money";
import type { BusinessModel, TimeUnit } from "../model/types";
import { mixModelData, mixSolver } from "../constraints/solver";
import { mixProblemOf, type MixProduct } from "../constraints/problem";
import { rankingOrder, rankingResource } from "../constraints/ranking";
import { convertTime, MINUTES_PER_HOUR } from "../constraints/time";
import { inputName, inputUnit, inputValue, withInput, type WhatIfInput } from "./inputs";
import { midpoint } from "./break-even";
import { outcomeAndPlanOf, outcomeOf, type OutcomeOptions } from "./outcome";

/** How far one input can move with today's plan keeping its shape (same CCR, same products sold in full, in part, not at all). */
export interface HoldRange {
  readonly name: string;
  readonly input: WhatIfInput;
  readonly current: string;
  /** The lowest value found at which the plan still has today's shape (within the tolerance). */
  readonly from: string;
  /** The highest such value, or undefined when nothing changed up to `searchedTo`. */
  readonly to: string | undefined;
  /** The highest value below `from` where the shape differs (undefined when it holds down to 0). */
  readonly changesBelow: string | undefined;
  /** The lowest value above `to` where the shape differs. */
  readonly changesAbove: string | undefined;
  readonly searchedTo: string;
  /** Found by bisection of re-planned models: never a formula. */
  readonly basis: "search";
}

/** Options of {@link holdRange}. */
export interface HoldRangeOptions extends OutcomeOptions {
  /** Bisection stops when the bracket is this narrow (default 1e-6; a kopeck for money inputs). */
  readonly tolerance?: DecimalInput;
}

const DOUBLINGS = 21;

/**
 * How far one input can move, down and up, before the ranking plan changes shape or the CCR moves: the
 * "allowable decrease and increase" of a sensitivity report, found by bisection on re-planned copies of
 * the model (so it holds for whole units and political limits too).
 *
 * @example
 * const r = holdRange(salon, { kind: "capacity", resourceId: "stylists" });
 * [r.from, r.to]; // the capacities between which the same services are sold in full, in part, not at all
 */
export function holdRange(model: BusinessModel, input: WhatIfInput, options: HoldRangeOptions = {}): HoldRange {
  const current = inputValue(model, input);
  const tolerance = toDecimal(options.tolerance ?? (inputUnit(model, input).kind === "money" ? "0.01" : "0.000001"));
  const signature = (value: ExactDecimal) => {
    const outcome = outcomeOf(withInput(model, input, value), options);
    return `${outcome.constraint ?? ""}|${outcome.planKey}`;
  };
  const today = signature(current);
  const step = current.isZero() ? toDecimal(1) : current.abs().dividedBy(16);
  // Upwards: double the distance until the shape changes, then bisect between the last same and the first different.
  let same = current;
  let different: ExactDecimal | undefined;
  for (let k = 0; k < DOUBLINGS && !different; k++) {
    const value = current.plus(step.times(2 ** k));
    if (signature(value) === today) same = value;
    else different = value;
  }
  const searchedTo = current.plus(step.times(2 ** (DOUBLINGS - 1)));
  const up = different ? bisect(same, different, today, signature, tolerance) : undefined;
  let sameDown = current;
  let differentDown: ExactDecimal | undefined;
  for (let k = 0; k < DOUBLINGS && !differentDown && !sameDown.isZero(); k++) {
    let value = current.minus(step.times(2 ** k));
    if (value.isNegative()) value = toDecimal(0);
    if (signature(value) === today) sameDown = value;
    else differentDown = value;
  }
  const down = differentDown ? bisect(sameDown, differentDown, today, signature, tolerance) : undefined;
  return {
    name: inputName(input),
    input,
    current: current.toString(),
    from: (down?.same ?? sameDown).toString(),
    to: up?.same.toString(),
    changesBelow: down?.different.toString(),
    changesAbove: up?.different.toString(),
    searchedTo: searchedTo.toString(),
    basis: "search",
  };
}

function bisect(
  same: ExactDecimal,
  different: ExactDecimal,
  today: string,
  signature: (value: ExactDecimal) => string,
  tolerance: ExactDecimal,
): { same: ExactDecimal; different: ExactDecimal } {
  while (different.minus(same).abs().greaterThan(tolerance)) {
    const middle = midpoint(same, different, tolerance);
    if (middle.equals(same) || middle.equals(different)) break;
    if (signature(middle) === today) same = middle;
    else different = middle;
  }
  return { same, different };
}

/** How far one product's T per unit (and so its price) can move before its place in the ranking changes. */
export interface ProductRange {
  readonly productId: string;
  readonly name: string;
  readonly rank: number;
  readonly throughputPerUnit: Money;
  /** T below which it drops under the next product (undefined: nothing below can pass it). */
  readonly throughputLower: Money | undefined;
  /** T above which it passes the product above it (undefined: nothing above it can be passed). */
  readonly throughputUpper: Money | undefined;
  /** The same limits as prices, other TVC unchanged (undefined when the TVC takes the whole price). */
  readonly priceLower: Money | undefined;
  readonly priceUpper: Money | undefined;
  /** Computed from the exact ratios of its neighbours. */
  readonly basis: "exact";
}

/** A resource's capacity range and what one more unit of its time is worth in the ranking plan. */
export interface CapacityRange extends HoldRange {
  readonly resourceId: string;
  readonly unit: TimeUnit;
  /**
   * T of one more unit of the resource's time in the ranking plan: T per unit of time of the first
   * product it holds back; 0 when it holds none back (in whole units, T moves by whole units in steps).
   */
  readonly valuePerUnit: Money;
}

/** The sensitivity report of the ranking plan: an Excel Solver user's report, for the battle map. */
export interface RankingSensitivity {
  readonly kind: "ranking-sensitivity";
  readonly model: string;
  /** The ranking resource (the CCR, or the busiest resource). */
  readonly resourceId: string | undefined;
  readonly netProfit: Money;
  readonly products: readonly ProductRange[];
  readonly resources: readonly CapacityRange[];
}

/**
 * The ranking plan's sensitivity report: for each product, the T (and price) range over which its place
 * in the ranking holds, computed exactly from its neighbours' T per unit of constraint time; for each
 * resource, the capacity range over which the plan keeps its shape (by search) and what one more unit
 * of its time earns.
 *
 * @example
 * const report = rankingSensitivity(pq);
 * report.products.map((p) => [p.productId, p.throughputLower, p.throughputUpper]); // [["P", 30 USD, undefined], ["Q", undefined, 90 USD]]
 * report.resources.find((r) => r.resourceId === "B")?.valuePerUnit;                // 2 USD a minute (Q)
 */
export function rankingSensitivity(model: BusinessModel, options: HoldRangeOptions = {}): RankingSensitivity {
  const problem = mixProblemOf(model, { political: options.political ?? true });
  const { index } = rankingResource(problem);
  const order = rankingOrder(problem, index);
  const currency = model.currency;
  const minutesOn = (product: MixProduct) => (index === undefined ? toDecimal(0) : product.minutes[index]!);
  const products = order.map((p, position): ProductRange => {
    const product = problem.products[p]!;
    const m = minutesOn(product);
    const above = position > 0 ? problem.products[order[position - 1]!]! : undefined;
    const below = position + 1 < order.length ? problem.products[order[position + 1]!]! : undefined;
    let upper: ExactDecimal | undefined;
    let lower: ExactDecimal | undefined;
    if (m.isZero()) {
      // Products without constraint time come first, ordered by T among themselves.
      if (above) upper = above.throughputPerUnit.amount;
      if (below && minutesOn(below).isZero()) lower = below.throughputPerUnit.amount;
    } else {
      if (above && !minutesOn(above).isZero())
        upper = above.throughputPerUnit.amount.dividedBy(minutesOn(above)).times(m);
      if (below) lower = below.throughputPerUnit.amount.dividedBy(minutesOn(below)).times(m);
    }
    return {
      productId: product.id,
      name: product.name,
      rank: position + 1,
      throughputPerUnit: product.throughputPerUnit,
      throughputLower: lower && money(lower, currency),
      throughputUpper: upper && money(upper, currency),
      priceLower: lower && priceFor(product, lower, currency),
      priceUpper: upper && priceFor(product, upper, currency),
      basis: "exact",
    };
  });
  const { outcome, plan } = outcomeAndPlanOf(model, options);
  const resources = problem.resources.map((resource, r): CapacityRange => {
    const held = plan.lines.find(
      (line) => line.unsoldReason?.kind === "resource" && line.unsoldReason.resourceIds.includes(resource.id),
    );
    const heldProduct = held && problem.products.find((product) => product.id === held.productId);
    const perMinute = heldProduct
      ? heldProduct.throughputPerUnit.amount.dividedBy(heldProduct.minutes[r]!)
      : toDecimal(0);
    const minutesPerUnit = convertTime(1, resource.resource.unit, "minute");
    return {
      ...holdRange(model, { kind: "capacity", resourceId: resource.id }, options),
      resourceId: resource.id,
      unit: resource.resource.unit,
      valuePerUnit: money(perMinute.times(minutesPerUnit), currency),
    };
  });
  return {
    kind: "ranking-sensitivity",
    model: model.name,
    resourceId: index === undefined ? undefined : problem.resources[index]!.id,
    netProfit: outcome.netProfit,
    products,
    resources,
  };
}

/** The price at which a product's T per unit would be `throughput`, its other TVC unchanged. */
function priceFor(
  product: MixProduct,
  throughput: ExactDecimal,
  currency: BusinessModel["currency"],
): Money | undefined {
  let fixed = toDecimal(0);
  let rate = toDecimal(0);
  for (const component of product.product.tvc)
    if (component.basis === "per-unit") fixed = fixed.plus(component.amount.amount);
    else rate = rate.plus(component.rate);
  const keep = toDecimal(1).minus(rate);
  if (!keep.isPositive() || keep.isZero()) return undefined;
  // T = p − F − p·s, so p = (T + F) ÷ (1 − s).
  return money(throughput.plus(fixed).dividedBy(keep), currency);
}

/** One product in the LP's sensitivity report. */
export interface LpProductRange {
  readonly productId: string;
  readonly name: string;
  /** Units in the continuous optimum (a float from the solver, rounded to 9 decimals). */
  readonly quantity: number;
  readonly throughputPerUnit: Money;
  /** The T per unit range over which the LP's optimal plan stays the same (HiGHS cost ranging). */
  readonly throughputLower: Money | undefined;
  readonly throughputUpper: Money | undefined;
}

/** One resource in the LP's sensitivity report. */
export interface LpResourceRange {
  readonly resourceId: string;
  readonly name: string;
  readonly unit: TimeUnit;
  readonly capacity: number;
  /** Extra T per extra unit of time (the dual value), valid between `capacityLower` and `capacityUpper`. */
  readonly shadowPrice: Money;
  readonly capacityLower: number | undefined;
  readonly capacityUpper: number | undefined;
}

/** The continuous (LP) optimum's sensitivity report, from HiGHS's ranging and duals. */
export interface OptimalSensitivity {
  readonly kind: "optimal-sensitivity";
  readonly model: string;
  readonly status: "optimal" | "not-optimal";
  /** The LP's T, from the solver's floats (6 decimals). */
  readonly throughput: Money | undefined;
  readonly products: readonly LpProductRange[];
  readonly resources: readonly LpResourceRange[];
  /** Solved as an LP (fractions allowed): whole-unit plans have no duals of their own. */
  readonly basis: "lp-ranging";
}

/**
 * The sensitivity report of the optimal mix's LP (every product in fractions), as Excel Solver's:
 * for each product, the range of its T per unit over which the optimal plan stays; for each resource,
 * its shadow price and the capacity range over which that price holds. From HiGHS's ranging; floats
 * become money at 6 decimals (they are the solver's, not the library's exact figures).
 *
 * @example
 * const report = await optimalSensitivity(pq);
 * report.resources.find((r) => r.resourceId === "B")?.shadowPrice; // 2 USD per minute
 */
export async function optimalSensitivity(
  model: BusinessModel,
  options: Pick<OutcomeOptions, "political"> = {},
): Promise<OptimalSensitivity> {
  const highs = await mixSolver();
  const problem = mixProblemOf(model, { political: options.political ?? true, wholeUnits: false });
  const data = mixModelData(highs, problem, false);
  const currency = model.currency;
  const fromFloat = (value: number | undefined) =>
    value === undefined || !Number.isFinite(value) || Math.abs(value) >= highs.infinity
      ? undefined
      : money(value.toFixed(6), currency);
  const finite = (value: number | undefined) =>
    value === undefined || !Number.isFinite(value) || Math.abs(value) >= highs.infinity ? undefined : value;
  return highs.withModel(data, (lp): OptimalSensitivity => {
    lp.options.set({ output_flag: false });
    const run = lp.run();
    const optimal = run.modelStatus === highs.constants.modelStatus.optimal;
    if (!optimal || problem.products.length === 0)
      return {
        kind: "optimal-sensitivity",
        model: model.name,
        status: optimal ? "optimal" : "not-optimal",
        throughput: undefined,
        products: [],
        resources: [],
        basis: "lp-ranging",
      };
    const solution = lp.getSolution();
    const ranging = lp.getRanging();
    const products = problem.products.map((product, p): LpProductRange => ({
      productId: product.id,
      name: product.name,
      quantity: Number((solution.colValue[p] ?? 0).toFixed(9)),
      throughputPerUnit: product.throughputPerUnit,
      throughputLower: fromFloat(ranging.colCostDown.value[p]),
      throughputUpper: fromFloat(ranging.colCostUp.value[p]),
    }));
    const resources = problem.resources.map((resource, r): LpResourceRange => {
      const unit = resource.resource.unit;
      const perMinute = Math.abs(solution.rowDual[r] ?? 0);
      const minutes = unit === "hour" ? MINUTES_PER_HOUR : 1;
      const toUnit = (value: number | undefined) => {
        const v = finite(value);
        return v === undefined ? undefined : Number(convertTime(Math.max(0, v), "minute", unit).toFixed(9));
      };
      const binding = perMinute * minutes >= 1e-9;
      // A resource with spare time keeps its zero price from what the plan uses up to any capacity;
      // HiGHS's bound ranging answers another question for such a (basic) row.
      const used = solution.rowValue[r] ?? 0;
      return {
        resourceId: resource.id,
        name: resource.name,
        unit,
        capacity: resource.resource.capacity,
        shadowPrice: money((binding ? perMinute * minutes : 0).toFixed(6), currency),
        capacityLower: binding ? toUnit(ranging.rowBoundDown.value[r]) : toUnit(used),
        capacityUpper: binding ? toUnit(ranging.rowBoundUp.value[r]) : undefined,
      };
    });
    return {
      kind: "optimal-sensitivity",
      model: model.name,
      status: "optimal",
      throughput: fromFloat(lp.getObjectiveValue()),
      products,
      resources,
      basis: "lp-ranging",
    };
  });
}
