/**
 * Currencies the library knows, with the number of minor-unit digits used when an amount has to be
 * rounded to something payable (kopecks, cents, tiyn).
 */
export const CURRENCIES = {
  RUB: { code: "RUB", minorUnitDigits: 2, name: "Russian rouble" },
  USD: { code: "USD", minorUnitDigits: 2, name: "US dollar" },
  EUR: { code: "EUR", minorUnitDigits: 2, name: "Euro" },
  KZT: { code: "KZT", minorUnitDigits: 2, name: "Kazakhstani tenge" },
  BYN: { code: "BYN", minorUnitDigits: 2, name: "Belarusian rouble" },
  UAH: { code: "UAH", minorUnitDigits: 2, name: "Ukrainian hryvnia" },
  GBP: { code: "GBP", minorUnitDigits: 2, name: "Pound sterling" },
  CNY: { code: "CNY", minorUnitDigits: 2, name: "Chinese yuan" },
  JPY: { code: "JPY", minorUnitDigits: 0, name: "Japanese yen" },
} as const;

/** An ISO 4217 code of a currency the library knows. */
export type CurrencyCode = keyof typeof CURRENCIES;

/** The currency used when none is given: the talk's roubles. */
export const DEFAULT_CURRENCY: CurrencyCode = "RUB";

/**
 * Tells whether a text is a known currency code (exact, upper case).
 *
 * @example
 * isCurrencyCode("KZT"); // true
 * isCurrencyCode("rub"); // false
 */
export function isCurrencyCode(text: string): text is CurrencyCode {
  return Object.prototype.hasOwnProperty.call(CURRENCIES, text);
}

/**
 * The number of digits after the decimal point of a currency's minor unit.
 *
 * @example
 * minorUnitDigits("RUB"); // 2
 */
export function minorUnitDigits(currency: CurrencyCode): number {
  return CURRENCIES[currency].minorUnitDigits;
}
