import { ArgumentError } from "../errors";
import { toDecimal } from "../money/decimal";
import { money, type Money } from "../money/money";
import type { BusinessModel, TimeUnit } from "../model/types";
import { tvcPerUnit } from "../throughput/unit";
import { findConstraintIn } from "./constraint";
import { mixProblemOf, type MixProblem } from "./problem";
import { fromMinutes, minutesOf } from "./time";

/** The length of time a ratio "T per unit of constraint time" is expressed per: 1 hour, 6 minutes... */
export interface TimeSpan {
  readonly amount: number;
  readonly unit: TimeUnit;
}

/** Options of {@link rankProducts}. */
export interface RankingOptions {
  /** Rank by this resource instead of the one {@link findConstraint} picks. */
  readonly resourceId?: string | undefined;
  /** Express T per constraint time per this span (default: one unit of the resource's own unit). */
  readonly per?: TimeSpan | undefined;
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

// Inputs rounded to doubles err by ~1e-16 each, so floats that differ by more than this relative amount
// are ordered as the exact ratios are; closer ones are compared exactly.
const NEAR_TIE = 1e-12;

/**
 * Product indices of a mix problem in ranking order on resource `resourceIndex` (or by T per unit alone
 * when undefined). Used by the report and by the ranking plan. Documented tie-break, deterministic
 * whatever the input order:
 * 1. products that take no constraint time come first (their ratio is unbounded);
 * 2. then higher T per unit of constraint time (compared exactly);
 * 3. on equal ratios, higher T per unit (it earns more from the same demand);
 * 4. then the product id, by code units (locale-independent).
 *
 * @example
 * rankingOrder(mixProblemOf(pq), 1); // [0, 1]: P (3 a B-minute) before Q (2)
 */
export function rankingOrder(problem: MixProblem, resourceIndex: number | undefined): number[] {
  const n = problem.productCount;
  const m = problem.resourceCount;
  const t = problem.throughput;
  const ids = problem.columns.productIds;
  // Per product: unbounded (no time on the resource) and T per minute as a double, for a fast first pass.
  const unbounded = new Uint8Array(n);
  const ratio = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const minutes = resourceIndex === undefined ? 0 : problem.minutesApproximate[p * m + resourceIndex]!;
    if (minutes === 0 && (resourceIndex === undefined || problem.minutesExact(p, resourceIndex).isZero()))
      unbounded[p] = 1;
    else ratio[p] = t.approximate[p]! / minutes;
  }
  const exactRatioOrder = (a: number, b: number): number => {
    // T_b / m_b against T_a / m_a, exactly: T_b × m_a against T_a × m_b (minutes are positive).
    const r = resourceIndex!;
    const ta = t.scaled[a]!,
      tb = t.scaled[b]!;
    const ma = problem.minutesScaled[a * m + r]!,
      mb = problem.minutesScaled[b * m + r]!;
    if (!Number.isNaN(ta) && !Number.isNaN(tb) && !Number.isNaN(ma) && !Number.isNaN(mb)) {
      // Products of safe integers that stay safe are exact as doubles (a larger one rounds above 2^53 - 1).
      const small = tb * ma,
        smallRight = ta * mb;
      if (Number.isSafeInteger(small) && Number.isSafeInteger(smallRight))
        return small > smallRight ? 1 : small < smallRight ? -1 : 0;
      const left = BigInt(tb) * BigInt(ma),
        right = BigInt(ta) * BigInt(mb);
      return left > right ? 1 : left < right ? -1 : 0;
    }
    return t
      .exact(b)
      .times(problem.minutesExact(a, r))
      .comparedTo(t.exact(a).times(problem.minutesExact(b, r)));
  };
  const compare = (a: number, b: number): number => {
    if (unbounded[a] !== unbounded[b]) return unbounded[a] ? -1 : 1;
    if (!unbounded[a]) {
      const ra = ratio[a]!,
        rb = ratio[b]!;
      const difference = rb - ra;
      if (Math.abs(difference) > NEAR_TIE * Math.max(Math.abs(ra), Math.abs(rb))) return difference > 0 ? 1 : -1;
      const byRatio = exactRatioOrder(a, b);
      if (byRatio !== 0) return byRatio;
    }
    const ta = t.scaled[a]!,
      tb = t.scaled[b]!;
    const byThroughput =
      !Number.isNaN(ta) && !Number.isNaN(tb) ? Math.sign(tb - ta) : t.exact(b).comparedTo(t.exact(a));
    if (byThroughput !== 0) return byThroughput;
    const idA = ids[a]!,
      idB = ids[b]!;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
  // Without a ranking resource every ratio is "unbounded", so rule 3 (T per unit) decides.
  if (n < RADIX_FROM || !LITTLE_ENDIAN) {
    const order = Array.from({ length: n }, (_, p) => p);
    return order.sort(compare);
  }
  // A large problem: every product sorted by a double key with a radix sort (no comparator call per pair;
  // stable, so equal keys keep the products' order), the unbounded ones (by T) moved before the others (by
  // T per constraint minute), then every run of near-equal keys checked, and if need be put in order, by
  // `compare`. The order is the same: keys further apart than NEAR_TIE are ordered as the exact values are.
  const key = new Float64Array(n);
  let unboundedCount = 0;
  for (let p = 0; p < n; p++) {
    if (unbounded[p]) unboundedCount++;
    key[p] = unbounded[p] ? -t.approximate[p]! : -ratio[p]!;
    if (Number.isNaN(key[p]!)) return Array.from({ length: n }, (_, q) => q).sort(compare);
  }
  const byKey = radixSortByKey(key);
  const sorted = new Int32Array(n);
  for (let i = 0, u = 0, b = unboundedCount; i < n; i++) {
    const p = byKey[i]!;
    if (unbounded[p]) sorted[u++] = p;
    else sorted[b++] = p;
  }
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && i !== unboundedCount) {
      const a = key[sorted[i - 1]!]!;
      const b = key[sorted[i]!]!;
      if (Math.abs(b - a) <= NEAR_TIE * Math.max(Math.abs(a), Math.abs(b))) continue;
    }
    if (i - start > 1) {
      let inOrder = true;
      for (let k = start + 1; k < i && inOrder; k++) if (compare(sorted[k - 1]!, sorted[k]!) > 0) inOrder = false;
      if (!inOrder) sorted.set(Array.from(sorted.subarray(start, i)).sort(compare), start);
    }
    start = i;
  }
  return Array.from(sorted);
}

