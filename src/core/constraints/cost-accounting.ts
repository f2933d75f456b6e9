import { toDecimal } from "../money/decimal";
import { money, subtract, zero, type Money } from "../money/money";
import type { BusinessModel } from "../model/types";
import { fillInOrder } from "./fill";
import { operatingExpenseForPlan } from "./operating-expense";
import { planOf, type MixPlan } from "./plan";
import { mixProblemOf, type PoliticalOption } from "./problem";
import { rankingOrder, rankingResource } from "./ranking";
import { MINUTES_PER_HOUR } from "./time";

/** Options of {@link costAccountingMix}. */
export interface CostAccountingOptions extends PoliticalOption {
  /**
   * `margin` (default): rank by T per unit, the "contribution margin" that ignores the constraint.
   * `absorption`: rank by T per unit minus OE absorbed at one rate per minute of any resource's time.
   */
  readonly method?: "margin" | "absorption" | undefined;
  /** The resource of the plan's cumulative-load column (default: the CCR). */
  readonly resourceId?: string | undefined;
  readonly period?: string | undefined;
}

/** How cost accounting values one product. */
export interface CostAccountingRow {
  /** 1 for the product cost accounting would push first. */
  readonly rank: number;
  readonly productId: string;
  readonly name: string;
  readonly throughputPerUnit: Money;
  /** OE charged to one unit (zero for the margin method). */
  readonly absorbedOperatingExpense: Money;
  /** T per unit − absorbed OE: the "product profit" cost accounting ranks by. */
  readonly margin: Money;
}

/** The plan cost accounting would choose, as in Goldratt's P&Q. */
export interface CostAccountingMix {
  readonly kind: "cost-accounting-mix";
  readonly method: "margin" | "absorption";
  /** OE per minute of resource time (absorption only): total OE ÷ total capacity minutes of every resource. */
  readonly overheadRatePerMinute: Money | undefined;
  readonly rows: readonly CostAccountingRow[];
  readonly plan: MixPlan;
}

/**
 * The product mix "cost world" would choose: products ordered by per-unit margin (or absorption-cost
 * profit), each filled up to demand while every resource has room — the same greedy as the ranking plan,
 * only ordered by margin instead of T per constraint time. In P&Q it sells Q first: 60 P + 50 Q, NP −300.
 *
 * @example
 * costAccountingMix(pq).plan.netProfit;                            // -300 USD
 * costAccountingMix(pq, { method: "absorption" }).rows[0].margin;  // 28.75 USD: Q, 60 − 50 min × 0.625
 */
export function costAccountingMix(model: BusinessModel, options: CostAccountingOptions = {}): CostAccountingMix {
  const method = options.method ?? "margin";
  const political = options.political ?? true;
  const problem = mixProblemOf(model, { political });
  const currency = model.currency;
  const operatingExpense = operatingExpenseForPlan(model, { period: options.period }) ?? zero(currency);
  const totalMinutes = problem.resources.reduce(
    (total, resource) => total.plus(resource.capacityMinutes),
    toDecimal(0),
  );
  const ratePerMinute =
    method === "absorption" && !totalMinutes.isZero() ? operatingExpense.amount.dividedBy(totalMinutes) : toDecimal(0);
  const valued = problem.products.map((product, index) => {
    const minutes = product.minutes.reduce((total, value) => total.plus(value), toDecimal(0));
    const absorbed = money(ratePerMinute.times(minutes), currency);
    return { index, product, absorbed, margin: subtract(product.throughputPerUnit, absorbed) };
  });
  // Higher margin first; then higher T per unit; then id (code units), so the order is deterministic.
  const order = [...valued]
    .sort(
      (a, b) =>
        b.margin.amount.comparedTo(a.margin.amount) ||
        b.product.throughputPerUnit.amount.comparedTo(a.product.throughputPerUnit.amount) ||
        (a.product.id < b.product.id ? -1 : a.product.id > b.product.id ? 1 : 0),
    )
    .map((entry) => entry.index);
  const { index: constraintIndex } = rankingResource(problem, options.resourceId);
  // Lines follow the throughput ranking, as in every plan, so plans can be read side by side.
  const plan = planOf(problem, fillInOrder(problem, order), {
    method,
    political,
    order: rankingOrder(problem, constraintIndex),
    constraintIndex,
    period: options.period,
  });
  return {
    kind: "cost-accounting-mix",
    method,
    overheadRatePerMinute: method === "absorption" ? money(ratePerMinute, currency) : undefined,
    rows: order.map((index, position) => ({
      rank: position + 1,
      productId: valued[index]!.product.id,
      name: valued[index]!.product.name,
      throughputPerUnit: valued[index]!.product.throughputPerUnit,
      absorbedOperatingExpense: valued[index]!.absorbed,
      margin: valued[index]!.margin,
    })),
    plan,
  };
}

