import { ExactDecimal } from "../../core/money/decimal";
import {
  MONEY_LIMIT,
  MONEY_LIMIT_EXPECTED,
  QUANTITY_DIGITS,
  QUANTITY_LIMIT,
  QUANTITY_LIMIT_EXPECTED,
} from "../../core/model/limits";
import type { CurrencyCode } from "../../core/money/currency";
import type { IssueCode } from "../../core/model/issues";
import type { TimeUnit, TvcKind, PeriodUnit } from "../../core/model/types";
import { readNumberText, NUMBER_EXPECTED, type NumberStyle } from "./number";
import { readCurrencyText, CURRENCY_EXPECTED } from "./currency-text";

/** A cell read into a value, or what was wrong with it (message and what was expected). */
export type CellResult<T> =
  | { readonly success: true; readonly value: T }
  | { readonly success: false; readonly code: IssueCode; readonly message: string; readonly expected: string };

const fail = (code: IssueCode, message: string, expected: string) => ({
  success: false as const,
  code,
  message,
  expected,
});

// A number followed or preceded by a currency sign or code: "68,50 ₽", "$10", "1 000 руб.".
const WITH_CURRENCY_AFTER = /^(.*?\d)[\s\u00A0\u202F]*([^\d\s\u00A0\u202F.,'+\-\u2212]+\.?)$/;
const WITH_CURRENCY_BEFORE = /^([^\d\s\u00A0\u202F.,'+\-\u2212]+)[\s\u00A0\u202F]*([+\-\u2212]?\d.*)$/;

/**
 * Reads an amount of money from its text as an exact decimal (never a float), with an optional currency
 * sign or code that must be the model's currency. The sign of the amount is checked by the caller.
 *
 * @example
 * readMoneyCell("1 000,50", "decimal-comma", "RUB"); // ok: 1000.5
 * readMoneyCell("68,50 ₽", "decimal-comma", "RUB");  // ok: 68.5
 * readMoneyCell("10 $", "either", "RUB");            // not ok: another currency
 */
export function readMoneyCell(text: string, style: NumberStyle, currency: CurrencyCode): CellResult<ExactDecimal> {
  const read = readMoneyText(text, style, currency);
  return read.success ? { success: true, value: new ExactDecimal(read.value) } : read;
}

// The common cell: plain digits with an optional point, nothing to strip.
const PLAIN_AMOUNT = /^-?\d+(?:\.\d+)?$/;

/**
 * {@link readMoneyCell}, giving the amount as plain decimal text (`-1000.5`) instead of a decimal: the
 * loader turns a million prices into scaled integers without making a decimal of each.
 *
 * @example
 * readMoneyText("1 000,50", "decimal-comma", "RUB"); // ok: "1000.50"
 */
export function readMoneyText(text: string, style: NumberStyle, currency: CurrencyCode): CellResult<string> {
  const trimmed = text.trim();
  if (PLAIN_AMOUNT.test(trimmed)) return withinMoneyLimit(trimmed);
  let numberText = text;
  const after = WITH_CURRENCY_AFTER.exec(text.trim());
  const before = after ? null : WITH_CURRENCY_BEFORE.exec(text.trim());
  const sign = after ? after[2] : before ? before[1] : undefined;
  // Only a known currency is taken off; anything else stays and is reported as "not a number".
  const code = sign === undefined ? undefined : readCurrencyText(sign);
  if (code !== undefined) {
    if (code !== currency)
      return fail(
        "other_currency",
        `an amount in ${code}, not the model's currency`,
        `an amount in ${currency}, the model's currency`,
      );
    numberText = after ? after[1]! : before![2]!;
  }
  const read = readNumberText(numberText, style);
  if (!read.success) return fail(read.code, read.problem, NUMBER_EXPECTED);
  return withinMoneyLimit(read.text);
}

// MONEY_LIMIT is 10^15: an amount is below it when its integer part has at most 15 significant digits.
function withinMoneyLimit(decimalText: string): CellResult<string> {
  const digits = decimalText.charCodeAt(0) === 45 ? decimalText.slice(1) : decimalText;
  const point = digits.indexOf(".");
  let first = 0;
  const end = point < 0 ? digits.length : point;
  while (first < end && digits.charCodeAt(first) === 48) first++;
  if (end - first > MONEY_LIMIT_DIGITS) return fail("number_too_large", "amount too large", MONEY_LIMIT_EXPECTED);
  return { success: true, value: decimalText };
}

const MONEY_LIMIT_DIGITS = MONEY_LIMIT.toFixed().length - 1;

/**
 * Reads a plain quantity (units, hours, capacity) as a JS number, after reading its text exactly.
 *
 * @example
 * readQuantityCell("1,5", "decimal-comma"); // ok: 1.5
 */
export function readQuantityCell(text: string, style: NumberStyle): CellResult<number> {
  const read = readNumberText(text, style);
  if (!read.success) return fail(read.code, read.problem, NUMBER_EXPECTED);
  // Quantities are JS numbers whose shortest text is exactly the cell's value: at most 15 significant
  // digits, below the solver's limit. Anything else is refused, never silently rounded.
  if (significantDigits(read.text) > QUANTITY_DIGITS)
    return fail(
      "too_many_digits",
      "too many significant digits",
      `a number with at most ${QUANTITY_DIGITS} significant digits (it is kept exactly)`,
    );
  const value = Number(read.text);
  if (!(Math.abs(value) < QUANTITY_LIMIT)) return fail("number_too_large", "number too large", QUANTITY_LIMIT_EXPECTED);
  return { success: true, value };
}

// Digits from the first non-zero one to the last non-zero one: "0.0120" has 2, "1200" has 2, "1200.5" 5.
function significantDigits(decimalText: string): number {
  const digits = decimalText.replace(/^[-+]/, "");
  const point = digits.indexOf(".");
  const all = point < 0 ? digits : digits.slice(0, point) + digits.slice(point + 1);
  let first = 0;
  while (first < all.length && all.charCodeAt(first) === 48) first++;
  let last = all.length - 1;
  while (last >= first && all.charCodeAt(last) === 48) last--;
  return Math.max(0, last - first + 1);
}

/**
 * Reads a share of the price: a percentage with `%` (`6%`, `6,5 %`) or a fraction without it (`0.06`),
 * exactly. A number above 1 without `%` is refused, since `6` could mean 6 % or 600 %.
 *
 * @example
 * readRateCell("6%", "either").value.toString();     // "0.06"
 * readRateCell("0,065", "decimal-comma");            // ok: 0.065
 * readRateCell("6", "either");                       // not ok
 */
export function readRateCell(text: string, style: NumberStyle): CellResult<ExactDecimal> {
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const read = readNumberText(percent ? trimmed.slice(0, -1) : trimmed, style);
  const expected = "a share of the price: a percentage with % (6%) or a fraction between 0 and 1 (0.06)";
  if (!read.success) return fail(read.code, read.problem, expected);
  const value = percent ? new ExactDecimal(read.text).dividedBy(100) : new ExactDecimal(read.text);
  if (value.isNegative() && !value.isZero()) return fail("rate_out_of_range", "negative rate", expected);
  if (value.greaterThan(1))
    return fail("rate_out_of_range", percent ? "a rate above 100 %" : "a rate above 1 without a % sign", expected);
  return { success: true, value };
}

const TRUE_WORDS = new Set(["yes", "true", "1", "y", "да", "д", "истина"]);
const FALSE_WORDS = new Set(["no", "false", "0", "n", "нет", "н", "ложь"]);

/**
 * Reads yes/no: yes, no, true, false, 1, 0, да, нет (any case).
 *
 * @example
 * readBooleanCell("Да"); // success: true
 */
export function readBooleanCell(text: string): CellResult<boolean> {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return { success: true, value: true };
  if (FALSE_WORDS.has(word)) return { success: true, value: false };
  return fail("not_yes_or_no", "not yes or no", "yes or no (also true/false, 1/0, да/нет)");
}

/** Reads one of a fixed set of words, with aliases, case-insensitively. */
export function enumReader<T extends string>(what: string, aliases: Readonly<Record<string, T>>, shown: readonly T[]) {
  const expected = `one of ${shown.join(", ")}`;
  return (text: string): CellResult<T> => {
    const key = text
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, "-");
    const value = aliases[key];
    return value === undefined ? fail("unknown_value", `unknown ${what}`, expected) : { success: true, value };
  };
}

/** product | service (also товар, услуга). */
export const readProductType = enumReader<"product" | "service">(
  "type",
  { product: "product", service: "service", goods: "product", товар: "product", услуга: "service" },
  ["product", "service"],
);

/** A TVC kind: materials | piece-rate | sales-bonus | sales-tax | other. */
export const readTvcKind = enumReader<TvcKind>(
  "TVC kind",
  {
    materials: "materials",
    material: "materials",
    "piece-rate": "piece-rate",
    piecerate: "piece-rate",
    "sales-bonus": "sales-bonus",
    bonus: "sales-bonus",
    "sales-tax": "sales-tax",
    tax: "sales-tax",
    other: "other",
  },
  ["materials", "piece-rate", "sales-bonus", "sales-tax", "other"],
);

/** minute | hour, with min, minutes, h, hours, мин, ч, час, часы. */
export const readTimeUnit = enumReader<TimeUnit>(
  "time unit",
  {
    minute: "minute",
    minutes: "minute",
    min: "minute",
    мин: "minute",
    "мин.": "minute",
    минута: "minute",
    минуты: "minute",
    hour: "hour",
    hours: "hour",
    h: "hour",
    hr: "hour",
    ч: "hour",
    "ч.": "hour",
    час: "hour",
    часы: "hour",
  },
  ["minute", "hour"],
);

/** day | week | month | quarter | year. */
export const readPeriodUnit = enumReader<PeriodUnit>(
  "period unit",
  { day: "day", week: "week", month: "month", quarter: "quarter", year: "year" },
  ["day", "week", "month", "quarter", "year"],
);

/**
 * Reads a currency cell.
 *
 * @example
 * readCurrencyCell("руб."); // ok: "RUB"
 */
export function readCurrencyCell(text: string): CellResult<CurrencyCode> {
  const code = readCurrencyText(text);
  return code === undefined
    ? fail("unknown_currency", "unknown currency", CURRENCY_EXPECTED)
    : { success: true, value: code };
}
