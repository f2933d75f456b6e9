import type { TimeUnit } from "../core/model/types";
import type { Money } from "../core/money/money";
import {
  cliLabels,
  formatMoney,
  formatNumber,
  formatPercent,
  labels,
  resolveLocale,
  type CliLabels,
  type Locale,
} from "../i18n";
import { terminalText } from "../text/escape";

// The command line runs one command per process (or one per `runCli` call), so the locale the command
// was given lives here for its helpers, instead of being threaded through every table cell.
let current: Locale = "en";

/**
 * Sets the locale of the text output (`--locale ru|en`); every helper below formats in it.
 *
 * @example
 * useCliLocale("ru"); cellMoney(money("1234.5")); // "1 234,50 ₽"
 */
export function useCliLocale(locale: Locale): void {
  current = resolveLocale(locale);
}

/** The locale of the text output. */
export function cliLocale(): Locale {
  return current;
}

/** The command line's words in the current locale. */
export function words(): CliLabels {
  return cliLabels(current);
}

/**
 * An amount for a table cell, in the one money format of the library (tables, charts, CLI): the
 * currency symbol, thousands separators and the currency's minor unit, as the locale writes them.
 *
 * @example
 * cellMoney(money("6300", "USD")); // "$6,300.00"
 */
export function cellMoney(value: Money | undefined): string {
  return value === undefined ? "" : formatMoney(value, { locale: current });
}

/** An amount for a summary line: the same format as a cell. */
export function lineMoney(value: Money): string {
  return formatMoney(value, { locale: current });
}

/** A share as a percentage with one decimal: 0.9166 → "91.7%" ("91,7 %" in Russian). */
export function percent(share: number | undefined): string {
  if (share === undefined) return "";
  return formatPercent(share, { locale: current, digits: 1 });
}

/**
 * A quantity or a time with thousands separators, fractions with at most 4 decimals; an unlimited
 * demand (Infinity) in words.
 *
 * @example
 * quantity(12500); // "12,500"
 */
export function quantity(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return words().unlimited;
  return formatNumber(value, { locale: current, maxDigits: 4 });
}

/**
 * A time unit as the locale abbreviates it: "min", "h" ("мин", "ч").
 *
 * @example
 * unitText("hour"); // "h"
 */
export function unitText(unit: TimeUnit): string {
  return unit === "hour" ? labels(current).hours : labels(current).minutes;
}

/**
 * A span of time after "per": one unit in words ("hour", "час"), more with the number ("6 min").
 *
 * @example
 * timeSpanText({ amount: 6, unit: "minute" }); // "6 min"
 */
export function timeSpanText(span: { readonly amount: number; readonly unit: TimeUnit }): string {
  if (span.amount === 1) return span.unit === "hour" ? words().oneHour : words().oneMinute;
  return `${quantity(span.amount)} ${unitText(span.unit)}`;
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
  if (looksLikeJson(text))
    return text.replace(HIDDEN_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