/** One product's throughput accounting ratio. */
export interface TparRow {
  readonly productId: string;
  readonly name: string;
  /** Hours of the bottleneck one unit takes. */
  readonly constraintHoursPerUnit: number;
  /** T per unit ÷ bottleneck hours per unit; undefined when the product takes no bottleneck time. */
  readonly returnPerHour: Money | undefined;
  /** TPAR = return per hour ÷ cost per hour; above 1 the product earns more than the hour costs. */
  readonly ratio: number | undefined;
}

/** TPAR for every product, as taught for ACCA / CIMA exams. */
export interface TparReport {
  readonly kind: "tpar-report";
  readonly resource: { readonly resourceId: string; readonly name: string } | undefined;
  /** OE ÷ bottleneck hours available per period (undefined without OE or without a bottleneck). */
  readonly costPerHour: Money | undefined;
  /** In ranking order of the bottleneck. */
  readonly rows: readonly TparRow[];
}

/**
 * The throughput accounting ratio per product: return per bottleneck hour (T per unit ÷ bottleneck hours
 * per unit) ÷ cost per available bottleneck hour (OE ÷ bottleneck hours available). In P&Q (bottleneck B,
 * 40 h a week, OE 6000 → 150 an hour): P 45 / 0.25 h = 180 → TPAR 1.2; Q 60 / 0.5 h = 120 → 0.8.
 *
 * @example
 * throughputAccountingRatios(pq).rows.map((row) => [row.productId, row.ratio]); // [["P", 1.2], ["Q", 0.8]]
 */
export function throughputAccountingRatios(
  model: BusinessModel,
  options: { readonly resourceId?: string | undefined; readonly period?: string | undefined } = {},
): TparReport {
  const problem = mixProblemOf(model);
  const { index } = rankingResource(problem, options.resourceId);
  const resource = index === undefined ? undefined : problem.resources[index]!;
  const currency = model.currency;
  const operatingExpense = operatingExpenseForPlan(model, { period: options.period });
  const hoursAvailable = resource?.capacityMinutes.dividedBy(MINUTES_PER_HOUR);
  const costPerHour =
    operatingExpense && hoursAvailable && !hoursAvailable.isZero()
      ? money(operatingExpense.amount.dividedBy(hoursAvailable), currency)
      : undefined;
  const rows = rankingOrder(problem, index).map((p): TparRow => {
    const product = problem.products[p]!;
    const hours = index === undefined ? toDecimal(0) : product.minutes[index]!.dividedBy(MINUTES_PER_HOUR);
    const returnPerHour = hours.isZero()
      ? undefined
      : money(product.throughputPerUnit.amount.dividedBy(hours), currency);
    return {
      productId: product.id,
      name: product.name,
      constraintHoursPerUnit: hours.toNumber(),
      returnPerHour,
      ratio:
        returnPerHour && costPerHour && !costPerHour.amount.isZero()
          ? returnPerHour.amount.dividedBy(costPerHour.amount).toNumber()
          : undefined,
    };
  });
  return {
    kind: "tpar-report",
    resource: resource && { resourceId: resource.id, name: resource.name },
    costPerHour,
    rows,
  };
}
