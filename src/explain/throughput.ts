import { compare, isNegative, isPositive, isZero, money } from "../core/money/money";
import { ExactDecimal } from "../core/money/decimal";
import { formatMoney } from "../i18n/format";
import type { ThroughputReport } from "../core/throughput/report";
import type { BreakEvenUnits } from "../core/throughput/break-even";
import { explanation, say, wordsOf, type ExplainOptions, type Explanation } from "./sentence";

/**
 * What a throughput report says: how T is made (revenue − TVC), whether it covers OE, and NP, all from
 * the report's figures.
 *
 * @example
 * explanationLines(explainThroughputReport(throughputReport(salon, { period: "month-3" })));
 * // ["T = revenue ₽100.00 − TVC ₽50.00 = ₽50.00.",
 * //  "T ₽50.00 falls ₽50.00 short of OE ₽100.00: a net loss of ₽50.00 (NP = T − OE).",
 * //  "Each ₽1 of OE brings ₽0.50 of T (productivity T / OE = 0.5)."]
 */
export function explainThroughputReport(report: ThroughputReport, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const t = report.throughput;
  const oe = report.operatingExpense;
  const np = report.netProfit;
  const one = formatMoney(money(1, t.currency), { locale: w.locale, digits: 0 });
  const period = report.period === "all" ? w.pick("Over all periods", "За все периоды") : undefined;
  const how = w.pick(
    `T = revenue ${w.money(report.revenue)} − TVC ${w.money(report.totallyVariableCost)} = ${w.money(t)}.`,
    `Проход T = выручка ${w.money(report.revenue)} − TVC ${w.money(report.totallyVariableCost)} = ${w.money(t)}.`,
  );
  const cover = isPositive(np)
    ? say.good(
        w.pick(
          `T ${w.money(t)} covers OE ${w.money(oe)} with ${w.money(np)} to spare: net profit NP = ${w.money(np)}.`,
          `Проход ${w.money(t)} покрывает ОЕ ${w.money(oe)}, и остаётся ${w.money(np)}: чистая прибыль ЧП = ${w.money(np)}.`,
        ),
      )
    : isZero(np)
      ? say.neutral(
          w.pick(
            `T ${w.money(t)} just covers OE ${w.money(oe)}: the business is at break-even (NP = 0).`,
            `Проход ${w.money(t)} ровно покрывает ОЕ ${w.money(oe)}: бизнес «в нуле» (ЧП = 0).`,
          ),
        )
      : say.bad(
          w.pick(
            `T ${w.money(t)} falls ${w.moneyAbs(np)} short of OE ${w.money(oe)}: a net loss of ${w.moneyAbs(np)} (NP = T − OE).`,
            `Проходу ${w.money(t)} не хватает ${w.moneyAbs(np)} до ОЕ ${w.money(oe)}: убыток ${w.moneyAbs(np)} (ЧП = T − ОЕ).`,
          ),
        );
  // T per one unit of OE, as an amount in cents
  const perUnitOfOe = (ratio: ExactDecimal) =>
    money(ratio.toDecimalPlaces(2, ExactDecimal.ROUND_HALF_UP).toFixed(2), t.currency);
  const productivity =
    report.productivity === undefined
      ? undefined
      : say.neutral(
          w.pick(
            `Each ${one} of OE brings ${w.money(perUnitOfOe(report.productivity))} of T ` +
              `(productivity T / OE = ${w.number(report.productivity, 2)}).`,
            `${eachUnitOfRu(t.currency, one)} ${w.money(perUnitOfOe(report.productivity))} прохода ` +
              `(производительность T / ОЕ = ${w.number(report.productivity, 2)}).`,
          ),
        );
  const roi =
    report.returnOnInvestment === undefined
      ? undefined
      : say[isNegative(np) ? "bad" : "neutral"](
          w.pick(
            `Return on the investment of ${w.money(report.investment)}: ${w.percent(report.returnOnInvestment)} (NP / I).`,
            `Рентабельность инвестиций ${w.money(report.investment)}: ${w.percent(report.returnOnInvestment)} (ЧП / I).`,
          ),
        );
  return explanation("throughput-report", w, [
    period === undefined ? say.neutral(how) : say.neutral(`${period}: ${how.charAt(0).toLowerCase()}${how.slice(1)}`),
    cover,
    productivity,
    roi,
  ]);
}

