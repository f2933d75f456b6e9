import { joinSource, type Cell, type Notebook, type Output } from "./nbformat";

/**
 * The readable text of one output: stream text, text/plain, text/markdown, and text/html with its
 * tags removed (so a number shown in an HTML table can be found), joined by newlines.
 *
 * @example
 * outputText({ output_type: "stream", name: "stdout", text: "T = 5\n" }) // "T = 5\n"
 */
export function outputText(output: Output): string {
  switch (output.output_type) {
    case "stream":
      return joinSource(output.text);
    case "error":
      return `${output.ename}: ${output.evalue}`;
    default: {
      const parts: string[] = [];
      const data = output.data;
      const text = (mime: string) =>
        typeof data[mime] === "string" || Array.isArray(data[mime])
          ? joinSource(data[mime] as string | string[])
          : undefined;
      const html = text("text/html");
      if (html !== undefined) parts.push(htmlToText(html));
      for (const mime of ["text/plain", "text/markdown", "text/latex"]) {
        const t = text(mime);
        if (t !== undefined) parts.push(t);
      }
      return parts.join("\n");
    }
  }
}

/** Text of all outputs of a cell (empty for markdown and raw cells). */
export function cellText(cell: Cell): string {
  return cell.cell_type === "code" ? cell.outputs.map(outputText).join("\n") : "";
}

/**
 * All output text of an executed notebook, for tests that assert a figure appears somewhere.
 *
 * @example
 * notebookText(run.notebook).includes("110") // true when a cell showed T = 110
 */
export function notebookText(notebook: Notebook): string {
  return notebook.cells
    .map(cellText)
    .filter((t) => t !== "")
    .join("\n");
}

/** Strips tags, scripts and styles and decodes the common entities; good enough to search text, not to render it. */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ");
}
