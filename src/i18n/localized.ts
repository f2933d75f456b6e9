import { resolveLocale } from "./locale";

/** A text written in both languages of the workbook. */
export interface LocalizedText {
  readonly en: string;
  readonly ru: string;
}

/**
 * The English or the Russian text, whichever the locale is (default: the session's, `setDefaultLocale`):
 * one line in a notebook's code cell, so both editions run the same code and each reads in its language.
 *
 * @example
 * setDefaultLocale("ru");
 * localized({ en: "Who is busy", ru: "Кто чем занят" }); // "Кто чем занят"
 * localized({ en: "Who is busy", ru: "Кто чем занят" }, "en"); // "Who is busy"
 */
export function localized(text: LocalizedText, locale?: string): string {
  if (typeof text?.en !== "string" || typeof text?.ru !== "string")
    throw new TypeError(`localized() needs { en: "...", ru: "..." }, got ${JSON.stringify(text)}`);
  return text[resolveLocale(locale)];
}
