import { ArgumentError } from "../errors";
import { add, compare, multiply, ratio, subtract, zero, type Money } from "../money/money";
import { toDecimal, type DecimalInput, type ExactDecimal } from "../money/decimal";

/** A salesperson's pay for a period's sales. */
export type PayScheme =
  | {
      readonly kind: "percent-of-sales";
      readonly name: string;
      /** Share of sales paid, e.g. 0.05 for 5 %. */
      readonly rate: DecimalInput;
      /** A fixed salary paid on top; default zero. */
      readonly base?: Money;
    }
  | {
      readonly kind: "step-ladder";
      readonly name: string;
      /** The sales plan the steps are measured against (e.g. 1 000 000). It can move with the season. */
      readonly plan: Money;
      /**
       * Pay for reaching at least `fromAchievement` of the plan (1 = the plan). The highest step reached
       * applies; below the lowest step the pay is the lowest step's (a floor salary).
       */
      readonly steps: readonly { readonly fromAchievement: DecimalInput; readonly pay: Money }[];
    };

/**
 * The pay a scheme gives for a period's sales.
 *
 * @example
 * payFor({ kind: "percent-of-sales", name: "5 %", rate: "0.05" }, money(1_000_000)); // 50000 RUB
 */
export function payFor(scheme: PayScheme, sales: Money): Money {
  if (scheme.kind === "percent-of-sales") {
    const variable = multiply(sales, toDecimal(scheme.rate));
    return scheme.base === undefined ? variable : add(scheme.base, variable);
  }
  if (scheme.steps.length === 0)
    throw new ArgumentError("empty", scheme.steps, `the ladder "${scheme.name}" has no steps`);
  const achievement = ratio(sales, scheme.plan);
  const steps = [...scheme.steps].sort((a, b) => toDecimal(a.fromAchievement).comparedTo(toDecimal(b.fromAchievement)));
  let pay = steps[0]!.pay;
  for (const step of steps) if (achievement.gte(toDecimal(step.fromAchievement))) pay = step.pay;
  return pay;
}

/** What each scheme pays at one level of achievement. */
export interface PayComparisonRow {
  readonly kind: "pay-comparison-row";
  /** Sales as a share of the plan. */
  readonly achievement: ExactDecimal;
  readonly sales: Money;
  readonly pays: readonly {
    readonly scheme: string;
    readonly pay: Money;
    /** Pay / sales. */
    readonly shareOfSales?: ExactDecimal;
    /** T left after the pay, when a T-ratio was given. */
    readonly throughputAfterPay?: Money;
  }[];
}

/** Options of {@link comparePaySchemes}. */
export interface ComparePaySchemesOptions {
  /** T / revenue of what is sold, to show the T the business keeps after the pay. */
  readonly throughputRatio?: DecimalInput;
}

/**
 * Pay schemes side by side across levels of achievement of a plan: a straight percentage of sales
 * against a step ladder around the plan.
 *
 * @example
 * const percent: PayScheme = { kind: "percent-of-sales", name: "5 % of sales", rate: "0.05" };
 * const ladder: PayScheme = { kind: "step-ladder", name: "Ladder", plan: money(1_000_000),
 *   steps: [{ fromAchievement: 0, pay: money(30_000) }, { fromAchievement: 1.2, pay: money(60_000) }] };
 * const rows = comparePaySchemes([percent, ladder], money(1_000_000), [0.5, 1, 1.2]);
 * rows.map((row) => row.pays.map((p) => p.pay)); // [[25000 RUB, 30000 RUB], [50000 RUB, 30000 RUB], [60000 RUB, 60000 RUB]]
 */
export function comparePaySchemes(
  schemes: readonly PayScheme[],
  plan: Money,
  achievementLevels: readonly DecimalInput[],
  options: ComparePaySchemesOptions = {},
): PayComparisonRow[] {
  return achievementLevels.map((level) => {
    const achievement = toDecimal(level);
    const sales = multiply(plan, achievement);
    return {
      kind: "pay-comparison-row",
      achievement,
      sales,
      pays: schemes.map((scheme) => {
        const pay = payFor(scheme, sales);
        const throughput =
          options.throughputRatio === undefined ? undefined : multiply(sales, toDecimal(options.throughputRatio));
        return {
          scheme: scheme.name,
          pay,
          ...(compare(sales, zero(sales.currency)) > 0 ? { shareOfSales: ratio(pay, sales) } : {}),
          ...(throughput === undefined ? {} : { throughputAfterPay: subtract(throughput, pay) }),
        };
      }),
    };
  });
}
