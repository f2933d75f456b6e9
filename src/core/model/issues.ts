import { russianErrorTitle, russianIssueWords } from "../../i18n/issue-texts";
import { resolveLocale } from "../../i18n/locale";

/**
 * Every kind of problem a model or its files can have. A code never changes meaning; the words of
 * `message` and `expected` may be reworded or translated.
 *
 * @example
 * ISSUE_CODES.includes("missing_column"); // true
 */
export const ISSUE_CODES = [
  // values
  "not_a_number",
  "ambiguous_number",
  "number_too_large",
  "too_many_digits",
  "not_money",
  "not_a_cell_value",
  "not_yes_or_no",
  "unknown_value",
  "missing_value",
  "negative_amount",
  "negative_quantity",
  "not_positive",
  "not_whole",
  "rate_out_of_range",
  "both_amount_and_rate",
  "unknown_currency",
  "other_currency",
  // ids and references
  "missing_id",
  "duplicate_id",
  "unknown_product",
  "unknown_resource",
  "duplicate_usage",
  "duplicate_demand",
  "minimum_too_high",
  "no_demand_limit",
  // decisions and plans
  "out_of_range",
  "ends_before_start",
  "empty",
  "does_not_add_up",
  // tables and files
  "missing_column",
  "duplicate_column",
  "too_many_values",
  "extra_row",
  "no_products",
  "missing_table",
  "missing_folder",
  "empty_file",
  "unclosed_quote",
  "unknown_encoding",
  "not_csv",
  "not_xlsx",
  "not_arrow",
  "duplicate_table",
  "merged_header",
] as const;

/** One of {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * One problem found in a model or its input, as data: where it is, what was there and what was expected.
 * Loaders add the file, row and column; the core names the path inside the model.
 */
export interface ModelIssue {
  /** What kind of problem it is, stable across versions and languages: test and branch on this, not on `message`. */
  readonly code: IssueCode;
  /** Where the problem is inside the model, e.g. `["sales", 3, "productId"]`. */
  readonly path: readonly (string | number)[];
  /** The offending value as the user gave it (text when it came from a file). */
  readonly value: unknown;
  /** What was expected instead, in words: "a known product id", "a number ≥ 0". */
  readonly expected: string;
  /** A one-line explanation. */
  readonly message: string;
}

/** Options of {@link formatIssue} and {@link ModelError}: the language of the words (default: the session's). */
export interface IssueTextOptions {
  /** "en" or "ru"; without it, the default locale (`setDefaultLocale`). */
  readonly locale?: string;
}

/** The locale asked for; a number (the index `Array.map` passes to `issues.map(formatIssue)`) asks for none. */
export function issueLocale(options: IssueTextOptions | number | undefined): "en" | "ru" {
  return resolveLocale(typeof options === "object" && options !== null ? options.locale : undefined);
}

/**
 * Thrown by `defineModel` and the loaders: every problem found at once, each as data in `issues`.
 * The message is in the session's language (`setDefaultLocale("ru")` makes it Russian) when it is made.
 *
 * @example
 * defineModel({ ...salon, sales: [{ productId: "nope", period: "m1", quantity: 1 }] }); // throws ModelError
 */
export class ModelError extends Error {
  override readonly name: string = "ModelError";
  constructor(
    readonly issues: readonly ModelIssue[],
    title = "The model has problems",
    options: IssueTextOptions = {},
  ) {
    const ru = issueLocale(options) === "ru";
    super(
      `${ru ? russianErrorTitle(title) : title} (${issues.length}):\n${issues.map((issue) => `  - ${formatIssue(issue, options)}`).join("\n")}`,
    );
  }
}

/**
 * One issue as a line of text, in English or Russian (`{ locale: "ru" }`, or the session's default).
 *
 * @example
 * formatIssue({ code: "negative_quantity", path: ["sales", 2, "quantity"], value: "-3", expected: "a number ≥ 0", message: "negative quantity" });
 * // 'sales[2].quantity: negative quantity: got "-3", expected a number ≥ 0'
 * // with { locale: "ru" }: 'sales[2].quantity: отрицательное количество: указано «-3», ожидалось: число ≥ 0'
 */
export function formatIssue(issue: ModelIssue, options: IssueTextOptions | number = {}): string {
  const where = issue.path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join("");
  if (issueLocale(options) === "ru") {
    const words = russianIssueWords(issue);
    const value =
      typeof issue.value === "string" ? `«${issue.value}»` : (JSON.stringify(issue.value) ?? String(issue.value));
    return `${where}: ${words.message}: указано ${value}, ожидалось: ${words.expected}`;
  }
  return `${where}: ${issue.message}: got ${JSON.stringify(issue.value) ?? String(issue.value)}, expected ${issue.expected}`;
}
