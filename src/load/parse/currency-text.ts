import { isCurrencyCode, type CurrencyCode } from "../../core/money/currency";

// Signs and words spreadsheets and people write instead of ISO codes (compared in lower case).
const ALIASES: Readonly<Record<string, CurrencyCode>> = {
  "₽": "RUB",
  руб: "RUB",
  "руб.": "RUB",
  р: "RUB",
  "р.": "RUB",
  rur: "RUB",
  $: "USD",
  "€": "EUR",
  "₸": "KZT",
  тг: "KZT",
  "тг.": "KZT",
  тенге: "KZT",
  "£": "GBP",
  "¥": "JPY",
  "₴": "UAH",
  грн: "UAH",
  "грн.": "UAH",
};

/**
 * Reads a currency as written: an ISO code in any case (`RUB`, `rub`) or a common sign or abbreviation
 * (`₽`, `руб.`, `$`, `€`, `₸`). Undefined when it is not a currency the library knows.
 *
 * @example
 * readCurrencyText("rub");  // "RUB"
 * readCurrencyText("₽");    // "RUB"
 * readCurrencyText("XXX");  // undefined
 */
export function readCurrencyText(text: string): CurrencyCode | undefined {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (isCurrencyCode(upper)) return upper;
  return ALIASES[trimmed.toLowerCase()];
}

/** Known codes, for "expected …" in messages. */
export const CURRENCY_EXPECTED =
  "a known currency code (RUB, USD, EUR, KZT, BYN, UAH, GBP, CNY, JPY) or sign (₽, $, €, ₸)";
