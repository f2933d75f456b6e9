import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeLoadModel } from "../../src/load";
import { formatLoadIssue, formatLoadWarning, loadIssue } from "../../src/load/issues";
import { visibleText } from "../../src/text/escape";
import { GOOD, writeModelFolder } from "./helpers";

function messageOf(files: Record<string, string>): string {
  const result = safeLoadModel(writeModelFolder({ ...GOOD, ...files }));
  if (result.success) throw new Error("expected the model to fail to load");
  return result.error.message;
}

describe("load messages name the real cause, readably", () => {
  it("shows a zero-width space, a NUL and a BOM inside an id as code points", () => {
    const message = messageOf({
      "sales.csv":
        "period,product_id,quantity\nmonth-1,haircut\u200b,10\nmonth-1,hair\u0000cut,1\nmonth-1,hair\ufeffcut,1\n",
    });
    expect(message).toContain('found "haircut<U+200B>"');
    expect(message).toContain('found "hair<U+0000>cut"');
    expect(message).toContain('found "hair<U+FEFF>cut"');
  });

  it("cuts a 100 000-character value and says how long it was", () => {
    const message = messageOf({
      "products.csv": `id,name,type,price\nhaircut,Haircut,service,${"9x".repeat(50_000)}\n`,
    });
    expect(message.length).toBeLessThan(2_000);
    expect(message).toContain("100,000 characters in all");
  });

  it("never lets a terminal escape sequence from a file reach the message raw", () => {
    const message = messageOf({
      "sales.csv": "period,product_id,quantity\nmonth-1,\u001b]0;pwned\u0007\u001b[2J,10\n",
    });
    expect(message).not.toMatch(/(?![\t\n])\p{Cc}/u);
    expect(message).toContain("<U+001B>]0;pwned<U+0007><U+001B>[2J");
  });

  it("reports a row with one empty value too many as an unquoted separator", () => {
    const message = messageOf({
      "tvc.csv": "product_id,kind,amount,rate\nhaircut,piece-rate,3,\nhaircut,materials,2,5,\n",
    });
    expect(message).toContain('tvc.csv, row 3, column "column 5": more values than columns');
    expect(message).toContain("double quotes");
  });

  it("accepts a trailing separator that every row has", () => {
    const result = safeLoadModel(
      writeModelFolder({
        ...GOOD,
        "sales.csv": "period,product_id,quantity\nmonth-1,haircut,10,\nmonth-2,haircut,4,\n",
      }),
    );
    expect(result.success).toBe(true);
  });

  it("loads a file that mixes CRLF and LF line ends", () => {
    const result = safeLoadModel(
      writeModelFolder({
        ...GOOD,
        "sales.csv": "period,product_id,quantity\r\nmonth-1,haircut,10\nmonth-2,haircut,4\r\nmonth-3,haircut,2\n",
      }),
    );
    expect(result.success).toBe(true);
    if (result.success)
      expect(result.model.sales.map((sale) => [sale.period, sale.quantity])).toEqual([
        ["month-1", 10],
        ["month-2", 4],
        ["month-3", 2],
      ]);
  });

  it("a column name in a warning is shown visibly", () => {
    expect(formatLoadWarning({ file: "sales.csv", column: "no\u001b[2Jte", message: "unknown column, ignored" })).toBe(
      'sales.csv, column "no<U+001B>[2Jte": unknown column, ignored',
    );
  });

  it("property: no formatted issue holds a control or format character, and none is longer than a bound", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.string({ unit: "binary", maxLength: 40 }),
        (value, column) => {
          const line = formatLoadIssue(
            loadIssue({
              code: "not_a_number",
              file: "sales.csv",
              row: 2,
              column,
              value,
              expected: "a number",
              message: "not a number",
            }),
          );
          expect(line).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u);
          expect(line.length).toBeLessThan(200 + 12 * 40 + 12 * 80);
        },
      ),
    );
  });

  it("visibleText leaves ordinary text alone", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Zа-яА-Я0-9 ,.;₽-]*$/), (text) => {
        expect(visibleText(text)).toBe(text);
      }),
    );
  });
});
