import { formatMoney, formatNumber, formatPercent } from "../i18n";
import type { CurrencyDisplay } from "../i18n/format";
import { cutText, escapeHtml, headOf, visibleText } from "../text/escape";
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
 * formatCell({ kind: "money", value: money(-50) }, { locale: "ru" }); // "−50,00 ₽"
 */
export function formatCell(value: Cell, options: RenderOptions = {}): string {
  switch (value.kind) {
    case "text":
      return value.text;
    case "money":
      return formatMoney(value.value, {
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

/** How long an HTML table cell may be before it is cut (saying how long it was): a page stays readable. */
export const MAX_HTML_CELL = 300;

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
 * // '<table class="ta-table">…<tr class="ta-total" …><td class="ta-num ta-negative" …>−₽50.00</td></tr>…'
 */
export function tableToHtml(table: Table, options: RenderOptions = {}): string {
  const numericColumn = table.columns.map(
    (column, index) => column.numeric ?? table.rows.some((row) => isNumericCell(row.cells[index] ?? { kind: "empty" })),
  );
  const head = table.columns
    .map(
      (column, index) =>
        `<th scope="col" style="${CELL_STYLE};${numericColumn[index] ? "text-align:right" : "text-align:left"}">${escapeHtml(column.label)}</th>`,
    )
    .join("");
  const body = table.rows
    .map((row) => {
      const cells = table.columns
        .map((_, index) => {
          const value = row.cells[index] ?? { kind: "empty" as const };
          const classes = [isNumericCell(value) ? "ta-num" : "ta-text", isNegativeCell(value) ? "ta-negative" : ""]
            .filter(Boolean)
            .join(" ");
          const style = [
            CELL_STYLE,
            isNumericCell(value) || numericColumn[index] ? NUM_STYLE : "text-align:left",
            isNegativeCell(value) ? NEGATIVE_STYLE : "",
          ]
            .filter(Boolean)
            .join(";");
          const tag = index === 0 ? "th" : "td";
          const scope = index === 0 ? ' scope="row"' : "";
          return (
            `<${tag}${scope} class="${classes}" ` +
            `style="${style};font-weight:inherit">${escapeHtml(cutText(formatCell(value, options), MAX_HTML_CELL))}</${tag}>`
          );
        })
        .join("");
      return row.total ? `<tr class="ta-total" style="${TOTAL_STYLE}">${cells}</tr>` : `<tr>${cells}</tr>`;
    })
    .join("\n");
  const caption =
    table.title === undefined ? "" : `<caption style="${CAPTION_STYLE}">${escapeHtml(table.title)}</caption>`;
  const notes =
    table.notes === undefined || table.notes.length === 0
      ? ""
      : `<ul class="ta-notes" style="margin:0.25em 0 0.75em 1.2em;padding:0">${table.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join("")}</ul>`;
  return `<table class="ta-table" style="${TABLE_STYLE}">${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>${notes}`;
}

/** A column of a text table: its heading, and whether its cells are numbers (aligned right). */
export interface TextColumn {
  readonly label: string;
  readonly numeric?: boolean;
}

/** Options of {@link renderTextTable}. */
export interface TextTableOptions {
  /** A line above the table. */
  readonly title?: string;
  /** Lines under the table, each after a bullet. */
  readonly notes?: readonly string[];
  /** Indexes of rows that are totals: a rule is drawn above each. */
  readonly totalRows?: ReadonlySet<number>;
  /** The widest a cell may be, in characters; a longer one is cut with "…" (default 60). */
  readonly maxCellWidth?: number;
}

/** How wide a text-table cell may be before it is cut, so one long name cannot push the others off screen. */
export const MAX_TEXT_CELL = 60;

/**
 * The one terminal table renderer: `show()` outside a kernel and every CLI command print through it.
 * Numbers are aligned right, a `─` rule is under the headings and above totals, every cell is made safe
 * for a terminal (control characters shown as `<U+001B>`, so a name cannot clear or retitle it) and cut
 * to `maxCellWidth`. Linear in the size of the text: no regular expression backtracks over padding.
 *
 * @example
 * renderTextTable([{ label: "product" }, { label: "units", numeric: true }], [["P", "100"], ["Q", "30"]]);
 * // product  units
 * // ───────  ─────
 * // P          100
 * // Q           30
 */
export function renderTextTable(
  columns: readonly TextColumn[],
  rows: readonly (readonly string[])[],
  options: TextTableOptions = {},
): string {
  const max = Math.max(2, options.maxCellWidth ?? MAX_TEXT_CELL);
  const fit = (text: string): string => {
    const safe = visibleText(text);
    return width(safe) <= max ? safe : `${[...headOf(safe, max * 2)].slice(0, max - 1).join("")}…`;
  };
  const head = columns.map((column) => fit(column.label));
  const grid = rows.map((row) => columns.map((_, index) => fit(row[index] ?? "")));
  const widths = head.map((label) => width(label));
  for (const line of grid) line.forEach((text, index) => (widths[index] = Math.max(widths[index]!, width(text))));
  const pad = (text: string, index: number) => {
    const gap = " ".repeat(Math.max(0, widths[index]! - width(text)));
    return columns[index]!.numeric ? gap + text : text + gap;
  };
  // trimEnd, not /\s+$/: that regex is quadratic on a line with a long run of padding inside it.
  const line = (cells: readonly string[]) =>
    cells
      .map((text, index) => pad(text, index))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  const lines: string[] = [];
  if (options.title !== undefined) lines.push(visibleText(options.title));
  lines.push(line(head), rule);
  grid.forEach((cells, index) => {
    if (options.totalRows?.has(index)) lines.push(rule);
    lines.push(line(cells));
  });
  for (const note of options.notes ?? []) lines.push(`  • ${visibleText(note)}`);
  return lines.join("\n");
}

/**
 * A table as monospaced text, for a terminal or a plain-text output: numbers right-aligned, a rule
 * above totals, negative numbers with their minus sign, long cells cut (see {@link renderTextTable}).
 *
 * @example
 * console.log(tableToText(table));
 * // Metric                    Value
 * // ───────────────────────  ───────
 * // Net profit (NP)         −₽50.00
 */
export function tableToText(table: Table, options: RenderOptions = {}): string {
  const grid = table.rows.map((row) =>
    table.columns.map((_, index) => formatCell(row.cells[index] ?? { kind: "empty" }, options)),
  );
  const columns = table.columns.map((column, index) => ({
    label: column.label,
    numeric: column.numeric ?? table.rows.some((row) => isNumericCell(row.cells[index] ?? { kind: "empty" })),
  }));
  const totalRows = new Set(table.rows.flatMap((row, index) => (row.total ? [index] : [])));
  return renderTextTable(columns, grid, {
    ...(table.title === undefined ? {} : { title: table.title }),
    ...(table.notes === undefined ? {} : { notes: table.notes }),
    totalRows,
  });
}

// Code points, not UTF-16 units, so ₸ and Cyrillic count as one column each.
function width(text: string): number {
  let count = text.length;
  for (let i = 1; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) count--;
    }
  }
  return count;
}
