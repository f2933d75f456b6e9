import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { htmlDocument, withNonce } from "../../../src/runtime/html/document";
import { inlineAttachments } from "../../../src/runtime/html/markdown";
import { renderNotebookPage, type PageInfo } from "../../../src/runtime/html/page";
import type { Notebook } from "../../../src/runtime/notebook/nbformat";

const info: PageInfo = {
  source: "n.ipynb",
  status: "ok",
  parameters: {},
  durationMs: 1,
  finishedAt: "2026-01-01T10:00:00.000Z",
};

describe("only the page's own scripts run", () => {
  it("gives every script element the nonce, and the CSP allows that nonce only", () => {
    const page = htmlDocument(
      "t",
      `<script data-x="1">a()</script>`,
      `<div><script>b("<script>")</script><img src=x onerror=alert(1)></div>`,
      {
        nonce: "N0nce",
        scripts: [{ src: "plotly.min.js" }, { inline: "c()</script><b>" }],
      },
    );
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-N0nce' 'unsafe-eval';`,
    );
    expect(page).not.toContain("unsafe-inline' 'unsafe-eval'");
    expect(page).toContain('<script nonce="N0nce" data-x="1">a()</script>');
    expect(page).toContain(`<script nonce="N0nce">b("<script>")</script>`);
    expect(page).toContain('<script nonce="N0nce" src="plotly.min.js"></script>');
    expect(page).toContain('<script nonce="N0nce">c()<\\/script><b></script>');
    expect(page.match(/<script nonce="N0nce"/g)).toHaveLength(4);
  });

  it("replaces a nonce written by someone else, and a fresh page has a fresh nonce", () => {
    expect(withNonce(`<script nonce="guess" src="a.js"></script>`, "n")).toBe(`<script nonce="n" src="a.js"></script>`);
    const nonceOf = (page: string) => /'nonce-([^']+)'/.exec(page)![1];
    expect(nonceOf(htmlDocument("a", "", ""))).not.toBe(nonceOf(htmlDocument("a", "", "")));
  });

  it("property: no script element of the page is without the nonce", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "<script>",
            "</script>",
            "<SCRIPT src=a>",
            "<scripts>",
            "x",
            "<",
            ">",
            '"',
            "</script >",
            "<script\n",
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const out = withNonce(parts.join(""), "n");
          // Every opening tag the HTML tokenizer would see outside a script body carries the nonce.
          let inside = false;
          for (const match of out.matchAll(/<script\b[^>]*>|<\/script\s*>/gi)) {
            if (match[0].startsWith("</")) inside = false;
            else if (!inside) {
              expect(match[0]).toMatch(/^<script nonce="n"/);
              inside = true;
            }
          }
        },
      ),
    );
  });
});

describe("markdown attachments", () => {
  it("keeps a hostile MIME key out of the image's attribute", () => {
    const html = inlineAttachments('<img src="attachment:a.png" alt="">', {
      "a.png": { 'image/png" onerror="alert(1)': "iVBOR" },
    });
    expect(html).not.toContain("onerror");
    const page = renderNotebookPage(
      {
        nbformat: 4,
        nbformat_minor: 5,
        metadata: {},
        cells: [
          {
            cell_type: "markdown",
            metadata: {},
            source: "![x](attachment:a.png)",
            attachments: { "a.png": { 'image/png" onerror="alert(1)': 'iVBOR"><script>alert(2)</script>' } },
          },
        ],
      } as Notebook,
      info,
    );
    expect(page).not.toContain("onerror=");
    expect(page).not.toContain("alert(2)</script>");
  });

  it("still inlines a plain image attachment", () => {
    expect(inlineAttachments('<img src="attachment:a.png" alt="">', { "a.png": { "image/png": "iVBOR\nw0=" } })).toBe(
      '<img src="data:image/png;base64,iVBORw0=" alt="">',
    );
  });
});
