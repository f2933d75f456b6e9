import { escapeHtml } from "../../text/escape";
import { PAGE_CSP, PAGE_CSS } from "./style";

/**
 * A whole standalone page: charset, the no-network Content-Security-Policy, the stylesheet, `head`
 * (trusted markup such as the plotly.js script) and `body` (already escaped by the caller).
 *
 * @example
 * htmlDocument("Index", "", "<h1>Index</h1>") // "<!DOCTYPE html>\n<html lang=\"en\">…"
 */
export function htmlDocument(title: string, head: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PAGE_CSS}</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;
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
