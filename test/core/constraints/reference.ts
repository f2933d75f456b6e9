/**
 * A plain exact reference of the ranking plan, kept in the tests: every number a decimal, every rule
 * written out once, nothing fast. The engine (typed arrays, scaled integers) must give the same plan.
 */
import { ExactDecimal, toDecimal } from "../../../src/core/money/decimal";
import { throughputPerUnit } from "../../../src/core/throughput/unit";
import type { BusinessModel } from "../../../src/core/model/types";

export interface ReferencePlan {
  readonly constraintId: string | undefined;
  /** Units per product id. */
  readonly quantities: Map<string, string>;
  readonly throughput: string;
}

const minutes = (value: number, unit: "minute" | "hour") =>
  unit === "hour" ? toDecimal(value).times(60) : toDecimal(value);

export function referenceRankingMix(model: BusinessModel, political = true): ReferencePlan {
  const products = model.products;
  const t = products.map((product) => throughputPerUnit(product).amount);
  const time = products.map((product) =>
    model.resources.map((resource) => {
      const row = model.usages.find((usage) => usage.productId === product.id && usage.resourceId === resource.id);
      return row ? minutes(row.timePerUnit, row.unit) : toDecimal(0);
    }),
  );
  const capacity = model.resources.map((resource) => minutes(resource.capacity, resource.unit));
  const demandRow = products.map((product) => model.demand.find((row) => row.productId === product.id));
  const whole = products.map((product) => product.wholeUnits !== false);

  // The ranking resource: the most overloaded at full market demand, else the busiest one used at all.
  const used = model.resources.map((_, r) =>
    products.reduce((total, _product, p) => total.plus(time[p]![r]!.times(demandRow[p]?.quantity ?? 0)), toDecimal(0)),
  );
  const share = (r: number) =>
    capacity[r]!.isZero() ? (used[r]!.isZero() ? 0 : Infinity) : used[r]!.dividedBy(capacity[r]!).toNumber();
  let ccr: number | undefined;
  for (let r = 0; r < capacity.length; r++)
    if (used[r]!.greaterThan(capacity[r]!) && (ccr === undefined || share(r) > share(ccr))) ccr = r;
  if (ccr === undefined)
    for (let r = 0; r < capacity.length; r++)
      if (!used[r]!.isZero() && (ccr === undefined || share(r) > share(ccr))) ccr = r;

  const order = products
    .map((_, p) => p)
    .sort((a, b) => {
      const unboundedA = ccr === undefined || time[a]![ccr]!.isZero();
      const unboundedB = ccr === undefined || time[b]![ccr]!.isZero();
      if (unboundedA !== unboundedB) return unboundedA ? -1 : 1;
      if (!unboundedA) {
        const byRatio = t[b]!.dividedBy(time[b]![ccr!]!).comparedTo(t[a]!.dividedBy(time[a]![ccr!]!));
        if (byRatio !== 0) return byRatio;
      }
      const byT = t[b]!.comparedTo(t[a]!);
      if (byT !== 0) return byT;
      return products[a]!.id < products[b]!.id ? -1 : 1;
    });

  const minimum = products.map((_, p) => {
    const value = political ? (demandRow[p]?.minimum ?? 0) : 0;
    return toDecimal(whole[p] ? Math.ceil(value) : value);
  });
  const upper = products.map((_, p) => {
    const row = demandRow[p];
    if (!row) return minimum[p]!;
    let limit = toDecimal(row.quantity);
    if (political && row.maximum !== undefined && toDecimal(row.maximum).lessThan(limit))
      limit = toDecimal(row.maximum);
    if (whole[p]) limit = limit.floor();
    return ExactDecimal.max(limit, minimum[p]!);
  });
  const quantity = [...minimum];
  const remaining = capacity.map((c, r) =>
    products.reduce((left, _product, p) => left.minus(time[p]![r]!.times(quantity[p]!)), c),
  );
  for (const p of order) {
    if (!t[p]!.greaterThan(0)) continue;
    let room = upper[p]!.minus(quantity[p]!);
    let capacityBound = false;
    remaining.forEach((left, r) => {
      if (time[p]![r]!.isZero()) return;
      const fits = left.dividedBy(time[p]![r]!);
      if (fits.lessThan(room)) {
        room = fits;
        capacityBound = true;
      }
    });
    // Whole units, or hundredths of a unit when a capacity limits the product (rounded down).
    let planned =
      capacityBound || whole[p]
        ? quantity[p]!.plus(room).toDecimalPlaces(whole[p] ? 0 : 2, ExactDecimal.ROUND_DOWN)
        : upper[p]!;
    if (planned.isNegative()) planned = toDecimal(0);
    const extra = planned.minus(quantity[p]!);
    if (!extra.greaterThan(0)) continue;
    quantity[p] = planned;
    remaining.forEach((left, r) => (remaining[r] = left.minus(time[p]![r]!.times(extra))));
  }
  return {
    constraintId: ccr === undefined ? undefined : model.resources[ccr]!.id,
    quantities: new Map(products.map((product, p) => [product.id, quantity[p]!.toString()])),
    throughput: products.reduce((total, _product, p) => total.plus(t[p]!.times(quantity[p]!)), toDecimal(0)).toString(),
  };
}
