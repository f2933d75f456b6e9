import { renderTextTable } from "../display/render";

/** A column of a CLI table: its heading, and whether its cells are numbers (aligned right). */
export interface Column {
  readonly heading: string;
  readonly numeric?: boolean;
}

/**
 * Rows as a plain-text table for a terminal, through the one renderer `show()` also uses (so the CLI and
 * a notebook run outside Jupyter print the same rules and escape control characters the same way).
 *
 * @example
 * renderTable([{ heading: "product" }, { heading: "units", numeric: true }], [["P", "100"], ["Q", "30"]]);
 * // product  units
 * // ───────  ─────
 * // P          100
 * // Q           30
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  return renderTextTable(
    columns.map((column) => ({
      label: column.heading,
      ...(column.numeric === undefined ? {} : { numeric: column.numeric }),
    })),
    rows,
  );
}