// Below this many products the comparator sort is as fast; the radix sort reads doubles' bytes in order.
const RADIX_FROM = 2_000;
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * The indices of `key` sorted by ascending `key` (no NaN): an LSD radix sort over the doubles' bits made
 * order-preserving (negative numbers' bits flipped, positive numbers' sign bit set), 16 bits a pass,
 * stable. -0 sorts just before 0.
 */
function radixSortByKey(key: Float64Array): Int32Array {
  const n = key.length;
  const words = new Uint32Array(key.buffer, key.byteOffset, 2 * n);
  let low = new Uint32Array(n);
  let high = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1]!;
    const l = words[2 * i]!;
    const negative = (h & 0x80000000) !== 0;
    high[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    low[i] = negative ? ~l >>> 0 : l;
  }
  let items = new Int32Array(n);
  for (let i = 0; i < n; i++) items[i] = i;
  let nextItems = new Int32Array(n);
  let nextLow = new Uint32Array(n);
  let nextHigh = new Uint32Array(n);
  const counts = new Int32Array(65_536);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? low : high;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(source[i]! >>> shift) & 0xffff]!++;
    // A pass where every item has the same digit moves nothing.
    if (counts[(source[0]! >>> shift) & 0xffff] === n) continue;
    let total = 0;
    for (let d = 0; d < 65_536; d++) {
      const c = counts[d]!;
      counts[d] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[(source[i]! >>> shift) & 0xffff]!++;
      nextItems[at] = items[i]!;
      nextLow[at] = low[i]!;
      nextHigh[at] = high[i]!;
    }
    [items, nextItems] = [nextItems, items];
    [low, nextLow] = [nextLow, low];
    [high, nextHigh] = [nextHigh, high];
  }
  return items;
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
    if (index < 0)
      throw new ArgumentError(
        "unknown_resource",
        resourceId,
        `no resource "${resourceId}" in the model (it has: ${problem.resources.map((r) => r.id).join(", ") || "none"})`,
      );
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
 * // [["hair-dye-retail", undefined], ["lady-classic", "17.00"], ..., ["gold-star", "13.93"], ..., ["haircut", "1.00"]]
 */
export function rankProducts(model: BusinessModel, options: RankingOptions = {}): Ranking {
  const problem = mixProblemOf(model);
  const { index, basis } = rankingResource(problem, options.resourceId);
  const resource = index === undefined ? undefined : problem.resources[index]!;
  const unit = resource?.resource.unit ?? "hour";
  const per = options.per ?? { amount: 1, unit };
  if (!(per.amount > 0))
    throw new ArgumentError("out_of_range", per.amount, `"per" must be a positive time span, got ${per.amount}`);
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
