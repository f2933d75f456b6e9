import { toDecimal } from "../money/decimal";

/**
 * Quantities are JS numbers whose shortest text is the value written (at most 15 significant digits, see
 * `QUANTITY_DIGITS`); these add and subtract them through that text, so 0.1 + 0.2 is 0.3, never
 * 0.30000000000000004. Whole numbers below 2^53 take the plain path: their float sum is already exact.
 *
 * @example
 * addQuantities(0.1, 0.2);      // 0.3
 * subtractQuantities(100, 68.5714285714); // 31.4285714286
 */
export function addQuantities(a: number, b: number): number {
  if (Number.isInteger(a) && Number.isInteger(b) && Number.isSafeInteger(a + b)) return a + b;
  return toDecimal(a).plus(toDecimal(b)).toNumber();
}

/**
 * a − b of two quantities, exactly from their text (see {@link addQuantities}).
 *
 * @example
 * subtractQuantities(0.3, 0.1); // 0.2
 */
export function subtractQuantities(a: number, b: number): number {
  if (Number.isInteger(a) && Number.isInteger(b) && Number.isSafeInteger(a - b)) return a - b;
  return toDecimal(a).minus(toDecimal(b)).toNumber();
}
