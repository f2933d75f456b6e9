/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * escapeHtml(`<img src=x onerror="alert(1)">`) // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

/**
 * Removes ANSI colour and cursor codes (Node may colour error text), which are noise in a page.
 *
 * @example
 * stripAnsi("\u001b[31mError\u001b[39m") // "Error"
 */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g, "");
}

/**
 * JSON for a `<script>` block: `<` is escaped so no string in the data can close the script.
 *
 * @example
 * scriptJson({ name: "</script><b>" }) // '{"name":"\\u003c/script>\\u003cb>"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
