/**
 * Escapes text for HTML element content and attribute values. Every string a user can write (a product
 * name, a category, a column of a DataFrame) goes through it before it reaches a notebook page, so a
 * product named `<img src=x onerror=alert(1)>` shows as text and runs nothing.
 *
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">'); // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * JSON for an inline `<script>`: `<`, `>`, `&` and the two JavaScript line separators are written as
 * \u escapes, so no string in the data can close the script element (`</script>`) or open a comment.
 *
 * @example
 * scriptJson({ name: "</script><script>alert(1)</script>" }); // '{"name":"\\u003c/script\\u003e…"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
