import { multiply, subtract, type Money } from "../money/money";
import { subtractQuantities } from "../model/quantity";
import type { BusinessModel } from "../model/types";
import { lineThroughput, planSource, type MixPlan } from "./plan";
import { rankingMix, type RankingMixOptions } from "./ranking-mix";

/** How a political limit moved one product against the best plan. */
export interface PoliticalChange {
  readonly productId: string;
  readonly name: string;
  /** Units in the best plan (market demand only). */
  readonly best: number;
  /** Units in the political plan. */
  readonly political: number;
  /** political − best: negative for a displaced product, positive for one kept on purpose. */
  readonly change: number;
  /** T gained (positive) or lost (negative) on this product. */
  readonly throughputChange: Money;
  /**
   * `displaced`: lost units to make room for a political minimum; `forced`: sold above what the best plan
   * sells, by a minimum; `capped`: held below the best plan by a political maximum.
   */
  readonly kind: "displaced" | "forced" | "capped";
}

/** A political plan against the best plan for the market alone, and what the difference costs. */
export interface PoliticalComparison {
  readonly kind: "political-comparison";
  readonly political: MixPlan;
  readonly best: MixPlan;
  /** T of the best plan − T of the political one (OE is the same, so it is also the NP lost). */
  readonly throughputLost: Money;
  /** NP lost per period: best NP − political NP (undefined when the model has no OE). */
  readonly netProfitLost: Money | undefined;
  /** Every product whose quantity differs, in the political plan's line order. */
  readonly changes: readonly PoliticalChange[];
  /** The changes of kind `displaced`: the products that gave way. */
  readonly displaced: readonly PoliticalChange[];
}

/**
 * Compares a plan made under political limits with the best plan without them (made by the same method),
 * product by product. Works for ranking plans and for optimal plans alike.
 *
 * @example
 * const busy = withPoliticalMinimum(withDemandScaled(salon, 1.3), "blow-dry", 30).model; // keep 30 blow-dries
 * const political = await optimalMix(busy), free = await optimalMix(busy, { political: false });
 * if (political.kind === "optimal-mix" && free.kind === "optimal-mix")
 *   comparePolitical(political.plan, free.plan).netProfitLost; // 720 RUB
 */
export function comparePolitical(political: MixPlan, best: MixPlan): PoliticalComparison {
  const changes = changesFromSources(political, best) ?? changesFromLines(political, best);
  return {
    kind: "political-comparison",
    political,
    best,
    throughputLost: subtract(best.throughput, political.throughput),
    netProfitLost: best.netProfit && political.netProfit && subtract(best.netProfit, political.netProfit),
    changes,
    displaced: changes.filter((change) => change.kind === "displaced"),
  };
}

// Two plans of the same products (the usual case: both made here from one model's columns) compare by
// their quantities, without building their lines (a decimal or two per line of a large plan); the
// changes are the same values `changesFromLines` reads off the lines.
function changesFromSources(political: MixPlan, best: MixPlan): PoliticalChange[] | undefined {
  const a = planSource(political);
  const b = planSource(best);
  // Lines list every product (a ranking's order does) in both plans, so no product is missing from either.
  if (!a || !b || a.problem.columns.productIds !== b.problem.columns.productIds) return undefined;
  if (a.order.length !== a.problem.productCount || b.order.length !== b.problem.productCount) return undefined;
  const problem = a.problem;
  const ids = problem.columns.productIds;
  const products = problem.model.products;
  const changes: PoliticalChange[] = [];
  for (const p of a.order) {
    const quantity = a.quantities[p] ?? 0;
    const bestQuantity = b.quantities[p] ?? 0;
    const change = subtractQuantities(quantity, bestQuantity);
    if (change === 0) continue;
    const maximum = problem.maximumOf[p]!;
    const kind = change > 0 ? "forced" : !Number.isNaN(maximum) && quantity >= maximum ? "capped" : "displaced";
    changes.push({
      productId: ids[p]!,
      name: products[p]!.name,
      best: bestQuantity,
      political: quantity,
      change,
      throughputChange: multiply(lineThroughput(problem, p, quantity).perUnit, change),
      kind,
    });
  }
  return changes;
}

function changesFromLines(political: MixPlan, best: MixPlan): PoliticalChange[] {
  const bestById = new Map(best.lines.map((line) => [line.productId, line]));
  return political.lines.flatMap((line): PoliticalChange[] => {
    const bestQuantity = bestById.get(line.productId)?.quantity ?? 0;
    const change = subtractQuantities(line.quantity, bestQuantity);
    if (change === 0) return [];
    const kind =
      change > 0 ? "forced" : line.maximum !== undefined && line.quantity >= line.maximum ? "capped" : "displaced";
    return [
      {
        productId: line.productId,
        name: line.name,
        best: bestQuantity,
        political: line.quantity,
        change,
        throughputChange: multiply(line.throughputPerUnit, change),
        kind,
      },
    ];
  });
}

/**
 * The political mix by the ranking method: the model's minimum and maximum per product applied, against
 * the ranking plan for the market alone; the NP lost and the products displaced.
 *
 * @example
 * const busy = withPoliticalMinimum(withDemandScaled(salon, 1.3), "blow-dry", 30).model; // keep 30 blow-dries
 * const result = politicalMix(busy);
 * result.netProfitLost; // 720 RUB: what keeping the market position costs a month
 * result.displaced.map((d) => [d.productId, d.change]);
 */
export function politicalMix(
  model: BusinessModel,
  options: Omit<RankingMixOptions, "political"> = {},
): PoliticalComparison {
  return comparePolitical(
    rankingMix(model, { ...options, political: true }),
    rankingMix(model, { ...options, political: false }),
  );
}
