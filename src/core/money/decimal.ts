import { ArgumentError } from "../errors";
import Decimal from "decimal.js";

/**
 * The one decimal context every amount, ratio and quantity in the core is computed in.
 *
 * decimal.js rounds every operation to 20 significant digits by default, which already loses the kopeck
 * of 1 000 000 000 000 000 000.01. An isolated clone keeps the library's precision out of reach of a
 * user's own `Decimal.set(...)`, and banker's rounding is explicit rather than inherited.
 *
 * @example
 * new ExactDecimal("0.1").plus("0.2").toString(); // "0.3"
 */
export const ExactDecimal = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 60,
});

/** A decimal number of the library's context. */
export type ExactDecimal = Decimal;

/** What can be turned into an exact decimal: a decimal string, a finite number, a bigint or a Decimal. */
export type DecimalInput = string | number | bigint | Decimal;

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Turns a value into an exact decimal, refusing anything that is not a number.
 *
 * Numbers go through their shortest round-trip text (`String(0.1)` is `"0.1"`), so `0.1` stays 0.1 and
 * never becomes 0.1000000000000000055511151231257827.
 *
 * @example
 * toDecimal("68.50").toString(); // "68.5"
 * toDecimal(0.1).plus(toDecimal(0.2)).toString(); // "0.3"
 * toDecimal("abc"); // throws ArgumentError not_a_number: not a decimal number: "abc"
 */
export function toDecimal(value: DecimalInput): ExactDecimal {
  if (Decimal.isDecimal(value)) {
    if (!value.isFinite())
      throw new ArgumentError("not_a_number", value.toString(), `not a finite decimal number: ${value.toString()}`);
    return new ExactDecimal(value);
  }
  if (typeof value === "bigint") return new ExactDecimal(value.toString());
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new ArgumentError("not_a_number", value, `not a finite number: ${String(value)}`);
    return new ExactDecimal(String(value));
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (!DECIMAL_TEXT.test(text))
      throw new ArgumentError("not_a_number", value, `not a decimal number: ${JSON.stringify(value)}`);
    return new ExactDecimal(text);
  }
  throw new ArgumentError("not_a_number", value, `not a decimal number: ${String(value)}`);
}

/** True when the text is a plain decimal number (`12`, `-0.5`, `1e3`), without locale separators. */
export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text.trim());
}
