import { ExactDecimal, isCoreResult, isMoney, toText } from "../core";
import type { Labels } from "../i18n";
import { cell, type Cell, type Table, type TableRow } from "./table";

// Tables of values that are not results of the library: records, plain objects, DataFrames, single values.

type Dict = Record<string, unknown>;
const isObject = (value: unknown): value is Dict => typeof value === "object" && value !== null;

/** A result shaped like a danfo.js DataFrame: column names and rows of values. */
export interface DisplayDataFrame {
  readonly columns: readonly string[];
  readonly values: readonly (readonly unknown[])[];
  readonly index?: readonly unknown[];
}

/**
 * Whether a value looks like a danfo.js DataFrame (`df.columns`, `df.values`); duck-typed, so the
 * library does not load TensorFlow just to recognise one.
 */
export function isDataFrameLike(value: unknown): value is DisplayDataFrame {
  return (
    isObject(value) &&
    Array.isArray((value as Dict).columns) &&
    Array.isArray((value as Dict).values) &&
    ((value as { values: unknown[] }).values.length === 0 || Array.isArray((value as { values: unknown[] }).values[0]))
  );
}

/** A metric and its value as a row of a two-column table. */
export const metric = (name: string, value: Cell, total = false): TableRow => ({ cells: [cell.text(name), value], ...(total ? { total } : {}) });

/** A cell for any value a record may hold. */
export function valueCell(value: unknown, l: Labels): Cell {
  if (value === null || value === undefined) return cell.empty();
  if (isMoney(value)) return cell.money(value);
  if (ExactDecimal.isDecimal(value)) return { kind: "number", value: value as ExactDecimal, maxDigits: 4 };
  if (typeof value === "number") return { kind: "number", value, maxDigits: 4 };
  if (typeof value === "bigint") return cell.text(value.toString());
  if (typeof value === "boolean") return cell.text(value ? l.yes : l.no);
  if (typeof value === "string") return cell.text(value);
  if (value instanceof Date) return cell.text(value.toISOString());
  return cell.text(compact(value));
}

/** Nested values as short text: amounts as "68.5 RUB", decimals as their digits. */
function compact(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, key: string, inner: unknown) {
    const original = isObject(this) ? (this as Dict)[key] : inner;
    if (isMoney(original)) return toText(original);
    if (ExactDecimal.isDecimal(original)) return (original as ExactDecimal).toString();
    if (typeof inner === "bigint") return inner.toString();
    return inner;
  }) ?? String(value);
}

/** A column heading for a record key: a known label, or the camelCase key in words. */
export function keyLabel(key: string, l: Labels): string {
  const known = (l as unknown as Record<string, string>)[key];
  if (typeof known === "string") return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

// A result's \`kind\` names the table it is shown in, so it is not repeated as a row or a column.
const shownKeys = (value: Dict): string[] => Object.keys(value).filter((key) => key !== "kind" || !isCoreResult(value));

export function recordsTable(rows: readonly unknown[], l: Labels): Table {
  if (rows.every(isObject)) {
    const keys: string[] = [];
    for (const row of rows) for (const key of shownKeys(row as Dict)) if (!keys.includes(key)) keys.push(key);
    return {
      columns: keys.map((key) => ({ label: keyLabel(key, l) })),
      rows: rows.map((row) => ({ cells: keys.map((key) => valueCell((row as Dict)[key], l)) })),
    };
  }
  return { columns: [{ label: l.value }], rows: rows.map((row) => ({ cells: [valueCell(row, l)] })) };
}

export function objectTable(value: Dict, l: Labels): Table {
  return {
    columns: [{ label: l.metric }, { label: l.value }],
    rows: shownKeys(value).map((key) => ({ cells: [cell.text(keyLabel(key, l)), valueCell(value[key], l)] })),
  };
}

export function dataFrameTable(frame: DisplayDataFrame, l: Labels): Table {
  const index = frame.index ?? [];
  // A default 0…n−1 index says nothing; a named index (periods, products) is the row heading.
  const meaningfulIndex = index.length === frame.values.length && index.some((entry, i) => entry !== i);
  return {
    columns: [...(meaningfulIndex ? [{ label: "" }] : []), ...frame.columns.map((column) => ({ label: String(column) }))],
    rows: frame.values.map((row, i) => ({
      cells: [...(meaningfulIndex ? [cell.text(String(index[i]))] : []), ...row.map((value) => valueCell(value, l))],
    })),
  };
}

/** A single value (a number, a string, ...) as a one-cell table. */
export function valueTable(value: unknown, l: Labels): Table {
  return { columns: [{ label: l.value }], rows: [{ cells: [valueCell(value, l)] }] };
}
