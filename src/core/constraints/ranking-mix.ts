import type { BusinessModel } from "../model/types";
import { fillInOrder } from "./fill";
import { planOf, type MixPlan } from "./plan";
import { mixProblemOf, type PoliticalOption } from "./problem";
import { rankingOrder, rankingResource } from "./ranking";

/** Options of {@link rankingMix}. */
export interface RankingMixOptions extends PoliticalOption {
  /** Rank by this resource instead of the CCR. */
  readonly resourceId?: string | undefined;
  /** The period whose OE the plan must cover (see `operatingExpenseForPlan`). */
  readonly period?: string | undefined;
}

/**
 * The second report, the "battle map": products in ranking order (T per unit of constraint time), each
 * up to its demand, while every resource — not only the CCR — has room; whole units where the product
 * says so. Political minimums are placed first and maximums cap sales (pass `political: false` for the
 * market alone). Lines carry the cumulative CCR load and, for unsold demand, the reason.
 *
 * With one constraint and fractional quantities this is optimal; with whole units or several
 * constraints it may not be: compare with `optimalMix`.
 *
 * @example
 * const plan = rankingMix(pq);
 * plan.lines.map((line) => [line.productId, line.quantity]); // [["P", 100], ["Q", 30]]
 * plan.netProfit;                                             // 300 USD
 */
export function rankingMix(model: BusinessModel, options: RankingMixOptions = {}): MixPlan {
  const political = options.political ?? true;
  const problem = mixProblemOf(model, { political });
  const { index } = rankingResource(problem, options.resourceId);
  const order = rankingOrder(problem, index);
  return planOf(problem, fillInOrder(problem, order), {
    method: "ranking",
    political,
    order,
    constraintIndex: index,
    period: options.period,
  });
}
