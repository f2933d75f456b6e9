import type { Failure } from "./execute-notebook";

/**
 * The report of a failure for people: notebook, cell number, line and source line, then the error text.
 *
 * @example
 * describeFailure("notebooks/03-ranking.ipynb", { status: "error", cell: 5, line: 3, sourceLine: "rank(model)", message: "Error: no CCR" })
 * // "notebooks/03-ranking.ipynb, cell 5, line 3: rank(model)\nError: no CCR"
 */
export function describeFailure(source: string, failure: Failure): string {
  const where =
    failure.cell === undefined
      ? source
      : failure.injected
        ? `${source}, the injected parameters cell (after cell ${failure.cell})`
        : `${source}, cell ${failure.cell}`;
  const line =
    failure.line !== undefined ? `, line ${failure.line}${failure.sourceLine ? `: ${failure.sourceLine}` : ""}` : "";
  return `${where}${line}\n${failure.status === "start" ? "the kernel did not start: " : ""}${failure.message}`;
}

/**
 * One line for a table of runs: where in the notebook, and the first line of the error.
 *
 * @example
 * failureHeadline({ status: "error", cell: 5, line: 3, sourceLine: "rank(model)", message: "Error: no CCR\n    at ..." })
 * // "cell 5, line 3: Error: no CCR"
 */
export function failureHeadline(failure: Failure): string {
  const where =
    failure.cell === undefined
      ? ""
      : failure.injected
        ? `injected parameters (after cell ${failure.cell})`
        : `cell ${failure.cell}`;
  const line = failure.line !== undefined ? `, line ${failure.line}` : "";
  const first = failure.message.split("\n").find((l) => l.trim() !== "") ?? failure.status;
  return where === ""
    ? `${failure.status === "start" ? "the kernel did not start: " : ""}${first}`
    : `${where}${line}: ${first}`;
}
