import { ArgumentError } from "../errors";
import { add, multiply, round, subtract, sum, zero, type Money } from "../money/money";
import { addQuantities } from "../model/quantity";
import {
  TVC_KINDS,
  type BusinessModel,
  type OperatingExpenseItem,
  type Product,
  type Sale,
  type TvcComponent,
  type TvcKind,
} from "../model/types";

/** Which period to look at; absent means every period of the model together. */
export interface PeriodOptions {
  readonly period?: string;
}

/** Revenue, TVC and throughput of one product's sales in a period. */
export interface ProductThroughput {
  readonly productId: string;
  readonly productName: string;
  readonly quantity: number;
  readonly revenue: Money;
  readonly totallyVariableCost: Money;
  readonly throughput: Money;
}

/** Revenue, TVC and T of a period, in total and by product (in the order products appear in the model). */
export interface ThroughputSummary {
  readonly kind: "throughput-summary";
  readonly period: string | "all";
  readonly revenue: Money;
  readonly totallyVariableCost: Money;
  readonly throughput: Money;
  readonly byProduct: readonly ProductThroughput[];
}

// One TVC component of a sale line: a per-unit amount times the quantity, or a share of the line's
// revenue rounded to the minor unit (a tax or a bonus is rounded when it is paid, once per line).
function lineTvc(component: TvcComponent, quantity: number, revenue: Money): Money {
  return component.basis === "per-unit"
    ? multiply(component.amount, quantity)
    : round(multiply(revenue, component.rate));
}

/**
 * Revenue, TVC and T of one sale line, at the price actually charged. Per-unit TVC is multiplied by
 * the quantity; a TVC that is a share of the price (a tax on sales) is charged on the line's revenue
 * and rounded to the currency's minor unit, half up, as a tax or a bonus is when it is paid.
 *
 * @example
 * saleThroughput({ productId: "haircut", period: "month-1", quantity: 10 }, haircut);
 * // { revenue: 100 RUB, totallyVariableCost: 50 RUB, throughput: 50 RUB }
 */
export function saleThroughput(
  sale: Sale,
  product: Product,
): { revenue: Money; totallyVariableCost: Money; throughput: Money } {
  const price = sale.price ?? product.price;
  const revenue = multiply(price, sale.quantity);
  const totallyVariableCost = sum(
    product.tvc.map((component) => lineTvc(component, sale.quantity, revenue)),
    price.currency,
  );
  return { revenue, totallyVariableCost, throughput: subtract(revenue, totallyVariableCost) };
}

/**
 * Throughput of a period: the sum over every sale of (price − TVC) × quantity. TVC leaves as it occurs,
 * so only T is counted towards covering OE.
 *
 * @example
 * throughputOf(salon, { period: "month-1" }).throughput; // 50 RUB: 10 haircuts × T 5
 */
export function throughputOf(model: BusinessModel, options: PeriodOptions = {}): ThroughputSummary {
  const products = new Map(model.products.map((product) => [product.id, product]));
  const lines = new Map<string, { quantity: number; revenue: Money; totallyVariableCost: Money; throughput: Money }>();
  for (const sale of model.sales) {
    if (options.period !== undefined && sale.period !== options.period) continue;
    const product = products.get(sale.productId);
    if (product === undefined)
      throw new ArgumentError(
        "unknown_product",
        sale.productId,
        `sale of an unknown product: ${JSON.stringify(sale.productId)}`,
      );
    const line = saleThroughput(sale, product);
    const before = lines.get(product.id);
    lines.set(
      product.id,
      before === undefined
        ? { quantity: sale.quantity, ...line }
        : {
            quantity: addQuantities(before.quantity, sale.quantity),
            revenue: add(before.revenue, line.revenue),
            totallyVariableCost: add(before.totallyVariableCost, line.totallyVariableCost),
            throughput: add(before.throughput, line.throughput),
          },
    );
  }
  const byProduct = model.products
    .filter((product) => lines.has(product.id))
    .map((product) => ({ productId: product.id, productName: product.name, ...lines.get(product.id)! }));
  return {
    kind: "throughput-summary",
    period: options.period ?? "all",
    revenue: sum(
      byProduct.map((line) => line.revenue),
      model.currency,
    ),
    totallyVariableCost: sum(
      byProduct.map((line) => line.totallyVariableCost),
      model.currency,
    ),
    throughput: sum(
      byProduct.map((line) => line.throughput),
      model.currency,
    ),
    byProduct,
  };
}

