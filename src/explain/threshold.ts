import { compare, subtract, type Money } from "../core/money/money";
import { isWorthIt } from "../core/decisions/project-decision";
import { explanation, say, wordsOf, type ExplainOptions, type Explanation } from "./sentence";

/**
 * The steady-state rule ΔT > ΔOE for one pair of amounts a period: worth it, or not (ΔNP = 0 at best, or
 * a loss), with the ΔNP it gives.
 *
 * @example
 * explanationLines(explainWorthIt(money("10.01"), money(10)));
 * // ["ΔT ₽10.01 against ΔOE ₽10.00: worth it, ΔNP +₽0.01 a period."]
 */
export function explainWorthIt(
  deltaThroughput: Money,
  deltaOperatingExpense: Money,
  options: ExplainOptions = {},
): Explanation {
  const w = wordsOf(options.locale);
  const np = subtract(deltaThroughput, deltaOperatingExpense);
  const head = w.pick(
    `ΔT ${w.money(deltaThroughput)} against ΔOE ${w.money(deltaOperatingExpense)}`,
    `ΔT ${w.money(deltaThroughput)} против ΔОЕ ${w.money(deltaOperatingExpense)}`,
  );
  return explanation("worth-it", w, [
    isWorthIt(deltaThroughput, deltaOperatingExpense)
      ? say.good(
          w.pick(
            `${head}: worth it, ΔNP ${w.money(np, true)} a period.`,
            `${head}: выгодно, ΔЧП ${w.money(np, true)} за период.`,
          ),
        )
      : compare(deltaThroughput, deltaOperatingExpense) === 0
        ? say.neutral(w.pick(`${head}: not worth it (ΔNP = 0 at best).`, `${head}: невыгодно (ΔЧП в лучшем случае 0).`))
        : say.bad(
            w.pick(
              `${head}: not worth it, ΔNP ${w.money(np, true)} a period.`,
              `${head}: невыгодно, ΔЧП ${w.money(np, true)} за период.`,
            ),
          ),
  ]);
}
