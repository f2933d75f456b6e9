import { formatAmount, formatNumber, formatPercent } from "../i18n";
import type { CurrencyDisplay } from "../i18n/format";
import { escapeHtml } from "./escape";
import { isNegativeCell, isNumericCell, type Cell, type Table } from "./table";

/** How a table is rendered for its reader. */
export interface RenderOptions {
  /** `"en"` (default) or `"ru"`: labels and number formats. */
  readonly locale?: string;
  /** How amounts show their currency: `"symbol"` (default), `"code"` or `"none"`. */
  readonly currencyDisplay?: CurrencyDisplay;
}

/**
 * The text of one cell in the reader's locale. Money is formatted from its exact decimal.
 *
 * @example
 * formatCell({ kind: "money", value: money(-50) }, { locale: "ru" }); // "-50,00 ₽"
 */
export function formatCell(value: Cell, options: RenderOptions = {}): string {
  switch (value.kind) {
    case "text":
      return value.text;
    case "money":
      return formatAmount(value.value, {
        ...(options.locale === undefined ? {} : { locale: options.locale }),
        currencyDisplay: options.currencyDisplay ?? "symbol",
        ...(value.signed ? { signed: true } : {}),
      });
    case "number":
      return formatNumber(value.value, {
        ...(options.locale === undefined ? {} : { locale: options.locale }),
        ...(value.digits === undefined ? {} : { digits: value.digits }),
        ...(value.maxDigits === undefined ? {} : { maxDigits: value.maxDigits }),
        ...(value.signed ? { signed: true } : {}),
      });
    case "percent":
      return formatPercent(value.value, {
        ...(options.locale === undefined ? {} : { locale: options.locale }),
        ...(value.digits === undefined ? {} : { digits: value.digits }),
      });
    case "empty":
      return "";
  }
}

const TABLE_STYLE = "border-collapse:collapse;margin:0.5em 0;font-size:0.95em";
const CAPTION_STYLE = "caption-side:top;text-align:left;font-weight:bold;padding:0.3em 0;white-space:nowrap";
const CELL_STYLE = "padding:0.25em 0.75em;border-bottom:1px solid rgba(127,127,127,0.3)";
const NUM_STYLE = "text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap";
// Colour is only a third signal: the class and the minus sign carry the meaning without it.
const NEGATIVE_STYLE = "color:#c62828";
const TOTAL_STYLE = "font-weight:bold;border-top:2px solid currentColor";

/**
 * A table as HTML for a notebook: every string escaped, numbers right-aligned, negative numbers with a
 * `ta-negative` class and their minus sign, totals rows with a `ta-total` class, bold and ruled.
 *
 * @example
 * tableToHtml({ columns: [{ label: "NP", numeric: true }], rows: [{ cells: [cell.money(money(-50))], total: true }] });
 * // '<table class="ta-table">…<tr class="ta-total" …><td class="ta-num ta-negative" …>-₽50.00</td></tr>…'
 */
export function tableToHtml(table: Table, options: RenderOptions = {}): string {
  const numericColumn = table.columns.map((column, index) => column.numeric ?? table.rows.some((row) => isNumericCell(row.cells[index] ?? { kind: "empty" })));
  const head = table.columns
    .map((column, index) => `<th scope="col" style="${CELL_STYLE};${numericColumn[index] ? "text-align:right" : "text-align:left"}">${escapeHtml(column.label)}</th>`)
    .join("");
  const body = table.rows
    .map((row) => {
      const cells = table.columns
        .map((_, index) => {
          const value = row.cells[index] ?? { kind: "empty" as const };
          const classes = [isNumericCell(value) ? "ta-num" : "ta-text", isNegativeCell(value) ? "ta-negative" : ""].filter(Boolean).join(" ");
          const style = [CELL_STYLE, isNumericCell(value) || numericColumn[index] ? NUM_STYLE : "text-align:left", isNegativeCell(value) ? NEGATIVE_STYLE : ""]
            .filter(Boolean)
            .join(";");
          const tag = index === 0 ? "th" : "td";
          const scope = index === 0 ? ' scope="row"' : "";
          return `<${tag}${scope} class="${classes}" style="${style};font-weight:inherit">${escapeHtml(formatCell(value, options))}</${tag}>`;
        })
        .join("");
      return row.total ? `<tr class="ta-total" style="${TOTAL_STYLE}">${cells}</tr>` : `<tr>${cells}</tr>`;
    })
    .join("\n");
  const caption = table.title === undefined ? "" : `<caption style="${CAPTION_STYLE}">${escapeHtml(table.title)}</caption>`;
  const notes =
    table.notes === undefined || table.notes.length === 0
      ? ""
      : `<ul class="ta-notes" style="margin:0.25em 0 0.75em 1.2em;padding:0">${table.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join("")}</ul>`;
  return `<table class="ta-table" style="${TABLE_STYLE}">${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>${notes}`;
}

/**
 * A table as monospaced text, for a terminal or a plain-text output: numbers right-aligned, a rule
 * above totals, negative numbers with their minus sign.
 *
 * @example
 * console.log(tableToText(table));
 * // Metric                    Value
 * // ───────────────────────  ───────
 * // Net profit (NP)         -₽50.00
 */
export function tableToText(table: Table, options: RenderOptions = {}): string {
  const grid = table.rows.map((row) => table.columns.map((_, index) => formatCell(row.cells[index] ?? { kind: "empty" }, options)));
  const numericColumn = table.columns.map((column, index) => column.numeric ?? table.rows.some((row) => isNumericCell(row.cells[index] ?? { kind: "empty" })));
  const widths = table.columns.map((column, index) => Math.max(width(column.label), ...grid.map((line) => width(line[index] ?? ""))));
  const pad = (text: string, index: number) => {
    const gap = " ".repeat(Math.max(0, widths[index]! - width(text)));
    return numericColumn[index] ? gap + text : text + gap;
  };
  const line = (cells: readonly string[]) => cells.map((text, index) => pad(text, index)).join("  ").replace(/\s+$/, "");
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  const lines: string[] = [];
  if (table.title !== undefined) lines.push(table.title);
  lines.push(line(table.columns.map((column) => column.label)), rule);
  table.rows.forEach((row, index) => {
    if (row.total) lines.push(rule);
    lines.push(line(grid[index]!));
  });
  for (const note of table.notes ?? []) lines.push(`  • ${note}`);
  return lines.join("\n");
}

// Code points, not UTF-16 units, so ₸ and Cyrillic count as one column each.
function width(text: string): number {
  return [...text].length;
}
