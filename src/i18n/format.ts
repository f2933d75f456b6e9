import type Decimal from "decimal.js";
import { ExactDecimal, formatMoney, toDecimal, type Money } from "../core";
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

/** Options of {@link formatAmount}. */
export interface AmountFormatOptions extends NumberFormatOptions {
  readonly currencyDisplay?: CurrencyDisplay;
  /** Show `+` on positive amounts, for differences (ΔT, ΔOE). */
  readonly signed?: boolean;
}

/** A decimal, a JS number or a decimal string: whatever a result holds. */
export type Numeric = Decimal | number | string;

/**
 * An amount of money for a reader, formatted by Intl from its exact decimal text (so the kopeck of a
 * very large amount survives) in the reader's locale.
 *
 * @example
 * formatAmount(money("-50"), { locale: "ru" });  // "-50,00 ₽"
 * formatAmount(money("1234.5", "KZT"));         // "₸1,234.50"
 * formatAmount(money(30), { signed: true });    // "+₽30.00"
 */
export function formatAmount(value: Money, options: AmountFormatOptions = {}): string {
  return formatMoney(value, {
    locale: resolveLocale(options.locale),
    ...(options.digits === undefined ? {} : { digits: options.digits }),
    currencyDisplay: options.currencyDisplay ?? "symbol",
    ...(options.signed ? { signed: true } : {}),
  });
}

/**
 * A plain number (a quantity, hours, a ratio) in the reader's locale, exactly: a decimal is formatted
 * from its text, never through a float. Without `digits` it keeps up to `maxDigits` (default 2).
 *
 * @example
 * formatNumber(toDecimal("1234.5"), { locale: "ru" });   // "1 234,5"
 * formatNumber(17.333333, { digits: 1 });                // "17.3"
 */
export function formatNumber(value: Numeric, options: NumberFormatOptions & { readonly maxDigits?: number; readonly signed?: boolean } = {}): string {
  if (typeof value === "number" && !Number.isFinite(value)) return value > 0 ? "∞" : value < 0 ? "−∞" : "NaN";
  const maxDigits = options.digits ?? options.maxDigits ?? 2;
  const format = new Intl.NumberFormat(resolveLocale(options.locale), {
    minimumFractionDigits: options.digits ?? 0,
    maximumFractionDigits: maxDigits,
    signDisplay: options.signed ? "exceptZero" : "auto",
  });
  // Rounded half-up on the exact decimal first, so Intl never sees more digits than it shows.
  const text = toDecimal(value).toDecimalPlaces(maxDigits, ExactDecimal.ROUND_HALF_UP).toFixed();
  return format.format(text as unknown as number);
}

/**
 * A share (0.923) as a percentage in the reader's locale ("92.3%", "92,3 %").
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
  return format.format(toDecimal(value).toDecimalPlaces(digits + 2, ExactDecimal.ROUND_HALF_UP).toFixed() as unknown as number);
}

/**
 * The symbol of a currency as the locale writes it (₽, $, €, ₸), for axis titles.
 *
 * @example
 * currencySymbol("KZT"); // "₸"
 */
export function currencySymbol(currency: string, locale?: string): string {
  const parts = new Intl.NumberFormat(resolveLocale(locale), { style: "currency", currency, currencyDisplay: "narrowSymbol" }).formatToParts(0);
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
