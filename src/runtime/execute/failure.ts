/** Where in a cell an error happened and what it said, as far as tslab's stderr tells. */
export interface ErrorLocation {
  /** 1-based line in the cell's source. */
  line?: number;
  sourceLine?: string;
  /** The error text: TypeScript diagnostics, or the thrown error's first line. */
  message: string;
}

const DIAGNOSTIC = /^(\d+):(\d+) - (.*)$/;
const ERROR_LINE = /^(?:Uncaught )?(?:[A-Za-z_$][\w$.]*)?(?:Error|Exception|Rejection)\b.*$/;

/** Compares code without whitespace and semicolons: tslab echoes the compiled JavaScript line, not the TypeScript one. */
const normalise = (code: string) => code.replace(/[\s;]+/g, "");

/**
 * Finds the failing line and the error text in what tslab wrote to stderr for a failed cell.
 * Type errors come as `line:column - message` (lines of the cell); runtime errors as Node prints
 * them, `evalmachine.<anonymous>:N`, the compiled line and the stack, and that line is matched back
 * to the TypeScript source.
 *
 * @example
 * locateError("let a = 1;\nfoo()", "2:1 - Cannot find name 'foo'.\n")
 * // { line: 2, sourceLine: "foo()", message: "2:1 - Cannot find name 'foo'." }
 */
export function locateError(source: string, stderr: string): ErrorLocation {
  const sourceLines = source.split("\n");
  const lines = stderr.split("\n").map((l) => l.replace(/\r$/, ""));
  const at = (line: number): ErrorLocation => ({ line, sourceLine: sourceLines[line - 1]?.trim() ?? "", message: "" });

  const diagnostics = lines.filter((l) => DIAGNOSTIC.test(l));
  if (diagnostics[0] !== undefined) {
    const line = Number(DIAGNOSTIC.exec(diagnostics[0])?.[1]);
    return { ...(line >= 1 && line <= sourceLines.length ? at(line) : {}), message: diagnostics.join("\n") };
  }

  const message =
    lines.find((l) => ERROR_LINE.test(l.trim()))?.trim() ??
    lines.find((l) => l.trim() !== "" && !/^\s+at /.test(l))?.trim() ??
    "";
  const header = lines.findIndex((l) => /^evalmachine\.<anonymous>:\d+$/.test(l));
  const afterHeader = header >= 0 ? lines[header + 1] : undefined;
  if (afterHeader !== undefined) {
    // tslab rewrites variables of earlier cells to `exports.name`.
    const compiledLine = afterHeader.replace(/\bexports\./g, "");
    const compiled = normalise(compiledLine);
    if (compiled !== "") {
      const exact = sourceLines.findIndex((l) => normalise(l) === compiled);
      // Type annotations make the lines differ: fall back to the line sharing most of the compiled line's words.
      const partial = exact >= 0 ? exact : bestTokenMatch(sourceLines, compiledLine);
      if (partial >= 0) return { ...at(partial + 1), message };
    }
  }
  return { message };
}

const tokens = (code: string) => code.match(/[A-Za-z_$][\w$]*|\d+(?:\.\d+)?|"[^"]*"|'[^']*'|`[^`]*`/g) ?? [];

/** The index of the source line that contains the largest share (at least 80 %) of the compiled line's tokens, or -1. */
function bestTokenMatch(sourceLines: readonly string[], compiledLine: string): number {
  const wanted = tokens(compiledLine);
  if (wanted.length < 2) return -1;
  let best = -1;
  let bestScore = 0.8;
  sourceLines.forEach((line, i) => {
    const have = new Set(tokens(line));
    const score = wanted.filter((t) => have.has(t)).length / wanted.length;
    if (score > bestScore || (score === bestScore && best < 0)) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
