import { compare } from "../core/money/money";
import type { PayComparisonRow } from "../core/sales-plan/pay-schemes";
import type { RevenuePlan } from "../core/sales-plan/revenue-plan";
import { explanation, say, wordsOf, type ExplainOptions, type Explanation, type Sentence } from "./sentence";

/**
 * What a comparison of pay schemes shows, scheme by scheme: a constant share of sales, or a flat pay
 * over a range of achievement (where selling more earns the seller nothing more); and which scheme pays
 * more at the lowest and the highest level compared.
 *
 * @example
 * const percent: PayScheme = { kind: "percent-of-sales", name: "5 % of sales", rate: "0.05" };
 * const ladder: PayScheme = { kind: "step-ladder", name: "Ladder", plan: money(1_000_000),
 *   steps: [{ fromAchievement: 0, pay: money(30_000) }, { fromAchievement: 1.2, pay: money(60_000) }] };
 * explanationLines(explainPaySchemes(comparePaySchemes([percent, ladder], money(1_000_000), [0.5, 1, 1.2, 2])));
 * // ["5 % of sales pays a constant 5% of sales at every level: pay moves with sales.",
 * //  "Ladder pays the same ₽30,000.00 from 50% to 100% of the plan: sales in that range earn the seller nothing more.",
 * //  "Ladder pays the same ₽60,000.00 from 120% to 200% of the plan: sales in that range earn the seller nothing more.",
 * //  "At 50% of the plan Ladder pays most, ₽30,000.00; at 200% of the plan 5 % of sales pays most, ₽100,000.00."]
 */
export function explainPaySchemes(rows: readonly PayComparisonRow[], options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const sentences: (Sentence | undefined)[] = [];
  const schemes = rows[0]?.pays.map((pay) => pay.scheme) ?? [];
  schemes.forEach((scheme, s) => {
    const pays = rows.map((row) => row.pays[s]!);
    const shares = pays.map((pay) => pay.shareOfSales);
    if (rows.length > 1 && shares.every((share) => share !== undefined && share.equals(shares[0]!)))
      sentences.push(
        say.neutral(
          w.pick(
            `${scheme} pays a constant ${w.percent(shares[0]!, 2)} of sales at every level: pay moves with sales.`,
            `«${scheme}» платит постоянные ${w.percent(shares[0]!, 2)} продаж на любом уровне: оплата идёт за продажами.`,
          ),
        ),
      );
    // Flat runs: two or more consecutive levels with the same pay.
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && compare(pays[i]!.pay, pays[start]!.pay) === 0) continue;
      if (i - start >= 2 && !rows[start]!.sales.amount.equals(rows[i - 1]!.sales.amount))
        sentences.push(
          say.warning(
            w.pick(
              `${scheme} pays the same ${w.money(pays[start]!.pay)} from ` +
                `${w.percent(rows[start]!.achievement, 0)} to ${w.percent(rows[i - 1]!.achievement, 0)} ` +
                `of the plan: sales in that range earn the seller nothing more.`,
              `«${scheme}» платит одни и те же ${w.money(pays[start]!.pay)} от ` +
                `${w.percent(rows[start]!.achievement, 0)} до ${w.percent(rows[i - 1]!.achievement, 0)} ` +
                `плана: продажи в этом диапазоне продавцу ничего не добавляют.`,
            ),
          ),
        );
      start = i;
    }
  });
  if (schemes.length >= 2 && rows.length > 0) {
    const compareAt = (row: PayComparisonRow) => {
      const best = row.pays.reduce((top, pay) => (compare(pay.pay, top.pay) > 0 ? pay : top), row.pays[0]!);
      const tied = row.pays.every((pay) => compare(pay.pay, best.pay) === 0);
      return tied
        ? w.pick(
            `at ${w.percent(row.achievement, 0)} of the plan every scheme pays ${w.money(best.pay)}`,
            `при ${w.percent(row.achievement, 0)} плана все схемы платят ${w.money(best.pay)}`,
          )
        : w.pick(
            `at ${w.percent(row.achievement, 0)} of the plan ${best.scheme} pays most, ${w.money(best.pay)}`,
            `при ${w.percent(row.achievement, 0)} плана больше всех платит «${best.scheme}» — ${w.money(best.pay)}`,
          );
    };
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    const text = first === last ? compareAt(first) : `${compareAt(first)}; ${compareAt(last)}`;
    sentences.push(say.neutral(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`));
  }
  return explanation("pay-schemes", w, sentences);
}

/**
 * A T plan turned into revenue: how much revenue each category needs for its share of T, and why the
 * same T needs very different revenue with another mix.
 *
 * @example
 * const categories = [
 *   { name: "services", throughputRatio: "0.5", share: "0.5" },
 *   { name: "goods", throughputRatio: "0.1", share: "0.5" },
 * ];
 * explanationLines(explainSalesPlan(revenuePlan(money(120), categories)));
 * // ["T ₽120.00 needs revenue ₽720.00: services ₽120.00 for T ₽60.00 (T is 50% of its revenue)
 * //   and goods ₽600.00 for T ₽60.00 (T is 10% of its revenue).",
 * //  "Revenue in goods brings the least T (10% of it): plan sales in T, not in revenue."]
 */
export function explainSalesPlan(plan: RevenuePlan, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const parts = plan.categories.map((category) =>
    w.pick(
      `${category.name} ${w.money(category.revenue)} for T ${w.money(category.throughput)} (T is ${w.percent(category.throughputRatio)} of its revenue)`,
      `«${category.name}» ${w.money(category.revenue)} ради прохода ${w.money(category.throughput)} (проход — ${w.percent(category.throughputRatio)} выручки)`,
    ),
  );
  const lowest = [...plan.categories].sort((a, b) => a.throughputRatio.comparedTo(b.throughputRatio))[0];
  return explanation("sales-plan", w, [
    say.neutral(
      w.pick(
        `T ${w.money(plan.throughput)} needs revenue ${w.money(plan.revenue)}: ${w.list(parts)}.`,
        `Проход ${w.money(plan.throughput)} требует выручки ${w.money(plan.revenue)}: ${w.list(parts)}.`,
      ),
    ),
    plan.categories.length > 1 &&
      lowest !== undefined &&
      say.neutral(
        w.pick(
          `Revenue in ${lowest.name} brings the least T (${w.percent(lowest.throughputRatio)} of it): plan sales in T, not in revenue.`,
          `Рубль выручки «${lowest.name}» приносит меньше всего прохода (${w.percent(lowest.throughputRatio)}): план продаж ставят в проходе, а не в выручке.`,
        ),
      ),
  ]);
}
