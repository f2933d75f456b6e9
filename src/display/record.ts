/**
 * Figures a notebook records for the runner (like scrapbook's `glue`): `record("netProfit", plan.netProfit)`
 * shows one line in the notebook and leaves the value, as JSON, in an attribute the runner reads back
 * after the run; the executed copy keeps every recorded figure in its metadata, and a sweep's comparison
 * page lays them side by side, one column per run.
 */
import { formatMoney, resolveLocale } from "../i18n";
import { ArgumentError, isMoney, type Money } from "../core";
import { escapeHtml } from "../text/escape";
import { emit, type DisplayTarget } from "./kernel";

/** A recorded figure: money as exact decimal text with its currency, or a plain JSON value; with the text shown. */
export interface RecordedFigure {
  readonly name: string;
  readonly value: string | number | boolean | null | { readonly amount: string; readonly currency: string };
  /** The value as the reader sees it (formatted money, the number, the text). */
  readonly text: string;
}

/** Options of {@link record}. */
export interface RecordOptions {
  readonly locale?: string;
  readonly display?: DisplayTarget;
}

const NAME = /^[A-Za-z_][\w.-]{0,63}$/;

/**
 * The figure as {@link record} stores it.
 *
 * @example
 * recordedFigure("netProfit", money(300, "USD")); // { name: "netProfit", value: { amount: "300", currency: "USD" }, text: "$300.00" }
 */
export function recordedFigure(
  name: string,
  value: Money | string | number | boolean | null,
  locale?: string,
): RecordedFigure {
  if (!NAME.test(name))
    throw new ArgumentError(
      "invalid_name",
      name,
      `a recorded figure's name must be a word (letters, digits, _ . -), got ${JSON.stringify(name)}`,
    );
  if (isMoney(value))
    return {
      name,
      value: { amount: value.amount.toString(), currency: value.currency },
      text: formatMoney(value, { locale: resolveLocale(locale) }),
    };
  if (typeof value === "number" && !Number.isFinite(value))
    throw new ArgumentError("not_a_number", value, `${name}: a recorded number must be finite, got ${value}`);
  if (value !== null && !["string", "number", "boolean"].includes(typeof value))
    throw new ArgumentError("unsupported_type", value, `${name}: record money, a string, a number, a boolean or null`);
  return { name, value, text: value === null ? "—" : String(value) };
}

/** The HTML of a recorded figure: one visible line, the figure as JSON in `data-ta-record`. */
export function recordHtml(figure: RecordedFigure): string {
  return (
    `<div class="ta-record" data-ta-record="${escapeHtml(JSON.stringify(figure))}"><code>${escapeHtml(figure.name)}</code> ` +
    `= ${escapeHtml(figure.text)}</div>`
  );
}

/**
 * Records a figure of the notebook for `npm start`'s sweeps (`--grid`): the executed copy keeps it in its
 * metadata and the comparison page shows it for every run. In Jupyter it shows as one line.
 *
 * @example
 * record("netProfit", rankingMix(salon).netProfit);
 * record("constraint", findConstraint(salon).kind);
 */
export function record(
  name: string,
  value: Money | string | number | boolean | null,
  options: RecordOptions = {},
): void {
  const figure = recordedFigure(name, value, options.locale);
  emit(recordHtml(figure), `${figure.name} = ${figure.text}`, options.display);
}

const RECORD = /<div class="ta-record" data-ta-record="([^"]*)">/g;

/**
 * Every figure recorded in an output's HTML, in order (the runner reads executed notebooks with it).
 *
 * @example
 * recordsInHtml(recordHtml(recordedFigure("units", 3))); // [{ name: "units", value: 3, text: "3" }]
 */
export function recordsInHtml(html: string): RecordedFigure[] {
  const found: RecordedFigure[] = [];
  for (const match of html.matchAll(RECORD)) {
    try {
      const figure = JSON.parse(unescapeHtml(match[1]!)) as RecordedFigure;
      if (typeof figure?.name === "string" && typeof figure.text === "string") found.push(figure);
    } catch {
      // Not ours after all (hand-written HTML with the same class): skipped, never fatal.
    }
  }
  return found;
}

function unescapeHtml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, entity: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[entity]!,
  );
}
