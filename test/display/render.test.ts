import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { money } from "../../src/core";
import { MAX_HTML_CELL, MAX_TEXT_CELL, renderTextTable } from "../../src/display/render";
import { tableHtml, tableText } from "../../src/display";
import { renderTable } from "../../src/cli/table";

describe("the one terminal table renderer", () => {
  it("is what the CLI prints through, with the same rules as show()", () => {
    const cli = renderTable(
      [{ heading: "product" }, { heading: "units", numeric: true }],
      [
        ["P", "100"],
        ["Q", "30"],
      ],
    );
    expect(cli).toBe(
      renderTextTable(
        [{ label: "product" }, { label: "units", numeric: true }],
        [
          ["P", "100"],
          ["Q", "30"],
        ],
      ),
    );
    expect(cli).toMatchInlineSnapshot(`
      "product  units
      ───────  ─────
      P          100
      Q           30"
    `);
  });

  it("cuts a 100 000-character name to the cell width, in text and in HTML", () => {
    const rows = [{ name: "x".repeat(100_000), price: money("0.125") }];
    const text = tableText(rows);
    for (const line of text.split("\n")) expect([...line].length).toBeLessThan(MAX_TEXT_CELL + 40);
    expect(text).toContain("x…");
    expect(text).toContain("₽0.13");
    const html = tableHtml(rows);
    expect(html.length).toBeLessThan(MAX_HTML_CELL + 2_000);
    expect(html).toContain("100,000 characters");
  });

  it("keeps trailing padding out of a line with a long gap inside it", () => {
    const out = renderTextTable(
      [{ label: "a" }, { label: "b" }],
      [
        ["x".repeat(50), ""],
        ["y", "z"],
      ],
    );
    for (const line of out.split("\n")) expect(line).toBe(line.trimEnd());
  });

  it("property: no control or invisible character reaches the terminal, and columns stay aligned", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: "binary", maxLength: 80 }), fc.string({ unit: "binary", maxLength: 10 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const out = renderTextTable([{ label: "name" }, { label: "value", numeric: true }], rows, {
            title: rows[0]![0],
            notes: [rows[0]![1]],
          });
          expect(out).not.toMatch(/(?!\n)[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u);
          const lines = out.split("\n").slice(1, 2 + rows.length + 1);
          const ruleWidth = [...lines[1]!].length;
          for (const line of lines.slice(2)) expect([...line].length).toBeLessThanOrEqual(ruleWidth);
        },
      ),
    );
  });
});
