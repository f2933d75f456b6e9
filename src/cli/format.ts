import { formatMoney } from "../core/money/format";
import type { Money } from "../core/money/money";

/** An amount for a table cell: digits with thousands separators, the currency said once in the heading. */
export function cellMoney(value: Money | undefined): string {
  return value === undefined ? "" : formatMoney(value, { locale: "en", currencyDisplay: "none" });
}

/** An amount with its currency code, for summary lines. */
export function lineMoney(value: Money): string {
  return formatMoney(value, { locale: "en", currencyDisplay: "code" });
}

/** A share as a percentage with one decimal: 0.9166 → "91.7 %". */
export function percent(share: number | undefined): string {
  if (share === undefined) return "";
  if (!Number.isFinite(share)) return "∞";
  return `${(share * 100).toFixed(1)} %`;
}

/** A quantity or time: integers as they are, fractions with at most 4 decimals. */
export function quantity(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
}