// "Каждый рубль ОЕ приносит": the currency's own word, with the gender it takes (каждая гривна приносит);
// a currency without one here reads as a ratio: "На 1 ¥ ОЕ приходится".
const EACH_UNIT_RU: Readonly<Record<string, string>> = {
  RUB: "Каждый рубль ОЕ приносит",
  USD: "Каждый доллар ОЕ приносит",
  EUR: "Каждый евро ОЕ приносит",
  KZT: "Каждый тенге ОЕ приносит",
  BYN: "Каждый белорусский рубль ОЕ приносит",
  UAH: "Каждая гривна ОЕ приносит",
  GBP: "Каждый фунт ОЕ приносит",
  CNY: "Каждый юань ОЕ приносит",
  JPY: "Каждая иена ОЕ приносит",
};

function eachUnitOfRu(currency: string, one: string): string {
  return EACH_UNIT_RU[currency] ?? `На ${one} ОЕ приходится`;
}

/**
 * How many units break even, or why none can.
 *
 * @example
 * explanationLines(explainBreakEven(breakEvenUnits(haircut, money(52))));
 * // ["T needed ₽52.00 ÷ T per unit ₽5.00 = 10.4: 11 units to break even (a part of a unit cannot be sold)."]
 */
export function explainBreakEven(result: BreakEvenUnits, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  if (!result.reachable)
    return explanation("break-even", w, [
      say.bad(
        w.pick(
          `Each unit brings T ${w.money(result.throughputPerUnit)}: selling more never covers ${w.money(result.throughputNeeded)}.`,
          `Каждая единица приносит проход ${w.money(result.throughputPerUnit)}: сколько ни продай, ${w.money(result.throughputNeeded)} не покрыть.`,
        ),
      ),
    ]);
  const exact = result.exactUnits;
  const whole = exact.isInteger();
  return explanation("break-even", w, [
    say.neutral(
      compare(result.throughputNeeded, {
        ...result.throughputNeeded,
        amount: result.throughputNeeded.amount.times(0),
      }) <= 0
        ? w.pick("Nothing needs covering: break-even at 0 units.", "Покрывать нечего: точка безубыточности — 0 единиц.")
        : whole
          ? w.pick(
              `T needed ${w.money(result.throughputNeeded)} ÷ T per unit ${w.money(result.throughputPerUnit)} ` +
                `= ${w.count(result.units, ["unit", "units"], ["единица", "единицы", "единиц"])} to break even.`,
              `Нужный проход ${w.money(result.throughputNeeded)} ÷ проход на единицу ` +
                `${w.money(result.throughputPerUnit)} = ` +
                `${w.count(result.units, ["единица", "единицы"], ["единица", "единицы", "единиц"])} до безубыточности.`,
            )
          : w.pick(
              `T needed ${w.money(result.throughputNeeded)} ÷ T per unit ${w.money(result.throughputPerUnit)} ` +
                `= ${w.number(exact, 2)}: ${w.count(result.units, ["unit", "units"], ["единица", "единицы", "единиц"])} ` +
                `to break even (a part of a unit cannot be sold).`,
              `Нужный проход ${w.money(result.throughputNeeded)} ÷ проход на единицу ` +
                `${w.money(result.throughputPerUnit)} = ${w.number(exact, 2)}: до безубыточности ` +
                `${w.count(result.units, ["единица", "единицы"], ["единица", "единицы", "единиц"])} (часть единицы не продать).`,
            ),
    ),
  ]);
}
