import { toDecimal } from "../core/money/decimal";
import type { Money } from "../core/money/money";
import { formatMoney, roundForDisplay } from "../i18n/format";
import { terminalText } from "../text/escape";

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

/**
 * Text made safe to print: what the CLI writes can hold names from a model folder (a model, period,
 * resource or column name, a cell's text in a warning), and a name like `\x1b]0;pwned\x07\x1b[2J` would
 * retitle and clear the terminal. JSON output keeps being JSON with the same values: its control and
 * invisible characters (which can only be inside strings) are written as `\uXXXX` escapes. Any other text
 * shows them as `<U+001B>`, keeping line feeds and tabs.
 *
 * @example
 * terminalSafe('model "a\u001b[2J"');      // 'model "a<U+001B>[2J"'
 * terminalSafe('{"name":"a\u200bb"}');      // '{"name":"a\\u200bb"}'
 */
export function terminalSafe(text: string): string {
  if (looksLikeJson(text)) return text.replace(HIDDEN_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return terminalText(text);
}

// Outside strings JSON has only space, tab, CR and LF between tokens, so every other such character is
// inside a string and an escape there stands for the same character.
const HIDDEN_IN_JSON = /(?![\n\t\r ])[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

function looksLikeJson(text: string): boolean {
  const start = text.trimStart()[0];
  if (start !== "{" && start !== "[") return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
