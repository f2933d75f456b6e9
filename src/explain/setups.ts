import { isNegative, isZero } from "../core/money/money";
import type { PlanChange } from "../core/constraints/compare-plans";
import { explanation, perPeriod, say, wordsOf, type Explanation, type PeriodExplainOptions } from "./sentence";

/** One way of running the business against the way it runs today. */
export interface SetupChange {
  readonly name: string;
  /** `compareMixPlans(today's plan, this setup's plan)`. */
  readonly change: PlanChange;
  /** Units sold in this setup ÷ units sold today − 1, when the chapter counts them. */
  readonly salesGrowth?: number;
}

/**
 * Each setup judged by ΔT against ΔOE, one sentence each: worth it, or not.
 *
 * @example
 * const today = loadModel("data/expert-sales/today"), withFilter = loadModel("data/expert-sales/with-filter");
 * const change = compareMixPlans(rankingMix(today), rankingMix(withFilter));
 * explanationLines(explainSetupChanges([{ name: "with a filter", change, salesGrowth: 0.2 }]));
 * // ["With a filter: sales +20%, ΔT +₽1,800.00 > ΔOE +₽800.00, so NP grows by ₽1,000.00 a period: worth it."]
 */
export function explainSetupChanges(setups: readonly SetupChange[], options: PeriodExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const per = perPeriod(w, options.periodUnit);
  return explanation(
    "setup-changes",
    w,
    setups.map(({ name, change, salesGrowth }) => {
      const head = `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${
        salesGrowth === undefined
          ? ""
          : w.pick(
              `sales ${w.percent(salesGrowth, 0).replace(/^(?=\d)/, "+")}, `,
              `продажи ${w.percent(salesGrowth, 0).replace(/^(?=\d)/, "+")}, `,
            )
      }`;
      const dT = w.money(change.deltaThroughput, true);
      const dOE =
        change.deltaOperatingExpense === undefined
          ? w.pick("ΔOE 0", "ΔОЕ 0")
          : w.pick(
              `ΔOE ${w.money(change.deltaOperatingExpense, true)}`,
              `ΔОЕ ${w.money(change.deltaOperatingExpense, true)}`,
            );
      const np = change.deltaNetProfit ?? change.deltaThroughput;
      if (change.worthIt)
        return say.good(
          w.pick(
            `${head}ΔT ${dT} > ${dOE}, so NP grows by ${w.money(np)}${per}: worth it.`,
            `${head}ΔT ${dT} > ${dOE}, ЧП растёт на ${w.money(np)}${per}: выгодно.`,
          ),
        );
      if (isZero(np))
        return say.bad(
          w.pick(
            `${head}ΔT ${dT} = ${dOE}, NP does not change: not worth it.`,
            `${head}ΔT ${dT} = ${dOE}, ЧП не меняется: невыгодно.`,
          ),
        );
      return say.bad(
        w.pick(
          `${head}ΔT ${dT} < ${dOE}, so NP ${isNegative(np) ? `falls by ${w.moneyAbs(np)}` : "does not grow"}${per}: not worth it.`,
          `${head}ΔT ${dT} < ${dOE}, ЧП ${isNegative(np) ? `падает на ${w.moneyAbs(np)}` : "не растёт"}${per}: невыгодно.`,
        ),
      );
    }),
  );
}
