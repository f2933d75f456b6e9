import { describe, expect, it } from "vitest";
import { readCsvText } from "../../../src/load/csv/read-csv-text";
import { detectSeparator } from "../../../src/load/csv/separator";
import { decodeCsvBytes } from "../../../src/load/csv/decode";

describe("detectSeparator", () => {
  it.each([
    ["id;name;price", ";"],
    ["id,name,price", ","],
    ["id\tname\tprice", "\t"],
    ['"a,b";c', ";"],
    ["id", ","],
  ])("%j → %j", (line, separator) => expect(detectSeparator(line)).toBe(separator));
});

describe("readCsvText", () => {
  it("removes the BOM, accepts CRLF and quotes, skips blank rows and keeps spreadsheet row numbers", () => {
    const csv = readCsvText('\uFEFFid;name;price\r\nhaircut;"Haircut; short";10\r\n;;\r\ncolour;Colour;68,50\r\n', {
      file: "p.csv",
    });
    expect(csv.separator).toBe(";");
    expect(csv.header).toEqual(["id", "name", "price"]);
    expect(csv.rows).toEqual([
      ["haircut", "Haircut; short", "10"],
      ["colour", "Colour", "68,50"],
    ]);
    expect(csv.rowNumbers).toEqual([2, 4]);
    expect(csv.issues).toEqual([]);
  });

  it("reports an empty file and an unclosed quote", () => {
    expect(readCsvText("  \n", { file: "e.csv" }).issues[0]!.message).toContain("empty");
    expect(readCsvText('id,name\n1,"open\n', { file: "q.csv" }).issues[0]!.message).toContain("never closed");
  });

  it("reads a 100 000-row file quickly", () => {
    const text = "period,product_id,quantity\n" + "month-1,haircut,10\n".repeat(100_000);
    const started = performance.now();
    const csv = readCsvText(text, { file: "sales.csv" });
    expect(csv.rows).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("decodeCsvBytes", () => {
  it("strips a UTF-8 BOM", () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]), "x.csv")).toEqual({
      success: true,
      text: "id",
      encoding: "utf-8",
      guessed: false,
    });
  });

  it("reads Windows-1251 bytes (more cases in test/load/encoding.test.ts)", () => {
    // "цена" in Windows-1251
    const result = decodeCsvBytes(new Uint8Array([0x69, 0x64, 0x2c, 0xf6, 0xe5, 0xed, 0xe0]), "products.csv");
    expect(result).toEqual({ success: true, text: "id,цена", encoding: "windows-1251", guessed: true });
  });
});
