import type { Worksheet } from "exceljs";
import type { CurrencyCode } from "../../core/money/currency";
import { minorUnitDigits } from "../../core/money/currency";
import { ExactDecimal } from "../../core/money/decimal";
import type { Money } from "../../core/money/money";
import { getDefaultLocale, type Locale } from "../../i18n/locale";

/** A decimal as the library holds it: an exact decimal, or a JS number (quantities), or money. */
export type Numeric = number | ExactDecimal | Money;

function decimalText(value: Numeric): string {
  if (typeof value === "number") return new ExactDecimal(String(value)).toFixed();
  if (ExactDecimal.isDecimal(value)) return (value as ExactDecimal).toFixed();
  return (value as Money).amount.toFixed();
}

/**
 * A demand quantity's cell: the number, or the text `unlimited` for no demand limit (as demand.csv writes it,
 * so the workbook read back gives the same model).
 *
 * @example
 * demandCell(Infinity); // "unlimited"
 */
export function demandCell(quantity: number): number | string {
  return quantity === Infinity ? "unlimited" : cellNumber(quantity);
}

/**
 * The value to put in a cell for an exact decimal: a number when the number holds it exactly as Excel
 * reads numbers back (15 significant digits), else the exact text, so no digit the user gave is lost
 * (a spreadsheet's arithmetic still reads such text as a number).
 *
 * @example
 * cellNumber(money("68.50", "RUB")); // 68.5
 * cellNumber(new ExactDecimal("1000000000000.125")); // "1000000000000.125" (17 digits: kept as text)
 */
export function cellNumber(value: Numeric): number | string {
  const text = decimalText(value);
  const number = Number(text);
  const digits = text.replace(/^-/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
  return digits <= 15 && new ExactDecimal(String(number)).equals(new ExactDecimal(text)) ? number : text;
}

/**
 * The plain JS number of a decimal, for a formula's cached result (which a spreadsheet stores as a
 * double anyway). Only used for cached values; the cells a user types into get {@link cellNumber}.
 *
 * @example
 * cachedNumber(money("0.1", "RUB")); // 0.1
 */
export function cachedNumber(value: Numeric): number {
  return Number(decimalText(value));
}

// The signs spreadsheets show; a code for the others, as the CLI and the tables do.
const SIGNS: Partial<Record<CurrencyCode, string>> = {
  RUB: "₽",
  USD: "$",
  EUR: "€",
  KZT: "₸",
  GBP: "£",
  JPY: "¥",
  UAH: "₴",
  CNY: "¥",
};

/**
 * The number format of money cells in a currency, as the library's money format writes it in the locale:
 * thousands grouped, the currency's minor digits, the sign before the amount in English (`$6,300.00`) and
 * after it in Russian (`6 300,00 ₽`), negatives with a minus. The separators are the reader's own: a
 * Russian Excel shows `1 234,50 ₽` for the Russian format.
 *
 * @example
 * moneyFormat("RUB", "ru"); // '#,##0.00 "₽";-#,##0.00 "₽"'
 * moneyFormat("USD", "en"); // '"$"#,##0.00;-"$"#,##0.00'
 * moneyFormat("JPY", "ru"); // '#,##0 "¥";-#,##0 "¥"'
 */
export function moneyFormat(currency: CurrencyCode, locale: Locale = getDefaultLocale()): string {
  const digits = minorUnitDigits(currency);
  const number = digits > 0 ? `#,##0.${"0".repeat(digits)}` : "#,##0";
  const sign = SIGNS[currency] ?? currency;
  return locale === "ru" ? `${number} "${sign}";-${number} "${sign}"` : `"${sign}"${number};-"${sign}"${number}`;
}

/** Quantities: grouped thousands, decimals only when there are any. */
export const QUANTITY_FORMAT = "#,##0.####";
/** Whole quantities: Excel shows `40.` for 40 in {@link QUANTITY_FORMAT}, so whole numbers get this one. */
export const WHOLE_QUANTITY_FORMAT = "#,##0";

/**
 * Gives every whole number formatted as a quantity the whole-number format, so Excel shows `40`, not `40.`
 * (a format with optional decimals keeps its decimal point). Cells with decimals keep theirs.
 *
 * @example
 * tidyQuantityFormats(workbook); // after the sheets are written
 */
export function tidyQuantityFormats(workbook: { eachSheet(callback: (sheet: Worksheet) => void): void }): void {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.numFmt !== QUANTITY_FORMAT) return;
        // (A formula's value is { formula, result }; exceljs is loaded lazily, so no ValueType here.)
        const raw = cell.value as unknown;
        const value =
          typeof raw === "object" && raw !== null && "formula" in raw ? (raw as { result?: unknown }).result : raw;
        if (typeof value === "number" && Number.isInteger(value)) cell.numFmt = WHOLE_QUANTITY_FORMAT;
      }),
    ),
  );
}
/** Shares of a capacity (0.16 is 16 %). */
export const PERCENT_FORMAT = "0.0%";

/**
 * The percent format in a locale: `16.0%` in English, `16,0 %` in Russian (a space before the sign, as
 * Russian writes it and the library's percentages show).
 *
 * @example
 * percentFormat("ru"); // "0.0 %"
 */
export function percentFormat(locale: Locale = getDefaultLocale()): string {
  return locale === "ru" ? "0.0 %" : PERCENT_FORMAT;
}
/** Rates of TVC as a share of the price, exact to a hundredth of a percent and more. */
export const RATE_FORMAT = "0.00##%";

/**
 * A sheet name as a formula refers to it: `products`, `'battle map'`.
 *
 * @example
 * sheetRef("battle map"); // "'battle map'"
 */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}
