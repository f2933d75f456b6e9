import MarkdownIt from "markdown-it";
import type { MimeBundle } from "../notebook/nbformat";
import { escapeHtml } from "../../text/escape";

/**
 * The markdown renderer for notebook text: CommonMark plus tables and strikethrough; raw HTML in
 * markdown is escaped, not passed through (only kernel outputs are trusted HTML), and markdown-it's
 * link check rejects `javascript:` URLs.
 *
 * @example
 * markdown().render("# T = Price − TVC") // "<h1>T = Price − TVC</h1>\n"
 */
export function markdown(): MarkdownIt {
  return new MarkdownIt({ html: false, linkify: true, typographer: false });
}

/**
 * Replaces `attachment:name` image sources (images pasted into a Jupyter markdown cell) by data URIs
 * from the cell's attachments, so the page needs no other file.
 *
 * @example
 * inlineAttachments('<img src="attachment:a.png" alt="">', { "a.png": { "image/png": "iVBOR..." } })
 * // '<img src="data:image/png;base64,iVBOR..." alt="">'
 */
export function inlineAttachments(html: string, attachments: Record<string, MimeBundle> | undefined): string {
  if (!attachments) return html;
  return html.replace(/src="attachment:([^"]*)"/g, (whole, name: string) => {
    const bundle = attachments[decodeURIComponent(name)] ?? attachments[name];
    const mime = bundle && Object.keys(bundle).find((m) => m.startsWith("image/"));
    if (!bundle || !mime) return whole;
    const data = bundle[mime];
    const base64 = (Array.isArray(data) ? data.join("") : String(data)).replace(/\s+/g, "");
    // The MIME key is the notebook's text like any other: `image/png" onerror="…` must stay inside the
    // attribute. Only a plain type/subtype is used at all; the data keeps base64's alphabet only.
    if (!/^image\/[a-z0-9.+-]+$/i.test(mime)) return whole;
    return `src="data:${escapeHtml(mime)};base64,${escapeHtml(base64.replace(/[^A-Za-z0-9+/=]/g, ""))}"`;
  });
}
