/**
 * The one place text is made safe for where it goes: HTML (element content and quoted attributes),
 * JSON inside a `<script>`, and a terminal. Display, the chart code, the runner's exported pages, the
 * loader's messages and the CLI all use these, so a hostile name is escaped the same way everywhere.
 */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML element content and quoted attribute values. Every string a user can write (a
 * product name, a category, a column of a DataFrame, a MIME type in a notebook) goes through it before
 * it reaches a page, so a product named `<img src=x onerror=alert(1)>` shows as text and runs nothing.
 *
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">'); // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 * escapeHtml("a\u001bb");                       // "a&lt;U+001B&gt;b"
 */
export function escapeHtml(text: string): string {
  // Control characters (an ESC, a NUL from a file) are invalid in HTML and invisible: shown as their code point.
  // \p{Cc} is C0, DEL and C1; tab, line feed and carriage return are layout, kept as they are.
  return String(text).replace(
    /[&<>"']|(?![\t\n\r])\p{Cc}/gu,
    (c) => HTML_ESCAPES[c] ?? `&lt;${codePoint(c).slice(1, -1)}&gt;`,
  );
}

/**
 * JSON for an inline `<script>`: `<`, `>`, `&` and the two JavaScript line separators are written as
 * \u escapes, so no string in the data can close the script element (`</script>`), open an HTML comment
 * (`<!--`) or end a JavaScript line. The result is still JSON and parses back to the same value.
 *
 * @example
 * scriptJson({ name: "</script><script>alert(1)</script>" }); // '{"name":"\\u003c/script\\u003e…"}'
 */
export function scriptJson(value: unknown): string {
  const json = JSON.stringify(value) ?? "null";
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// CSI sequences (ESC [ … final byte) and OSC sequences (ESC ] … ended by BEL or ESC \\), spelled with named
// characters so the pattern shows which control characters it means.
const ESC = String.fromCharCode(0x1b);
const BEL = String.fromCharCode(0x07);
const ANSI_SEQUENCE = new RegExp(`${ESC}\\[[0-9;?]*[ -/]*[@-~]|${ESC}\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)`, "g");

/**
 * Removes ANSI colour, cursor and title codes (Node colours error text), which are noise in a page.
 *
 * @example
 * stripAnsi("\u001b[31mError\u001b[39m"); // "Error"
 */
export function stripAnsi(text: string): string {
  return text.replace(ANSI_SEQUENCE, "");
}

// Characters a reader cannot see or that a terminal obeys: controls (NUL, ESC, C1), format characters
// (zero-width space and joiners, direction marks, a byte-order mark inside the text, soft hyphen), the
// line and paragraph separators, and lone surrogates (broken text).
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;
const HIDDEN_ALL = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;
// The same without line feed and tab, for text of several lines (a cell's error, a traceback).
const HIDDEN_BUT_LINES = /(?![\n\t])[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

function codePoint(c: string): string {
  return `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`;
}

/** True when `text` holds a character {@link visibleText} would rewrite. */
export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text);
}

/**
 * Text with every invisible or control character written as its code point (`<U+200B>`), so an id with a
 * zero-width space no longer looks identical to a valid one, and an escape sequence in a file cannot
 * retitle or clear the terminal that prints it. Letters, digits and ordinary spaces are unchanged. Use it
 * for one-line values: names, ids, column names.
 *
 * @example
 * visibleText("haircut\u200b"); // "haircut<U+200B>"
 * visibleText("\u001b[2J");     // "<U+001B>[2J"
 */
export function visibleText(text: string): string {
  return String(text).replace(HIDDEN_ALL, codePoint);
}

/**
 * Text of several lines made safe for a terminal: ANSI codes removed, line feeds and tabs kept, every
 * other control or invisible character written as its code point. The CLI and the runner print every
 * message through it (model, period and resource names, warnings, a cell's error text).
 *
 * @example
 * terminalText("boom\n\u001b]0;pwned\u0007"); // "boom\n<U+001B>]0;pwned<U+0007>"
 */
export function terminalText(text: string): string {
  return String(text).replace(/\r\n/g, "\n").replace(HIDDEN_BUT_LINES, codePoint);
}

/**
 * The first `length` UTF-16 units of `text`, without a high surrogate cut from its pair.
 *
 * @example
 * headOf("ab😀", 3); // "ab"
 */
export function headOf(text: string, length: number): string {
  const head = text.slice(0, length);
  const last = head.charCodeAt(head.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? head.slice(0, -1) : head;
}

/**
 * A long value cut for a message or a table cell, saying how long it was; short values are unchanged.
 *
 * @example
 * cutText("x".repeat(100_000), 20); // "xxxxxxxxxxxxxxxxxxx… (100,000 characters)"
 */
export function cutText(text: string, max: number): string {
  return text.length <= max
    ? text
    : `${headOf(text, Math.max(1, max - 1))}… (${text.length.toLocaleString("en-US")} characters)`;
}
