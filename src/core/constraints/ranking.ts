import { ArgumentError } from "../errors";
import { toDecimal, type ExactDecimal } from "../money/decimal";
import { money, type Money } from "../money/money";
import type { BusinessModel, TimeUnit } from "../model/types";
import { tvcPerUnit } from "../throughput/unit";
import { findConstraintIn } from "./constraint";
import { mixProblemOf, type MixProblem, type MixProduct } from "./problem";
import { fromMinutes, minutesOf } from "./time";

/** The length of time a ratio "T per unit of constraint time" is expressed per: 1 hour, 6 minutes... */
export interface TimeSpan {
  readonly amount: number;
  readonly unit: TimeUnit;
}

/** Options of {@link rankProducts}. */
export interface RankingOptions {
  /** Rank by this resource instead of the one {@link findConstraint} picks. */
  readonly resourceId?: string;
  /** Express T per constraint time per this span (default: one unit of the resource's own unit). */
  readonly per?: TimeSpan;
}

/** Why the ranking uses the resource it uses. */
export type RankingBasis =
  /** The most overloaded resource at full demand: the CCR. */
  | "constraint"
  /** No resource is overloaded (the market is the constraint); the busiest resource is used. */
  | "busiest"
  /** The caller chose the resource. */
  | "chosen"
  /** The model has no resource in use: products are ranked by T per unit alone. */
  | "none";

/** One product's line in the ranking report. */
export interface RankingRow {
  /** 1 for the best product. */
  readonly rank: number;
  readonly productId: string;
  readonly name: string;
  readonly price: Money;
  readonly tvcPerUnit: Money;
  readonly throughputPerUnit: Money;
  /** Constraint time one unit takes, in the ranking resource's unit (0 when it uses none). */
  readonly constraintTimePerUnit: number;
  /** T per `Ranking.per` of constraint time; undefined when the product takes no constraint time (unbounded). */
  readonly throughputPerConstraintTime: Money | undefined;
  /** The market's demand, if forecast. */
  readonly demand: number | undefined;
}

/** The first report of TOC management accounting: products sorted by T per unit of constraint time. */
export interface Ranking {
  readonly kind: "ranking";
  readonly resource: { readonly resourceId: string; readonly name: string; readonly unit: TimeUnit } | undefined;
  readonly basis: RankingBasis;
  /** What `throughputPerConstraintTime` is per. */
  readonly per: TimeSpan;
  readonly rows: readonly RankingRow[];
}

/** A product's place key on one resource: T per minute (undefined when it takes none of that resource). */
interface RankKey {
  readonly index: number;
  readonly throughput: ExactDecimal;
  /** T per minute as a float, for a fast first comparison. */
  readonly approximate: number;
  /** Whether the product takes no time of the ranking resource (its ratio is unbounded). */
  readonly unbounded: boolean;
  readonly minutes: ExactDecimal | undefined;
}

// Inputs rounded to doubles err by ~1e-16 each, so floats that differ by more than this relative amount
// are ordered as the exact ratios are; closer ones are compared exactly.
const NEAR_TIE = 1e-12;

/**
 * The ranking's order, as a comparator. Documented tie-break, deterministic whatever the input order:
 * 1. products that take no constraint time come first (their ratio is unbounded);
 * 2. then higher T per unit of constraint time (compared exactly);
 * 3. on equal ratios, higher T per unit (it earns more from the same demand);
 * 4. then the product id, by code units (locale-independent).
 */