/**
 * TVC of a period's sales split by kind (materials, piece rate, bonus, tax, other), with the same
 * per-line rounding of share-of-price components as {@link saleThroughput}, so the parts add up to the
 * period's TVC exactly.
 *
 * @example
 * const shop = loadModel("data/phone-shop");
 * tvcByKindOf(shop, { period: "month-1" });
 * // { materials: 15 RUB, "piece-rate": 0 RUB, "sales-bonus": 15 RUB, "sales-tax": 10 RUB, other: 0 RUB }
 */
export function tvcByKindOf(model: BusinessModel, options: PeriodOptions = {}): Readonly<Record<TvcKind, Money>> {
  const products = new Map(model.products.map((product) => [product.id, product]));
  const totals = Object.fromEntries(TVC_KINDS.map((kind) => [kind, zero(model.currency)])) as Record<TvcKind, Money>;
  for (const sale of model.sales) {
    if (options.period !== undefined && sale.period !== options.period) continue;
    const product = products.get(sale.productId);
    if (product === undefined)
      throw new ArgumentError(
        "unknown_product",
        sale.productId,
        `sale of an unknown product: ${JSON.stringify(sale.productId)}`,
      );
    const revenue = multiply(sale.price ?? product.price, sale.quantity);
    for (const component of product.tvc)
      totals[component.kind] = add(totals[component.kind], lineTvc(component, sale.quantity, revenue));
  }
  return totals;
}

/** OE of a period, in total and by category (in the order categories first appear). */
export interface OperatingExpenseSummary {
  readonly kind: "operating-expense-summary";
  readonly period: string | "all";
  readonly operatingExpense: Money;
  readonly byCategory: readonly { readonly category: string; readonly amount: Money }[];
  readonly items: readonly OperatingExpenseItem[];
}

/**
 * The periods a model speaks of, in the order they first appear in sales, then in OE items.
 *
 * @example
 * periodsOf(salon); // ["month-1", "month-2", "month-3"]
 */
export function periodsOf(model: BusinessModel): string[] {
  const periods = new Set<string>();
  for (const sale of model.sales) periods.add(sale.period);
  for (const item of model.operatingExpenses) if (item.period !== undefined) periods.add(item.period);
  return [...periods];
}

/**
 * Operating expense of a period: every item of that period plus every recurring item (one without a
 * period). Over all periods (no `period` given), a recurring item counts once per period of the model.
 *
 * @example
 * operatingExpenseOf(salon, { period: "month-2" }).operatingExpense; // 40 RUB
 */
export function operatingExpenseOf(model: BusinessModel, options: PeriodOptions = {}): OperatingExpenseSummary {
  const periodCount = Math.max(1, periodsOf(model).length);
  const counted: { item: OperatingExpenseItem; amount: Money }[] = [];
  for (const item of model.operatingExpenses) {
    if (options.period === undefined) {
      counted.push({ item, amount: item.period === undefined ? multiply(item.amount, periodCount) : item.amount });
    } else if (item.period === undefined || item.period === options.period) {
      counted.push({ item, amount: item.amount });
    }
  }
  const byCategory = new Map<string, Money>();
  for (const { item, amount } of counted)
    byCategory.set(item.category, add(byCategory.get(item.category) ?? zero(model.currency), amount));
  return {
    kind: "operating-expense-summary",
    period: options.period ?? "all",
    operatingExpense: sum(
      counted.map(({ amount }) => amount),
      model.currency,
    ),
    byCategory: [...byCategory].map(([category, amount]) => ({ category, amount })),
    items: counted.map(({ item }) => item),
  };
}

/**
 * Investment I: the money tied up in the business (the sum of the model's investments).
 *
 * @example
 * investmentOf(salon); // 1000 RUB
 */
export function investmentOf(model: BusinessModel): Money {
  return sum(
    model.investments.map((item) => item.amount),
    model.currency,
  );
}

/**
 * Net profit: NP = T − OE.
 *
 * @example
 * netProfit(money(50), money(100)); // -50 RUB: the month is 50 short
 */
export function netProfit(throughput: Money, operatingExpense: Money): Money {
  return subtract(throughput, operatingExpense);
}
