import { ModelError } from "../core/model/issues";
import type { Labels } from "../i18n";
import { russianIssueWords } from "../i18n/issue-texts";
import type { LoadIssue } from "../load/issues";
import { cell, type Table } from "./table";

/** A LoadError or a ModelError: something whose `issues` a reader wants to see as a table. */
export const isModelError = (value: unknown): value is ModelError => value instanceof ModelError;

/**
 * Every problem of a model as a table, one row per issue: where it is (file, row, column, or the path in
 * the model), the value as written, the problem and what was expected, in the reader's language.
 *
 * @example
 * issuesTable(loadError, labels("ru")).columns.map((c) => c.label); // ["Файл", "Строка", "Столбец", "Значение", "Ошибка", "Ожидалось"]
 */
export function issuesTable(error: ModelError, l: Labels, ru: boolean): Table {
  const issues = error.issues as readonly Partial<LoadIssue>[];
  const fromFiles = issues.some((issue) => typeof issue.file === "string");
  const words = (issue: Partial<LoadIssue>) =>
    ru
      ? russianIssueWords(issue as LoadIssue)
      : { message: String(issue.message ?? ""), expected: String(issue.expected ?? "") };
  return {
    title: l.loadProblems,
    columns: fromFiles
      ? [
          { label: l.file },
          { label: l.row, numeric: true },
          { label: l.column },
          { label: l.value },
          { label: l.problem },
          { label: l.expected },
        ]
      : [{ label: l.where }, { label: l.value }, { label: l.problem }, { label: l.expected }],
    rows: issues.map((issue) => {
      const { message, expected } = words(issue);
      const value = issue.value === undefined ? cell.empty() : cell.text(shownValue(issue.value));
      const tail = [value, cell.text(message), cell.text(expected)];
      if (!fromFiles) return { cells: [cell.text((issue.path ?? []).join(".")), ...tail] };
      const where =
        issue.sheet !== undefined
          ? issue.cell !== undefined
            ? `${issue.sheet}!${issue.cell}`
            : issue.sheet
          : undefined;
      return {
        cells: [
          cell.text(where === undefined ? String(issue.file ?? "") : `${issue.file}, ${where}`),
          issue.row === undefined ? cell.empty() : { kind: "number", value: issue.row },
          issue.column === undefined ? cell.empty() : cell.text(issue.column),
          ...tail,
        ],
      };
    }),
  };
}

function shownValue(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}
