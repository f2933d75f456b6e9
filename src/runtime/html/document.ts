import { randomBytes } from "node:crypto";
import { escapeHtml } from "../../text/escape";
import { pageCsp, PAGE_CSS } from "./style";

/**
 * A script of the page's own, placed in its head: inline source, or a file next to the page (a shared
 * plotly.js, a core bundle) by its relative `src`.
 */
export type PageScript = { readonly inline: string } | { readonly src: string };

/** Options of {@link htmlDocument}. */
export interface DocumentOptions {
  /** Scripts of the page's own, in the head after `head`, in order. */
  readonly scripts?: readonly PageScript[];
  /** The nonce that marks the page's own scripts; default a fresh random one (tests pass a fixed one). */
  readonly nonce?: string;
}

/**
 * A whole standalone page: charset, the no-network Content-Security-Policy, the stylesheet, `head`
 * (trusted markup such as the plotly.js script), the page's own `scripts` and `body` (already escaped by
 * the caller).
 *
 * Only the page's own scripts run: every `<script>` element the exporter wrote (in `head`, `scripts`, or
 * a trusted output in `body`) gets the page's nonce, and the CSP allows that nonce and nothing else, so an
 * inline event handler (`onerror=`, `onclick=`) or a `javascript:` URL that slipped into the markup does
 * not run. Script bodies are skipped, not scanned, so text inside plotly.js is never touched.
 *
 * @example
 * htmlDocument("Index", "", "<h1>Index</h1>") // "<!DOCTYPE html>\n<html lang=\"en\">…"
 * htmlDocument("Chart", "", body, { scripts: [{ src: "plotly.min.js" }] }) // <script nonce=… src="plotly.min.js">
 */
export function htmlDocument(title: string, head: string, body: string, options: DocumentOptions = {}): string {
  const nonce = options.nonce ?? randomBytes(16).toString("base64");
  // It goes into an attribute and the CSP unescaped: base64 only.
  if (!/^[A-Za-z0-9+/=]+$/.test(nonce))
    throw new RangeError(`a page nonce is base64 text, got ${JSON.stringify(nonce)}`);
  const own = (options.scripts ?? [])
    .map((script) =>
      "src" in script
        ? `<script src="${escapeHtml(script.src)}"></script>`
        : `<script>${script.inline.replace(/<\/script/gi, "<\\/script")}</script>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${pageCsp(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PAGE_CSS}</style>
${withNonce(head, nonce)}${own === "" ? "" : `\n${withNonce(own, nonce)}`}
</head>
<body>
${withNonce(body, nonce)}
</body>
</html>
`;
}

const SCRIPT_OPEN = /<script\b/gi;
const SCRIPT_CLOSE = /<\/script\s*>/gi;

/**
 * Gives every `<script>` element of trusted markup the page's nonce. Only opening tags outside script
 * bodies are touched: a body is skipped up to its `</script>`, which HTML ends it at too.
 *
 * @example
 * withNonce('<script>draw()</script>', "abc"); // '<script nonce="abc">draw()</script>'
 */
export function withNonce(html: string, nonce: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    SCRIPT_OPEN.lastIndex = at;
    const open = SCRIPT_OPEN.exec(html);
    if (open === null) return out + html.slice(at);
    const tagEnd = html.indexOf(">", open.index);
    if (tagEnd < 0) return out + html.slice(at);
    // A nonce already written by someone else would be wrong for this page: replace it.
    const attributes = html
      .slice(open.index + open[0].length, tagEnd)
      .replace(/\snonce\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/gi, "");
    out += `${html.slice(at, open.index)}<script nonce="${nonce}"${attributes}>`;
    SCRIPT_CLOSE.lastIndex = tagEnd + 1;
    const close = SCRIPT_CLOSE.exec(html);
    const end = close === null ? html.length : close.index + close[0].length;
    out += html.slice(tagEnd + 1, end);
    at = end;
  }
}

/**
 * An ISO time as pages show it.
 *
 * @example
 * formatTime("2026-01-01T10:00:00.000Z") // "2026-01-01 10:00:00 UTC"
 */
export function formatTime(iso: string): string {
  return iso.replace("T", " ").replace(/(\.\d+)?Z$/, " UTC");
}
