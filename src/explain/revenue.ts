import { ArgumentError } from "../core/errors";
import { compare, isNegative, isZero, subtract, sum, type Money } from "../core/money/money";
import type { TvcKind } from "../core/model/types";
import { explanation, say, wordsOf, type ExplainOptions, type Explanation, type Sentence } from "./sentence";

const KIND_WORDS: Record<TvcKind, readonly [string, string]> = {
  materials: ["purchase and materials", "закупка и материалы"],
  "piece-rate": ["piece rate", "сдельная оплата"],
  "sales-bonus": ["sales bonus", "бонус за продажу"],
  "sales-tax": ["tax on sales", "налог с продаж"],
  other: ["other", "прочее"],
};

/**
 * What a period's TVC is made of, kind by kind (as `tvcByKindOf` returns it); kinds with nothing are left out.
 *
 * @example
 * const shop = loadModel("data/phone-shop");
 * explanationLines(explainTvcByKind(tvcByKindOf(shop, { period: "month-1" })));
 * // ["TVC ₽40.00 = purchase and materials ₽15.00 + sales bonus ₽15.00 + tax on sales ₽10.00."]
 */
export function explainTvcByKind(
  byKind: Readonly<Partial<Record<TvcKind, Money>>>,
  options: ExplainOptions = {},
): Explanation {
  const w = wordsOf(options.locale);
  const parts = (Object.entries(byKind) as [TvcKind, Money][]).filter(([, amount]) => !isZero(amount));
  if (parts.length === 0)
    return explanation("tvc-by-kind", w, [
      say.neutral(
        w.pick("No TVC in this period: all of the revenue is T.", "TVC в этом периоде нет: вся выручка — проход."),
      ),
    ]);
  const total = sum(
    parts.map(([, amount]) => amount),
    parts[0]![1].currency,
  );
  const terms = parts
    .map(([kind, amount]) => `${w.pick(...(KIND_WORDS[kind] ?? [kind, kind]))} ${w.money(amount)}`)
    .join(" + ");
  return explanation("tvc-by-kind", w, [
    say.neutral(`TVC ${w.money(total)}${parts.length > 1 ? ` = ${terms}` : ` (${terms})`}.`),
  ]);
}

/** A plan set in T, and optionally what happens when the same amount is sold as revenue instead. */
export interface ThroughputPlanFigures {
  readonly operatingExpense: Money;
  readonly targetProfit: Money;
  /** The plan: OE + the profit aimed at (`requiredThroughput`). */
  readonly throughput: Money;
  /** The plan's amount sold as revenue, and the T that revenue brings (`throughputOfRevenue`). */
  readonly revenueInstead?: { readonly revenue: Money; readonly throughput: Money };
}

/**
 * Plan T = OE + profit, and what a plan misread as revenue gives: a loss, a profit short of the aim,
 * or (only when all revenue is T) the aim itself.
 *
 * @example
 * explanationLines(explainThroughputPlan({ operatingExpense: money(100), targetProfit: money(20), throughput: money(120),
 *   revenueInstead: { revenue: money(120), throughput: money(88) } }));
 * // ["Plan: T = OE ₽100.00 + profit ₽20.00 = ₽120.00.",
 * //  "Selling ₽120.00 of revenue instead brings T ₽88.00: NP −₽12.00, a loss, because the TVC of what is sold is still owed."]
 */
export function explainThroughputPlan(plan: ThroughputPlanFigures, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const sentences: (Sentence | undefined)[] = [
    say.neutral(
      w.pick(
        `Plan: T = OE ${w.money(plan.operatingExpense)} + profit ${w.money(plan.targetProfit)} = ${w.money(plan.throughput)}.`,
        `План: проход = ОЕ ${w.money(plan.operatingExpense)} + прибыль ${w.money(plan.targetProfit)} = ${w.money(plan.throughput)}.`,
      ),
    ),
  ];
  const instead = plan.revenueInstead;
  if (instead !== undefined) {
    const np = subtract(instead.throughput, plan.operatingExpense);
    const start = w.pick(
      `Selling ${w.money(instead.revenue)} of revenue instead brings T ${w.money(instead.throughput)}: NP ${w.money(np)}`,
      `Если вместо этого продать на ${w.money(instead.revenue)} выручки, проход составит ${w.money(instead.throughput)}: ЧП ${w.money(np)}`,
    );
    if (isNegative(np))
      sentences.push(
        say.bad(
          w.pick(
            `${start}, a loss, because the TVC of what is sold is still owed.`,
            `${start} — убыток, потому что TVC проданного всё равно надо заплатить.`,
          ),
        ),
      );
    else if (compare(np, plan.targetProfit) < 0)
      sentences.push(
        say.warning(
          w.pick(
            `${start}, short of the ${w.money(plan.targetProfit)} aimed at.`,
            `${start} — меньше запланированных ${w.money(plan.targetProfit)}.`,
          ),
        ),
      );
    else
      sentences.push(
        say.good(
          w.pick(
            `${start}: the aim is met, because here all of the revenue is T.`,
            `${start}: цель достигнута, потому что здесь вся выручка — проход.`,
          ),
        ),
      );
  }
  return explanation("throughput-plan", w, sentences);
}

/**
 * Several mixes (months, plans) compared by revenue and by T: the same T from different revenue, or more
 * revenue bringing less T, says that revenue alone does not rank them.
 *
 * @example
 * explanationLines(explainRevenueMixes([{ revenue: money(200), throughput: money(110) }, { revenue: money(150), throughput: money(110) }]));
 * // ["Revenue ₽200.00 brings T ₽110.00; revenue ₽150.00 brings T ₽110.00.",
 * //  "The same T, and so the same NP, from different revenue: revenue alone does not say which is better."]
 */
export function explainRevenueMixes(
  mixes: readonly { readonly revenue: Money; readonly throughput: Money }[],
  options: ExplainOptions = {},
): Explanation {
  const w = wordsOf(options.locale);
  if (mixes.length === 0)
    throw new ArgumentError("empty", mixes, "no mixes to compare: give at least one { revenue, throughput }");
  const each = mixes
    .map((m) =>
      w.pick(
        `revenue ${w.money(m.revenue)} brings T ${w.money(m.throughput)}`,
        `выручка ${w.money(m.revenue)} даёт проход ${w.money(m.throughput)}`,
      ),
    )
    .join("; ");
  const first = mixes[0]!;
  const sameT = mixes.every((m) => compare(m.throughput, first.throughput) === 0);
  const sameRevenue = mixes.every((m) => compare(m.revenue, first.revenue) === 0);
  const inverted = mixes.some((a) =>
    mixes.some((b) => compare(a.revenue, b.revenue) > 0 && compare(a.throughput, b.throughput) < 0),
  );
  return explanation("revenue-mixes", w, [
    say.neutral(`${each.charAt(0).toUpperCase()}${each.slice(1)}.`),
    mixes.length > 1 && sameT && !sameRevenue
      ? say.warning(
          w.pick(
            "The same T, and so the same NP, from different revenue: revenue alone does not say which is better.",
            "Один и тот же проход, а значит и ЧП, при разной выручке: по выручке не понять, что лучше.",
          ),
        )
      : inverted
        ? say.warning(
            w.pick(
              "More revenue brought less T: revenue alone ranks them the wrong way.",
              "Большая выручка принесла меньший проход: по выручке их можно расставить наоборот.",
            ),
          )
        : undefined,
  ]);
}
