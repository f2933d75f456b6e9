/** A column of a text table: its heading, and whether its cells are numbers (aligned right). */
export interface Column {
  readonly heading: string;
  readonly numeric?: boolean;
}

/**
 * Renders rows as a plain-text table with aligned columns, for a terminal.
 *
 * @example
 * renderTable([{ heading: "product" }, { heading: "units", numeric: true }], [["P", "100"], ["Q", "30"]]);
 * // product  units
 * // -------  -----
 * // P          100
 * // Q           30
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, c) => Math.max(column.heading.length, ...rows.map((row) => (row[c] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (columns[c]!.numeric ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd();
  return [line(columns.map((column) => column.heading)), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
