/**
 * Mutations of model folders and the promise every mutated folder must keep (used by the fuzz suite and
 * its regressions).
 */
import Papa from "papaparse";
import fc from "fast-check";
import { expect } from "vitest";
import { reportByPeriod, throughputReport, rankProducts, type BusinessModel } from "../../src/core";
import { formatLoadIssue, safeLoadModel, type LoadIssue } from "../../src/load";
import { tableText } from "../../src/display";
import { HOSTILE, modelFiles, numbersOf, stringsOf, withFolder } from "./helpers";

/** One edit of a model folder, as the fuzz suite makes them. */
export type Mutation =
  | {
      readonly kind: "value";
      readonly file: string;
      readonly row: number;
      readonly column: number;
      readonly value: string;
    }
  | {
      readonly kind: "column";
      readonly file: string;
      readonly column: number;
      readonly action: "rename" | "drop" | "duplicate" | "upper";
      readonly name: string;
    }
  | {
      readonly kind: "encoding";
      readonly file: string;
      readonly action: "utf16le-bom" | "utf16le" | "cp1251" | "invalid-byte" | "utf8-bom";
    }
  | { readonly kind: "line-end"; readonly file: string; readonly action: "crlf" | "crlf-some" | "cr" | "no-final" }
  | { readonly kind: "separator"; readonly file: string; readonly separator: ";" | "\t" | "," }
  | { readonly kind: "raw"; readonly file: string; readonly at: number; readonly text: string };

/** Values a cell may hold after a careless edit, a locale's habits or an attack. */
const VALUES = [
  "",
  " ",
  "-1",
  "0",
  "-0",
  "1e3",
  "1E-3",
  "NaN",
  "Infinity",
  "-Infinity",
  "1,5",
  "1 234,50",
  "1\u00a0234,50",
  "1.2.3",
  "10 рублей",
  "٣",
  "0x10",
  "+5",
  ".5",
  "5.",
  "12%",
  "6 %",
  "150%",
  "-6%",
  "1e-30",
  "123456789012.34",
  "yes",
  "no",
  "maybe",
  "month-9",
  "P",
  "Q",
  "haircut",
  "minute",
  "hour",
  "weeks",
  "RUB",
  "USD",
  "XXX",
  "product",
  "service",
  "materials",
  "piece-rate",
  '"',
  '""',
  ",",
  ";",
  ...HOSTILE,
];

export const FILES_OF = { salon: Object.keys(modelFiles("salon")), pq: Object.keys(modelFiles("pq")) } as const;

export const mutationOf = (files: readonly string[]): fc.Arbitrary<Mutation> => {
  const file = fc.constantFrom(...files);
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant("value" as const),
        file,
        row: fc.nat(12),
        column: fc.nat(8),
        value: fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 12 })),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("column" as const),
        file,
        column: fc.nat(8),
        action: fc.constantFrom("rename" as const, "drop" as const, "duplicate" as const, "upper" as const),
        name: fc.constantFrom(
          "id",
          "price",
          "amount",
          "name",
          "note",
          "",
          " Product ID ",
          "product-id",
          "QUANTITY",
          HOSTILE[0],
          HOSTILE[4],
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("encoding" as const),
        file,
        action: fc.constantFrom(
          "utf16le-bom" as const,
          "utf16le" as const,
          "cp1251" as const,
          "invalid-byte" as const,
          "utf8-bom" as const,
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("line-end" as const),
        file,
        action: fc.constantFrom("crlf" as const, "crlf-some" as const, "cr" as const, "no-final" as const),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("separator" as const),
        file,
        separator: fc.constantFrom(";" as const, "\t" as const, "," as const),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("raw" as const),
        file,
        at: fc.nat(400),
        text: fc.constantFrom(",", ";", '"', "\n", "\r\n", ",,", "\t", "\u0000", "\ufeff", "x,y\n", '"a\nb"'),
      }),
    },
  );
};

function cells(text: string): string[][] {
  return Papa.parse<string[]>(text, { header: false, skipEmptyLines: false }).data;
}

function unparse(rows: string[][], separator = ","): string {
  return Papa.unparse(rows, { delimiter: separator, newline: "\n" }) + "\n";
}

