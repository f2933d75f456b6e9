import type { ExactDecimal, Money } from "../core";

/**
 * One cell of a table, kept as data (not as text) until it is rendered, so money is formatted from its
 * exact decimal in the reader's locale only at the end.
 */
export type Cell =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "money"; readonly value: Money; readonly signed?: boolean }
  | {
      readonly kind: "number";
      readonly value: ExactDecimal | number;
      readonly digits?: number;
      readonly maxDigits?: number;
      readonly signed?: boolean;
    }
  | { readonly kind: "percent"; readonly value: ExactDecimal | number; readonly digits?: number }
  | { readonly kind: "empty" };

/** A row; `total` marks a totals row (drawn bold with a rule above it, and in text after a rule). */
export interface TableRow {
  readonly cells: readonly Cell[];
  readonly total?: boolean;
}

/** A column heading; numeric columns are right-aligned. */
export interface TableColumn {
  readonly label: string;
  readonly numeric?: boolean;
}

/** A table ready to render as HTML (in a notebook) or as text (in a terminal). */
export interface Table {
  readonly title?: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Lines shown under the table: a verdict, the reasons of a decision. */
  readonly notes?: readonly string[];
}

/** Cell makers, so table builders read as the tables they make. */
export const cell = {
  text: (text: string | number | boolean | null | undefined): Cell =>
    text === null || text === undefined ? { kind: "empty" } : { kind: "text", text: String(text) },
  money: (value: Money | undefined, signed = false): Cell =>
    value === undefined ? { kind: "empty" } : { kind: "money", value, signed },
  number: (value: ExactDecimal | number | undefined, digits?: number): Cell =>
    value === undefined
      ? { kind: "empty" }
      : digits === undefined
        ? { kind: "number", value }
        : { kind: "number", value, digits },
  percent: (value: ExactDecimal | number | undefined, digits?: number): Cell =>
    value === undefined
      ? { kind: "empty" }
      : digits === undefined
        ? { kind: "percent", value }
        : { kind: "percent", value, digits },
  empty: (): Cell => ({ kind: "empty" }),
};

/** Whether a cell holds a number below zero: it gets a class and keeps its minus sign, not just a colour. */
export function isNegativeCell(value: Cell): boolean {
  switch (value.kind) {
    case "money":
      return value.value.amount.isNegative() && !value.value.amount.isZero();
    case "number":
    case "percent":
      return typeof value.value === "number" ? value.value < 0 : value.value.isNegative() && !value.value.isZero();
    default:
      return false;
  }
}

/** Whether a cell is numeric (right-aligned). */
export function isNumericCell(value: Cell): boolean {
  return value.kind === "money" || value.kind === "number" || value.kind === "percent";
}
