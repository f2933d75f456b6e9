import type { PoliticalChange, PoliticalComparison } from "./political-mix";
import type { Ranking, RankingRow } from "./ranking";

/** A ranking row whose product takes time of the ranking resource, so its T per constraint time is a number. */
export type RankedOnConstraint = RankingRow & {
  readonly throughputPerConstraintTime: NonNullable<RankingRow["throughputPerConstraintTime"]>;
};

function onConstraint(ranking: Ranking): RankedOnConstraint[] {
  return ranking.rows.filter((row): row is RankedOnConstraint => row.throughputPerConstraintTime !== undefined);
}

/**
 * The product that earns most per unit of the constraint's time, among those that take any (products
 * that take none rank first but tell nothing about the constraint). Undefined when no product uses it.
 *
 * @example
 * bestOnConstraint(rankProducts(salon))?.productId; // "lady-classic"
 */
export function bestOnConstraint(ranking: Ranking): RankedOnConstraint | undefined {
  return onConstraint(ranking)[0];
}

/**
 * The product that earns least per unit of the constraint's time (the first to give way when time runs
 * short). Undefined when no product uses the constraint.
 *
 * @example
 * worstOnConstraint(rankProducts(salon))?.productId; // "haircut"
 */
export function worstOnConstraint(ranking: Ranking): RankedOnConstraint | undefined {
  const rows = onConstraint(ranking);
  return rows[rows.length - 1];
}

/**
 * The product with the largest T per unit (the one cost accounting would push), ties to the better rank.
 *
 * @example
 * largestThroughputPerUnit(rankProducts(salon))?.productId; // "gold-star"
 */
export function largestThroughputPerUnit(ranking: Ranking): RankingRow | undefined {
  return ranking.rows.reduce<RankingRow | undefined>(
    (best, row) =>
      best === undefined || row.throughputPerUnit.amount.greaterThan(best.throughputPerUnit.amount) ? row : best,
    undefined,
  );
}

/**
 * The first product that gives way to the political limits (in plan order), or undefined when none does.
 *
 * @example
 * const busy = withPoliticalMinimum(withDemandScaled(salon, 1.3), "blow-dry", 30).model; // keep 30 blow-dries
 * firstDisplaced(politicalMix(busy))?.name; // "Men's Classic"
 */
export function firstDisplaced(comparison: PoliticalComparison): PoliticalChange | undefined {
  return comparison.displaced[0];
}
