import { ExactDecimal, isCoreResult, isMoney, toText } from "../core";
import type { Labels } from "../i18n";
import { fillLabel } from "../i18n/labels";
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
export const metric = (name: string, value: Cell, total = false): TableRow => ({
  cells: [cell.text(name), value],
  ...(total ? { total } : {}),
});

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
  return cell.text(summary(value, l));
}

/**
 * A nested value as readable text, never a JSON dump: a record as "Key: value, …", a list as its items
 * separated by "; ", amounts as "68.5 RUB", decimals as their digits.
 */
function summary(value: unknown, l: Labels): string {
  if (value === null || value === undefined) return "";
  if (isMoney(value)) return toText(value);
  if (ExactDecimal.isDecimal(value)) return (value as ExactDecimal).toString();
  if (typeof value === "boolean") return value ? l.yes : l.no;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => summary(item, l)).join("; ");
  if (isObject(value))
    return shownKeys(value)
      .filter((key) => value[key] !== undefined)
      .map((key) => `${keyLabel(key, l)}: ${summary(value[key], l)}`)
      .join(", ");
  return String(value);
}

/** A column heading for a record key: a known label, or the camelCase key in words. */
export function keyLabel(key: string, l: Labels): string {
  const known = (l as unknown as Record<string, string>)[key];
  if (typeof known === "string") return known;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim();
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
  return objectTables(value, l)[0]!;
}

// A list of records inside an object (a summary's `byProduct`) is a table of its own, not a cell.
const isRecordList = (value: unknown): value is readonly Dict[] =>
  Array.isArray(value) && value.length > 0 && value.every(isObject);

/**
 * An object as a metric–value table, followed by one table per list of records it holds (titled by the
 * key), whose cell in the first table says how many rows are below.
 *
 * @example
 * objectTables(throughputOf(salon), labels()).map((t) => t.title); // [undefined, "By product"]
 */
export function objectTables(value: Dict, l: Labels): Table[] {
  const keys = shownKeys(value);
  const nested = keys.filter((key) => isRecordList(value[key]));
  const main: Table = {
    columns: [{ label: l.metric }, { label: l.value }],
    rows: keys.map((key) => {
      const inner = value[key];
      const shown = isRecordList(inner)
        ? cell.text(fillLabel(l.rowsInTableBelow, { count: inner.length }))
        : valueCell(inner, l);
      return { cells: [cell.text(keyLabel(key, l)), shown] };
    }),
  };
  return [
    main,
    ...nested.map((key) => ({ ...recordsTable(value[key] as readonly Dict[], l), title: keyLabel(key, l) })),
  ];
}

export function dataFrameTable(frame: DisplayDataFrame, l: Labels): Table {
  const index = frame.index ?? [];
  // A default 0…n−1 index says nothing; a named index (periods, products) is the row heading.
  const meaningfulIndex = index.length === frame.values.length && index.some((entry, i) => entry !== i);
  return {
    columns: [
      ...(meaningfulIndex ? [{ label: "" }] : []),
      ...frame.columns.map((column) => ({ label: String(column) })),
    ],
    rows: frame.values.map((row, i) => ({
      cells: [...(meaningfulIndex ? [cell.text(String(index[i]))] : []), ...row.map((value) => valueCell(value, l))],
    })),
  };
}

/** A single value (a number, a string, ...) as a one-cell table. */
export function valueTable(value: unknown, l: Labels): Table {
  return { columns: [{ label: l.value }], rows: [{ cells: [valueCell(value, l)] }] };
}
