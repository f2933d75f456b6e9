import type { Money } from "../core/money/money";
import { formatMoney, formatNumber, formatPercent, type Numeric } from "../i18n/format";
import { resolveLocale, type Locale } from "../i18n/locale";

/**
 * How a sentence reads: a plain statement, good news (a profit, an accepted decision), bad news (a loss,
 * a rejection) or a warning (a value capped, a plan that breaks a limit). Renderers may colour it;
 * the words carry the meaning without the colour.
 */
export type Tone = "neutral" | "good" | "bad" | "warning";

/** One sentence of an explanation, with its tone. */
export interface Sentence {
  readonly text: string;
  readonly tone: Tone;
}

/**
 * What a result means, in sentences computed from the result: plain data, so a notebook, a headless
 * run and a live view all say the same. `topic` names the result explained ("ranking", "mix-plan", ...).
 */
export interface Explanation {
  readonly kind: "explanation";
  readonly topic: string;
  readonly locale: Locale;
  readonly sentences: readonly Sentence[];
}

/** Options every sentence builder takes. */
export interface ExplainOptions {
  /** `"en"` or `"ru"`; default: the session's default locale (`setDefaultLocale`). */
  readonly locale?: string;
}

/**
 * Whether a value is an {@link Explanation} (what `show()` renders as paragraphs).
 *
 * @example
 * isExplanation(explainRanking(rankProducts(salon))); // true
 */
export function isExplanation(value: unknown): value is Explanation {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Explanation).kind === "explanation" &&
    Array.isArray((value as Explanation).sentences)
  );
}

/**
 * The sentences of an explanation as plain strings, for a live view or a test.
 *
 * @example
 * const busy = withPoliticalMinimum(withDemandScaled(salon, 1.3), "blow-dry", 30).model; // keep 30 blow-dries
 * explanationLines(explainPoliticalMix(politicalMix(busy))).at(-1);
 * // "The political mix costs ₽720.00 of net profit a period: NP ₽13,766.00 instead of ₽14,486.00."
 */
export function explanationLines(explanation: Explanation): string[] {
  return explanation.sentences.map((sentence) => sentence.text);
}

/** The words and number formats of one locale, shared by every builder. */
export interface Words {
  readonly locale: Locale;
  readonly ru: boolean;
  /** English or Russian text, whichever the locale is. */
  pick(en: string, ru: string): string;
  /** An amount as every sentence writes it: the same format as the tables (₽150.00, 150,00 ₽). */
  money(value: Money, signed?: boolean): string;
  /** The absolute value of an amount (for "loses ₽50.00"). */
  moneyAbs(value: Money): string;
  number(value: Numeric, digits?: number): string;
  percent(value: Numeric, digits?: number): string;
  /** "a, b and c" / "a, b и c". */
  list(items: readonly string[]): string;
  /** A count with the right form of its noun: English one/many, Russian one/few/many. */
  count(n: number, en: readonly [string, string], ru: readonly [string, string, string]): string;
  /** "3 times" / "в 3 раза", "5 times" / "в 5 раз": how many times one figure is another. */
  times(n: number): string;
  /** An ordinal: "4th" / "4-е". */
  ordinal(n: number): string;
  /** The noun alone in the form that goes after the number n. */
  noun(n: number, en: readonly [string, string], ru: readonly [string, string, string]): string;
}

/**
 * The {@link Words} of a locale (default: the session's default locale).
 *
 * @example
 * wordsOf("ru").count(3, ["service", "services"], ["услуга", "услуги", "услуг"]); // "3 услуги"
 */
export function wordsOf(locale?: string): Words {
  const resolved = resolveLocale(locale);
  const ru = resolved === "ru";
  const noun = (n: number, en: readonly [string, string], forms: readonly [string, string, string]) =>
    ru ? forms[russianPluralIndex(n)]! : n === 1 ? en[0] : en[1];
  return {
    locale: resolved,
    ru,
    pick: (en, russian) => (ru ? russian : en),
    money: (value, signed = false) => formatMoney(value, { locale: resolved, ...(signed ? { signed: true } : {}) }),
    moneyAbs: (value) => formatMoney({ ...value, amount: value.amount.abs() } as Money, { locale: resolved }),
    number: (value, digits) =>
      formatNumber(value, { locale: resolved, ...(digits === undefined ? {} : { maxDigits: digits }) }),
    percent: (value, digits) => formatPercent(value, { locale: resolved, ...(digits === undefined ? {} : { digits }) }),
    list: (items) => {
      if (items.length <= 1) return items.join("");
      const and = ru ? " и " : " and ";
      return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
    },
    noun,
    count: (n, en, forms) => `${formatNumber(n, { locale: resolved })} ${noun(n, en, forms)}`,
    times: (n) => {
      const shown = formatNumber(n, { locale: resolved, maxDigits: 2 });
      // The form follows the number as shown: 2,5 раза, 3 раза, 5 раз.
      const value = Number(shown.replace(/\s/g, "").replace(",", "."));
      return ru ? `в ${shown} ${noun(value, ["", ""], ["раз", "раза", "раз"])}` : `${shown} times`;
    },
    ordinal: (n) => (ru ? `${n}-е` : `${n}${englishOrdinalSuffix(n)}`),
  };
}

function englishOrdinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  return n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
}

/** Russian plural forms: 1 услуга, 2 услуги, 5 услуг, 21 услуга, 1,5 услуги. */
function russianPluralIndex(n: number): 0 | 1 | 2 {
  if (!Number.isInteger(n)) return 1;
  const abs = Math.abs(n);
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return 2;
  if (last === 1) return 0;
  if (last >= 2 && last <= 4) return 1;
  return 2;
}

/** Builds an explanation, dropping empty sentences. */
export function explanation(
  topic: string,
  words: Words,
  sentences: readonly (Sentence | undefined | false)[],
): Explanation {
  return {
    kind: "explanation",
    topic,
    locale: words.locale,
    sentences: sentences.filter(
      (sentence): sentence is Sentence => sentence !== undefined && sentence !== false && sentence.text !== "",
    ),
  };
}

/** A sentence of a tone. */
export const say = {
  neutral: (text: string): Sentence => ({ text, tone: "neutral" }),
  good: (text: string): Sentence => ({ text, tone: "good" }),
  bad: (text: string): Sentence => ({ text, tone: "bad" }),
  warning: (text: string): Sentence => ({ text, tone: "warning" }),
};

/** Options of builders whose figures are per period of the model (a plan, a political mix). */
export interface PeriodExplainOptions extends ExplainOptions {
  /** The model's period ("month", "week"), so amounts read "a month"; default: "a period". */
  readonly periodUnit?: "day" | "week" | "month" | "quarter" | "year";
}

/**
 * " a month" / " в месяц" (with the leading space), for amounts per period.
 *
 * @example
 * perPeriod(wordsOf("ru"), "week"); // " в неделю"
 */
export function perPeriod(words: Words, unit: PeriodExplainOptions["periodUnit"]): string {
  const en = { day: " a day", week: " a week", month: " a month", quarter: " a quarter", year: " a year" } as const;
  const ru = { day: " в день", week: " в неделю", month: " в месяц", quarter: " в квартал", year: " в год" } as const;
  if (unit === undefined) return words.pick(" a period", " за период");
  return words.pick(en[unit], ru[unit]);
}
