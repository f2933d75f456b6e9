import type Decimal from "decimal.js";
import { ExactDecimal, toDecimal, type Money } from "../core";
import { minorUnitDigits } from "../core/money/currency";
import { resolveLocale, type Locale } from "./locale";

/** How amounts show their currency: a symbol (₽, $, €, ₸; default), the ISO code, or nothing. */
export type CurrencyDisplay = "symbol" | "code" | "none";

/** Options every formatter takes. */
export interface NumberFormatOptions {
  /** `"en"` (default) or `"ru"`; a region ("ru-RU") is accepted and reduced to the language. */
  readonly locale?: string;
  /** Digits after the point (money: the currency's minor unit by default). */
  readonly digits?: number;
}

/** Options of {@link formatMoney}. */
export interface MoneyFormatOptions extends NumberFormatOptions {
  readonly currencyDisplay?: CurrencyDisplay;
  /** Show `+` on positive amounts, for differences (ΔT, ΔOE). */
  readonly signed?: boolean;
}

/** A decimal, a JS number or a decimal string: whatever a result holds. */
export type Numeric = Decimal | number | string;

/**
 * The one rounding rule of everything the library shows (tables, `show()`, the CLI, chart labels and
 * hover text): to the digits shown, half away from zero, as Russian accounting and Excel round, and as
 * `round()` and the tax rule of the core do. 0.125 shows as 0.13 and -0.125 as -0.13. The rounding
 * happens on the exact decimal, so a value is never shown through a float (1.005 shows as 1.01).
 *
 * @example
 * roundForDisplay(toDecimal("0.125"), 2).toFixed(2); // "0.13"
 * roundForDisplay(-2.5, 0).toFixed(0);               // "-3"
 */
export function roundForDisplay(value: Numeric, digits: number): Decimal {
  // decimal.js's ROUND_HALF_UP is "half away from zero" (its ROUND_HALF_CEIL is the one towards +∞).
  return toDecimal(value).toDecimalPlaces(digits, ExactDecimal.ROUND_HALF_UP);
}

// Typography: a negative amount is written with the minus sign (U+2212), as the talk and printed tables write
// −30, not with the hyphen Intl gives. Only text for a reader goes through here: CSV, JSON and workbook values
// are written from the exact decimals and keep their "-".
const MINUS = "\u2212";
function withMinus(text: string): string {
  return text.replace("-", MINUS);
}

/**
 * An amount of money for a reader, formatted by Intl from its exact decimal text (so the kopeck of a
 * very large amount survives), in the reader's locale: the one given, else the session's default
 * ({@link setDefaultLocale}). Rounded to the currency's minor unit by {@link roundForDisplay}.
 *
 * @example
 * formatMoney(money("-50"), { locale: "ru" });  // "−50,00 ₽" (a minus sign, U+2212)
 * formatMoney(money("1234.5", "KZT"));         // "₸1,234.50"
 * formatMoney(money(30), { signed: true });    // "+₽30.00"
 * formatMoney(money("0.125"));                 // "₽0.13"
 */
export function formatMoney(value: Money, options: MoneyFormatOptions = {}): string {
  const digits = options.digits ?? minorUnitDigits(value.currency);
  const display = options.currencyDisplay ?? "symbol";
  const format = new Intl.NumberFormat(resolveLocale(options.locale), {
    ...(display === "none"
      ? {}
      : { style: "currency", currency: value.currency, currencyDisplay: display === "code" ? "code" : "narrowSymbol" }),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: options.signed ? "exceptZero" : "auto",
  });
  // Intl.NumberFormat.format accepts a decimal string and keeps all of its digits (ES2023 "string
  // numeric literal"); the type declaration only knows number | bigint.
  return withMinus(format.format(roundForDisplay(value.amount, digits).toFixed(digits) as unknown as number));
}

/**
 * A plain number (a quantity, hours, a ratio) in the reader's locale, exactly: a decimal is formatted
 * from its text, never through a float. Without `digits` it keeps up to `maxDigits` (default 2).
 *
 * @example
 * formatNumber(toDecimal("1234.5"), { locale: "ru" });   // "1 234,5"
 * formatNumber(17.333333, { digits: 1 });                // "17.3"
 */
export function formatNumber(
  value: Numeric,
  options: NumberFormatOptions & { readonly maxDigits?: number; readonly signed?: boolean } = {},
): string {
  if (typeof value === "number" && !Number.isFinite(value)) return value > 0 ? "∞" : value < 0 ? "−∞" : "NaN";
  const maxDigits = options.digits ?? options.maxDigits ?? 2;
  const format = new Intl.NumberFormat(resolveLocale(options.locale), {
    minimumFractionDigits: options.digits ?? 0,
    maximumFractionDigits: maxDigits,
    signDisplay: options.signed ? "exceptZero" : "auto",
  });
  // Rounded on the exact decimal first, so Intl never sees more digits than it shows.
  const text = roundForDisplay(value, maxDigits).toFixed();
  return withMinus(format.format(text as unknown as number));
}

/**
 * A share (0.923) as a percentage in the reader's locale ("92.3%", "92,3 %"), rounded by
 * {@link roundForDisplay}.
 *
 * @example
 * formatPercent(0.16, { locale: "ru" });        // "16 %"
 * formatPercent(toDecimal("0.9234"), { digits: 1 }); // "92.3%"
 */
export function formatPercent(value: Numeric, options: NumberFormatOptions = {}): string {
  if (typeof value === "number" && !Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  const digits = options.digits ?? 1;
  const format = new Intl.NumberFormat(resolveLocale(options.locale), {
    style: "percent",
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  });
  return withMinus(format.format(roundForDisplay(value, digits + 2).toFixed() as unknown as number));
}

/**
 * The symbol of a currency as the locale writes it (₽, $, €, ₸), for axis titles.
 *
 * @example
 * currencySymbol("KZT"); // "₸"
 */
export function currencySymbol(currency: string, locale?: string): string {
  const parts = new Intl.NumberFormat(resolveLocale(locale), {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
  }).formatToParts(0);
  return parts.find((part) => part.type === "currency")?.value ?? currency;
}

/**
 * Plotly's `layout.separators` for a locale: the decimal mark, then the thousands separator, so axis
 * ticks read "1 234,5" in Russian and "1,234.5" in English.
 *
 * @example
 * plotlySeparators("ru"); // ", " (comma, no-break space)
 */
export function plotlySeparators(locale?: Locale | string): string {
  return resolveLocale(locale) === "ru" ? ",\u00a0" : ".,";
}