/** Applies mutations to a folder's files (text, or bytes once an encoding mutation made them so). */
export function mutate(
  original: Record<string, string>,
  mutations: readonly Mutation[],
): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { ...original };
  for (const m of mutations) {
    const current = files[m.file];
    if (typeof current !== "string") continue; // already bytes: later text edits do not apply
    switch (m.kind) {
      case "value": {
        const rows = cells(current);
        const row = rows[m.row % Math.max(1, rows.length)];
        if (row && row.length > 0) row[m.column % row.length] = m.value;
        files[m.file] = unparse(rows);
        break;
      }
      case "column": {
        const rows = cells(current);
        const width = rows[0]?.length ?? 0;
        if (width === 0) break;
        const at = m.column % width;
        if (m.action === "rename") rows[0]![at] = m.name;
        else if (m.action === "upper") rows[0]![at] = rows[0]![at]!.toUpperCase();
        else if (m.action === "drop") for (const row of rows) row.splice(at, 1);
        else for (const row of rows) row.splice(at, 0, row[at] ?? "");
        files[m.file] = unparse(rows);
        break;
      }
      case "encoding": {
        if (m.action === "utf8-bom") files[m.file] = `\ufeff${current}`;
        else if (m.action === "utf16le" || m.action === "utf16le-bom") {
          const body = Buffer.from(current, "utf16le");
          files[m.file] = m.action === "utf16le-bom" ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
        } else if (m.action === "cp1251") files[m.file] = Buffer.from(current.replace(/[a-z]/, "ж"), "latin1");
        else {
          const bytes = Buffer.from(current, "utf8");
          files[m.file] = Buffer.concat([
            bytes.subarray(0, bytes.length >> 1),
            Buffer.from([0xc3, 0x28]),
            bytes.subarray(bytes.length >> 1),
          ]);
        }
        break;
      }
      case "line-end": {
        if (m.action === "crlf") files[m.file] = current.replace(/\n/g, "\r\n");
        else if (m.action === "cr") files[m.file] = current.replace(/\n/g, "\r");
        else if (m.action === "no-final") files[m.file] = current.replace(/\n+$/, "");
        else
          files[m.file] = current
            .split("\n")
            .map((line, i) => (i % 2 === 1 ? `${line}\r` : line))
            .join("\n");
        break;
      }
      case "separator":
        files[m.file] = unparse(cells(current), m.separator);
        break;
      case "raw": {
        const at = m.at % (current.length + 1);
        files[m.file] = current.slice(0, at) + m.text + current.slice(at);
        break;
      }
    }
  }
  return files;
}

// Any control character but line feed, or a format/invisible one: what a message must not print raw.
const HIDDEN = /(?!\n)[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

/** What every refusal must be: where (file, and row/column when it is about a cell), what was found, what was expected. */
export function checkRefusal(issues: readonly LoadIssue[], files: readonly string[], message: string): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(files.some((file) => issue.file.startsWith(file.replace(/\.csv$/, "")))).toBe(true);
    expect(typeof issue.message).toBe("string");
    expect(issue.message.length).toBeGreaterThan(0);
    expect(typeof issue.expected).toBe("string");
    expect(issue.expected.length).toBeGreaterThan(0);
    if (issue.row !== undefined) expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
    const line = formatLoadIssue(issue);
    expect(line).not.toMatch(HIDDEN);
    // A user may write "NaN" in a cell (quoted in the message); the loader itself never produces one.
    expect(line).not.toMatch(/found (NaN|-?Infinity|undefined)\b|\[object Object\]|: undefined/);
    expect(line.length).toBeLessThan(2_000);
  }
  expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  expect(message.length).toBeLessThan(2_500 * issues.length + 500);
}

/** The `amount` of every money value ({ amount, currency }) inside a JSON value: exact decimal text. */
function amountsOf(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const item of value) amountsOf(item, out);
  else if (typeof value === "object" && value !== null) {
    if ("amount" in value && "currency" in value) out.push((value as { amount: unknown }).amount);
    for (const item of Object.values(value)) amountsOf(item, out);
  }
  return out;
}

/** What every accepted model must give: finite, exact results that display without NaN or Infinity. */
export function checkModel(model: BusinessModel): void {
  const names = stringsOf(model);
  const results: unknown[] = [throughputReport(model), ...reportByPeriod(model)];
  if (model.resources.length > 0 && model.products.length > 0) results.push(rankProducts(model));
  for (const result of results) {
    const json = JSON.parse(JSON.stringify(result)) as unknown;
    for (const n of numbersOf(json)) expect(Number.isFinite(n)).toBe(true);
    for (const amount of amountsOf(json)) expect(amount).toMatch(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i);
    const text = tableText(result);
    // "∞" is a designed value (T per minute of a product that uses no constraint time); NaN never is,
    // unless a name in the model says so.
    for (const word of ["NaN", "Infinity", "undefined"])
      if (!names.some((name) => name.includes(word))) expect(text).not.toContain(word);
    expect(text).not.toMatch(HIDDEN);
  }
}

/** Loads a mutated folder and checks the one promise: finite exact results, or a refusal naming where and what. */
export function loadsOrRefusesClearly(folder: "salon" | "pq", mutations: readonly Mutation[]): "loaded" | "refused" {
  const original = modelFiles(folder);
  const files = mutate(original, mutations);
  return withFolder(files, (dir) => {
    const result = safeLoadModel(dir);
    if (result.success) {
      checkModel(result.model);
      return "loaded";
    }
    checkRefusal(result.error.issues, Object.keys(files), result.error.message);
    return "refused";
  });
}
