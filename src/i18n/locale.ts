import { ArgumentError } from "../core/errors";

/** The languages the workbook speaks: English (default) and Russian, the language of the talk. */
export type Locale = "en" | "ru";

/** Every locale the labels exist in. */
export const LOCALES: readonly Locale[] = ["en", "ru"];

let defaultLocale: Locale = "en";

/**
 * Turns what a reader asks for ("ru", "ru-RU", "RU", undefined) into a locale the labels exist in.
 * Anything unknown falls back to the default locale (English unless {@link setDefaultLocale} said
 * otherwise), because a chart in the wrong language is better than no chart.
 *
 * @example
 * resolveLocale("ru-RU"); // "ru"
 * resolveLocale("de");    // "en"
 * resolveLocale();        // "en" (or the default set for the session)
 */
export function resolveLocale(requested?: string): Locale {
  if (requested === undefined || requested === null) return defaultLocale;
  const language = String(requested).trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? "") ? (language as Locale) : defaultLocale;
}

/**
 * Sets the locale used when a table or a chart is not given one: one line at the top of a Russian
 * notebook instead of `{ locale: "ru" }` on every call. Returns the previous default.
 *
 * @example
 * setDefaultLocale("ru");
 * formatMoney(money("1234.5")); // "1 234,50 ₽"
 * show(throughputReport(salon)); // labels in Russian
 */
export function setDefaultLocale(locale: Locale): Locale {
  if (!(LOCALES as readonly string[]).includes(locale))
    throw new ArgumentError("unknown_locale", locale, `unknown locale: ${JSON.stringify(locale)}; use "en" or "ru"`);
  const previous = defaultLocale;
  defaultLocale = locale;
  return previous;
}

/**
 * The locale used when none is given.
 *
 * @example
 * getDefaultLocale(); // "en", until setDefaultLocale("ru")
 */
export function getDefaultLocale(): Locale {
  return defaultLocale;
}
