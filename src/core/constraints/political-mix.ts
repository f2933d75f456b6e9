import { multiply, subtract, type Money } from "../money/money";
import { subtractQuantities } from "../model/quantity";
import type { BusinessModel } from "../model/types";
import type { MixPlan } from "./plan";
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
 * const result = await optimalMix(model), free = await optimalMix(model, { political: false });
 * if (result.kind === "optimal-mix" && free.kind === "optimal-mix") comparePolitical(result.plan, free.plan).netProfitLost;
 */
export function comparePolitical(political: MixPlan, best: MixPlan): PoliticalComparison {
  const bestById = new Map(best.lines.map((line) => [line.productId, line]));
  const changes = political.lines.flatMap((line): PoliticalChange[] => {
    const bestQuantity = bestById.get(line.productId)?.quantity ?? 0;
    const change = subtractQuantities(line.quantity, bestQuantity);
    if (change === 0) return [];
    const kind = change > 0 ? "forced" : line.maximum !== undefined && line.quantity >= line.maximum ? "capped" : "displaced";
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

/**
 * The political mix by the ranking method: the model's minimum and maximum per product applied, against
 * the ranking plan for the market alone; the NP lost and the products displaced.
 *
 * @example
 * const result = politicalMix(salon);
 * result.netProfitLost;                         // what keeping the market position costs per month
 * result.displaced.map((d) => [d.productId, d.change]);
 */
export function politicalMix(model: BusinessModel, options: Omit<RankingMixOptions, "political"> = {}): PoliticalComparison {
  return comparePolitical(rankingMix(model, { ...options, political: true }), rankingMix(model, { ...options, political: false }));
}
