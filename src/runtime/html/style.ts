/** The stylesheet of exported pages: readable on screen and in print, no web fonts (offline). */
export const PAGE_CSS = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --code-bg: #f6f8fa; --bad: #b42318; --bad-bg: #fef3f2; --ok: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 1.5rem; color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: #0969da; }
header.page { border-bottom: 1px solid var(--line); margin-bottom: 1.5rem; padding-bottom: .75rem; }
header.page .meta { color: var(--muted); font-size: .9rem; }
.status-ok { color: var(--ok); font-weight: 600; }
.status-failed, .status-interrupted { color: var(--bad); font-weight: 600; }
.failure { background: var(--bad-bg); border: 1px solid var(--bad); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
.failure pre { margin: .5rem 0 0; white-space: pre-wrap; }
.cell { margin: 1rem 0; }
.cell.code .input { display: flex; gap: .75rem; }
.prompt { color: var(--muted); font: 12px/1.9 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; min-width: 4.5rem; text-align: right; flex: none; }
pre, code { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.input pre { flex: 1; margin: 0; padding: .6rem .8rem; background: var(--code-bg); border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; }
.cell.failed .input pre { border-color: var(--bad); }
.cell.not-run .input pre { opacity: .55; }
.tag { display: inline-block; font-size: .75rem; color: var(--muted); border: 1px solid var(--line); border-radius: 999px;
  padding: 0 .5rem; margin: 0 0 .25rem 5.25rem; }
.outputs { margin-left: 5.25rem; overflow-x: auto; }
.output { margin: .4rem 0; }
pre.output { white-space: pre-wrap; word-break: break-word; margin: .4rem 0; }
pre.stderr, pre.error { background: var(--bad-bg); padding: .4rem .6rem; border-radius: 4px; }
.output img { max-width: 100%; }
.output table { border-collapse: collapse; }
.output th, .output td { border: 1px solid var(--line); padding: .2rem .5rem; }
.cell.markdown table { border-collapse: collapse; }
.cell.markdown th, .cell.markdown td { border: 1px solid var(--line); padding: .2rem .5rem; }
.cell.markdown pre { background: var(--code-bg); padding: .6rem .8rem; border-radius: 6px; overflow-x: auto; }
table.runs { border-collapse: collapse; width: 100%; }
table.runs th, table.runs td { text-align: left; border-bottom: 1px solid var(--line); padding: .4rem .6rem; vertical-align: top; }
table.runs td.num { text-align: right; font-variant-numeric: tabular-nums; }
@media print { .outputs, .tag { margin-left: 0; } .prompt { display: none; } }
`;

/**
 * The Content-Security-Policy of exported pages: no network at all (`default-src 'none'`, data: images
 * and fonts only), inline styles, and scripts only when they carry the page's nonce, that is only the
 * scripts the exporter wrote (see htmlDocument): inline event handlers and `javascript:` URLs never run.
 * `'unsafe-eval'` stays because plotly.js compiles some of its functions at run time.
 *
 * @example
 * pageCsp("abc"); // "default-src 'none'; script-src 'nonce-abc' 'unsafe-eval'; …"
 */
export function pageCsp(nonce: string): string {
  return (
    `default-src 'none'; script-src 'nonce-${nonce}' 'unsafe-eval'; style-src 'unsafe-inline'; img-src ` +
    `data: blob:; font-src data:; worker-src blob:; base-uri 'none'; form-action 'none'; object-src 'none'`
  );
}