function compareKeys(a: RankKey, b: RankKey, products: readonly MixProduct[]): number {
  if (a.unbounded !== b.unbounded) return a.unbounded ? -1 : 1;
  if (!a.unbounded) {
    const difference = b.approximate - a.approximate;
    if (Math.abs(difference) > NEAR_TIE * Math.max(Math.abs(a.approximate), Math.abs(b.approximate))) return difference > 0 ? 1 : -1;
    // T_b / m_b against T_a / m_a, exactly: T_b × m_a against T_a × m_b (minutes are positive).
    const byRatio = b.throughput.times(a.minutes!).comparedTo(a.throughput.times(b.minutes!));
    if (byRatio !== 0) return byRatio;
  }
  const byThroughput = b.throughput.comparedTo(a.throughput);
  if (byThroughput !== 0) return byThroughput;
  const idA = products[a.index]!.id;
  const idB = products[b.index]!.id;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/**
 * Product indices of a mix problem in ranking order on resource `resourceIndex` (or by T per unit alone
 * when undefined). Used by the report and by the ranking plan.
 *
 * @example
 * rankingOrder(mixProblemOf(pq), 1); // [0, 1]: P (3 a B-minute) before Q (2)
 */
export function rankingOrder(problem: MixProblem, resourceIndex: number | undefined): number[] {
  const keys: RankKey[] = problem.products.map((product, index) => {
    const minutes = resourceIndex === undefined ? undefined : product.minutes[resourceIndex]!;
    const unbounded = minutes === undefined || minutes.isZero();
    const throughput = product.throughputPerUnit.amount;
    return {
      index,
      throughput,
      approximate: unbounded ? 0 : throughput.toNumber() / product.minuteNumbers[resourceIndex!]!,
      unbounded,
      minutes,
    };
  });
  // Without a ranking resource every ratio is "unbounded", so rule 3 (T per unit) decides.
  return keys.sort((a, b) => compareKeys(a, b, problem.products)).map((key) => key.index);
}

/**
 * The resource a ranking uses, and why: the one asked for, else the CCR, else the busiest resource.
 *
 * @example
 * rankingResource(mixProblemOf(pq));        // { index: 1, basis: "constraint" } (B)
 * rankingResource(mixProblemOf(pq), "Z");   // throws ArgumentError unknown_resource: no resource "Z" in the model (it has: A, B, C, D)
 */
export function rankingResource(
  problem: MixProblem,
  resourceId?: string,
): { index: number | undefined; basis: RankingBasis } {
  if (resourceId !== undefined) {
    const index = problem.resources.findIndex((resource) => resource.id === resourceId);
    if (index < 0) throw new ArgumentError("unknown_resource", resourceId, `no resource "${resourceId}" in the model (it has: ${problem.resources.map((r) => r.id).join(", ") || "none"})`);
    return { index, basis: "chosen" };
  }
  const finding = findConstraintIn(problem);
  const load = finding.kind === "resource-constraint" ? finding.constraint : finding.busiest;
  if (!load) return { index: undefined, basis: "none" };
  return {
    index: problem.resources.findIndex((resource) => resource.id === load.resourceId),
    basis: finding.kind === "resource-constraint" ? "constraint" : "busiest",
  };
}

/**
 * The ranking report: every product's T per unit of constraint time, best first. The constraint is the
 * CCR (the most overloaded resource); when no resource is overloaded the busiest one is used and
 * `basis` says so. Order and tie-break: see {@link rankingOrder} — products without constraint time first,
 * then T per constraint time, then T per unit, then id.
 *
 * @example
 * const ranking = rankProducts(salon, { per: { amount: 6, unit: "minute" } });
 * ranking.rows.map((row) => [row.productId, row.throughputPerConstraintTime?.amount.toFixed(2)]);
 * // [["dye", undefined], ["lady-classic", "17.00"], ..., ["gold-star", "13.93"], ...]
 */
export function rankProducts(model: BusinessModel, options: RankingOptions = {}): Ranking {
  const problem = mixProblemOf(model);
  const { index, basis } = rankingResource(problem, options.resourceId);
  const resource = index === undefined ? undefined : problem.resources[index]!;
  const unit = resource?.resource.unit ?? "hour";
  const per = options.per ?? { amount: 1, unit };
  if (!(per.amount > 0)) throw new ArgumentError("out_of_range", per.amount, `"per" must be a positive time span, got ${per.amount}`);
  const perMinutes = minutesOf(per.amount, per.unit);
  const rows = rankingOrder(problem, index).map((productIndex, position): RankingRow => {
    const product = problem.products[productIndex]!;
    const minutes = index === undefined ? toDecimal(0) : product.minutes[index]!;
    const t = product.throughputPerUnit;
    return {
      rank: position + 1,
      productId: product.id,
      name: product.name,
      price: product.product.price,
      tvcPerUnit: tvcPerUnit(product.product),
      throughputPerUnit: t,
      constraintTimePerUnit: fromMinutes(minutes, unit).toNumber(),
      throughputPerConstraintTime: minutes.isZero()
        ? undefined
        : money(t.amount.dividedBy(minutes).times(perMinutes), t.currency),
      demand: product.demand,
    };
  });
  return {
    kind: "ranking",
    resource: resource && { resourceId: resource.id, name: resource.name, unit },
    basis,
    per,
    rows,
  };
}
