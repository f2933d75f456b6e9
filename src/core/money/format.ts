import type { Money } from "./money";
import { minorUnitDigits } from "./currency";

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** A BCP 47 locale: `"en"` (default) or `"ru"`, or any other that Intl knows. */
  readonly locale?: string;
  /** Digits after the point; defaults to the currency's minor unit. */
  readonly digits?: number;
  /** `"symbol"` (₽, $, €, ₸; default), `"code"` (RUB) or `"none"` (number only). */
  readonly currencyDisplay?: "symbol" | "code" | "none";
  /** Show a `+` on positive amounts (for differences such as ΔT). */
  readonly signed?: boolean;
}

/**
 * Formats an amount for a reader with `Intl.NumberFormat`, from its exact decimal text, so
 * 1 000 000 000 000 000 000.01 keeps its kopeck (Intl takes the text as it is, not as a float).
 *
 * @example
 * formatMoney(money("1234.5"), { locale: "en" });   // "RUB 1,234.50" or "₽1,234.50", as Intl's data says
 * formatMoney(money("1234.5"), { locale: "ru" });   // "1 234,50 ₽"
 * formatMoney(money("-50"), { locale: "ru", currencyDisplay: "none" }); // "-50,00"
 */
export function formatMoney(value: Money, options: FormatMoneyOptions = {}): string {
  const digits = options.digits ?? minorUnitDigits(value.currency);
  const display = options.currencyDisplay ?? "symbol";
  const format = new Intl.NumberFormat(options.locale ?? "en", {
    ...(display === "none" ? {} : { style: "currency", currency: value.currency, currencyDisplay: display === "code" ? "code" : "narrowSymbol" }),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: options.signed ? "exceptZero" : "auto",
  });
  const exact = value.amount.toFixed(digits);
  // Intl.NumberFormat.format accepts a decimal string and keeps all of its digits (ES2023 "string
  // numeric literal"); the type declaration only knows number | bigint.
  return format.format(exact as unknown as number);
}
