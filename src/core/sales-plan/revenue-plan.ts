import { ArgumentError } from "../errors";
import { divide, multiply, sum, type Money, type RoundingPolicy } from "../money/money";
import { toDecimal, type DecimalInput, type ExactDecimal } from "../money/decimal";
import { ModelError, type ModelIssue } from "../model/issues";

/** A category of what is sold, with the share of its revenue that is throughput (T / revenue). */
export interface SalesCategory {
  readonly name: string;
  /** T / revenue of the category: 0.5 for 50 %, 0.01 for reselling an advertising budget. */
  readonly throughputRatio: DecimalInput;
}

/** A category's part of a plan. */
export interface CategoryPlanInput extends SalesCategory {
  /** Its share of the plan, a fraction; the shares add up to 1. */
  readonly share: DecimalInput;
}

/** Options of {@link revenuePlan}. */
export interface RevenuePlanOptions {
  /** Whether the shares split the plan's T (default) or its revenue. */
  readonly shareOf?: "throughput" | "revenue";
  /** How revenue targets are rounded; default to the currency's minor unit, half up. */
  readonly rounding?: RoundingPolicy;
}

/** One category's targets. */
export interface CategoryPlan {
  readonly name: string;
  readonly throughputRatio: ExactDecimal;
  readonly throughput: Money;
  readonly revenue: Money;
}

/** A throughput plan turned into revenue targets per category. */
export interface RevenuePlan {
  readonly kind: "revenue-plan";
  readonly throughput: Money;
  readonly revenue: Money;
  readonly categories: readonly CategoryPlan[];
}

/**
 * Turns a T plan into revenue per category. The plan is set in T (T = OE + wanted profit); revenue
 * follows from each category's T-ratio, so the same T needs very different revenue with another mix.
 *
 * @example
 * const plan = revenuePlan(money(120), [
 *   { name: "services", throughputRatio: "0.5", share: "0.5" },
 *   { name: "goods", throughputRatio: "0.1", share: "0.5" },
 * ]);
 * plan.categories.map((c) => c.revenue); // [120 RUB, 600 RUB]: 60 of T each
 */
export function revenuePlan(
  throughputTarget: Money,
  categories: readonly CategoryPlanInput[],
  options: RevenuePlanOptions = {},
): RevenuePlan {
  const issues = checkCategories(categories);
  if (issues.length > 0) throw new ModelError(issues, "The sales plan's categories have problems");
  const ratios = categories.map((c) => toDecimal(c.throughputRatio));
  const shares = categories.map((c) => toDecimal(c.share));
  let planned: { throughput: Money; revenue: Money }[];
  if ((options.shareOf ?? "throughput") === "throughput") {
    planned = categories.map((_, i) => {
      const throughput = multiply(throughputTarget, shares[i]!);
      return { throughput, revenue: divide(throughput, ratios[i]!, options.rounding) };
    });
  } else {
    // Revenue R split by shares s gives T = R · Σ sᵢ·rᵢ, so R = T / Σ sᵢ·rᵢ.
    const blended = shares.reduce((total, share, i) => total.plus(share.times(ratios[i]!)), toDecimal(0));
    const revenue = divide(throughputTarget, blended, { digits: 30 });
    planned = categories.map((_, i) => {
      const categoryRevenue = multiply(revenue, shares[i]!);
      return {
        throughput: multiply(categoryRevenue, ratios[i]!),
        revenue: divide(categoryRevenue, 1, options.rounding),
      };
    });
  }
  return {
    kind: "revenue-plan",
    throughput: throughputTarget,
    revenue: sum(
      planned.map((p) => p.revenue),
      throughputTarget.currency,
    ),
    categories: categories.map((c, i) => ({ name: c.name, throughputRatio: ratios[i]!, ...planned[i]! })),
  };
}

/** Revenue actually made in a category. */
export interface CategoryRevenue extends SalesCategory {
  readonly revenue: Money;
}

/** The T a revenue brings, in total and by category. */
export interface RevenueThroughput {
  readonly kind: "revenue-throughput";
  readonly revenue: Money;
  readonly throughput: Money;
  readonly categories: readonly (CategoryRevenue & { readonly throughput: Money })[];
}

/**
 * The T a revenue brings, category by category: one month 200 of revenue and another 150 can both
 * bring T 110, because the mix differs.
 *
 * @example
 * throughputOfRevenue([{ name: "phones", revenue: money(150), throughputRatio: "0.7333333333" }]).throughput;
 */
export function throughputOfRevenue(categories: readonly CategoryRevenue[]): RevenueThroughput {
  if (categories.length === 0)
    throw new ArgumentError("empty", categories, "no categories: give at least one category's revenue");
  const currency = categories[0]!.revenue.currency;
  const lines = categories.map((c) => ({ ...c, throughput: multiply(c.revenue, toDecimal(c.throughputRatio)) }));
  return {
    kind: "revenue-throughput",
    revenue: sum(
      lines.map((l) => l.revenue),
      currency,
    ),
    throughput: sum(
      lines.map((l) => l.throughput),
      currency,
    ),
    categories: lines,
  };
}

function checkCategories(categories: readonly CategoryPlanInput[]): ModelIssue[] {
  const issues: ModelIssue[] = [];
  if (categories.length === 0)
    return [
      { code: "empty", path: ["categories"], value: [], expected: "at least one category", message: "empty plan" },
    ];
  let total = toDecimal(0);
  categories.forEach((category, index) => {
    const ratio = safe(category.throughputRatio);
    if (ratio === undefined || ratio.lte(0) || ratio.gt(1))
      issues.push({
        code: "out_of_range",
        path: ["categories", index, "throughputRatio"],
        value: category.throughputRatio,
        expected: "a fraction above 0 and at most 1",
        message: "bad T-ratio",
      });
    const share = safe(category.share);
    if (share === undefined || share.lt(0) || share.gt(1))
      issues.push({
        code: "out_of_range",
        path: ["categories", index, "share"],
        value: category.share,
        expected: "a fraction between 0 and 1",
        message: "bad share",
      });
    else total = total.plus(share);
  });
  if (issues.length === 0 && !total.equals(1))
    issues.push({
      code: "does_not_add_up",
      path: ["categories"],
      value: total.toString(),
      expected: "shares that add up to exactly 1",
      message: "shares do not add up",
    });
  return issues;
}

function safe(value: DecimalInput): ExactDecimal | undefined {
  try {
    return toDecimal(value);
  } catch {
    return undefined;
  }
}
