/**
 * One problem found in a model or its input, as data: where it is, what was there and what was expected.
 * Loaders add the file, row and column; the core names the path inside the model.
 */
export interface ModelIssue {
  /** Where the problem is inside the model, e.g. `["sales", 3, "productId"]`. */
  readonly path: readonly (string | number)[];
  /** The offending value as the user gave it (text when it came from a file). */
  readonly value: unknown;
  /** What was expected instead, in words: "a known product id", "a number ≥ 0". */
  readonly expected: string;
  /** A one-line explanation. */
  readonly message: string;
}

/** Thrown by `defineModel` and the loaders: every problem found at once, each as data in `issues`. */
export class ModelError extends Error {
  override readonly name: string = "ModelError";
  constructor(
    readonly issues: readonly ModelIssue[],
    title = "The model has problems",
  ) {
    super(`${title} (${issues.length}):\n${issues.map((issue) => `  - ${formatIssue(issue)}`).join("\n")}`);
  }
}

/**
 * One issue as a line of text.
 *
 * @example
 * formatIssue({ path: ["sales", 2, "quantity"], value: "-3", expected: "a number ≥ 0", message: "negative quantity" });
 * // 'sales[2].quantity: negative quantity: got "-3", expected a number ≥ 0'
 */
export function formatIssue(issue: ModelIssue): string {
  const where = issue.path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join("");
  return `${where}: ${issue.message}: got ${JSON.stringify(issue.value) ?? String(issue.value)}, expected ${issue.expected}`;
}
