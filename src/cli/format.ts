import { toDecimal } from "../core/money/decimal";
import type { Money } from "../core/money/money";
import { formatMoney, roundForDisplay } from "../i18n/format";

/**
 * An amount for a table cell: digits with thousands separators, the currency said once in the heading.
 * Rounded as everything the library shows (half away from zero, see roundForDisplay).
 *
 * @example
 * cellMoney(money("0.125")); // "0.13"
 */
export function cellMoney(value: Money | undefined): string {
  return value === undefined ? "" : formatMoney(value, { currencyDisplay: "none" });
}

/**
 * An amount with its currency code, for summary lines.
 *
 * @example
 * lineMoney(money("1234.5")); // "RUB 1,234.50"
 */
export function lineMoney(value: Money): string {
  return formatMoney(value, { currencyDisplay: "code" });
}

/**
 * A share as a percentage with one decimal, rounded half away from zero on its exact decimal.
 *
 * @example
 * percent(0.9166); // "91.7 %"
 */
export function percent(share: number | undefined): string {
  if (share === undefined) return "";
  if (!Number.isFinite(share)) return "∞";
  return `${roundForDisplay(toDecimal(share).times(100), 1).toFixed(1)} %`;
}

/**
 * A quantity or time: integers as they are, fractions with at most 4 decimals (half away from zero).
 *
 * @example
 * quantity(0.1 + 0.2); // "0.3"
 */
export function quantity(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? "∞" : value < 0 ? "−∞" : "not a number";
  return Number.isInteger(value) ? String(value) : roundForDisplay(value, 4).toFixed();
}
