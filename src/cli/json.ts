import { ExactDecimal, toDecimal } from "../core/money/decimal";
import { minorUnitDigits } from "../core/money/currency";
import { isMoney, type Money } from "../core/money/money";

/** Digits after the point of a ratio in JSON (TPAR, a utilisation, a share of the CCR). */
export const RATIO_DIGITS = 4;

/**
 * A decimal rounded for JSON, half away from zero as everything the library shows: fixed digits, as a
 * string, so a reader gets the number as written ("1.4889"), not a float's 17 digits nor a quotient's 58.
 *
 * @example
 * decimalText(1.488888888888889, 4); // "1.4889"
 */
export function decimalText(value: ExactDecimal | number | string, digits: number): string {
  return toDecimal(value).toDecimalPlaces(digits, ExactDecimal.ROUND_HALF_UP).toFixed(digits);
}

/**
 * A ratio for JSON: a decimal string with {@link RATIO_DIGITS} digits; null when there is none (undefined)
 * or it is unbounded (a zero denominator), since JSON has no infinity.
 *
 * @example
 * ratioJson(0.92); // "0.9200"
 */
export function ratioJson(value: number | ExactDecimal | undefined): string | null {
  if (value === undefined) return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  if (typeof value !== "number" && !value.isFinite()) return null;
  return decimalText(value, RATIO_DIGITS);
}

/** A demand quantity for JSON: the number, null without a demand row, "unlimited" without a demand limit. */
export function demandJson(value: number | undefined): number | string | null {
  if (value === undefined) return null;
  return value === Number.POSITIVE_INFINITY ? "unlimited" : value;
}

/**
 * JSON text in which every amount of money is a decimal string with its currency's minor digits
 * (`"6300.00"`, `"0.63"`; yen `"100"`), rounded half away from zero: exact for every amount a model holds,
 * and a derived amount (T per constraint minute, a cost per hour) no longer shows 58 digits. Other
 * values serialise as usual; a non-finite number becomes null.
 *
 * @example
 * exactJson({ throughput: money(6300, "USD") }); // '{\n  "throughput": "6300.00"\n}'
 */
export function exactJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, item: unknown) => {
      if (isMoney(item)) return decimalText((item as Money).amount, minorUnitDigits((item as Money).currency));
      if (typeof item === "number" && !Number.isFinite(item)) return null;
      return item;
    },
    2,
  );
}
