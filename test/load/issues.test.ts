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

/** Every issue of a folder that fails to load, as `code: the words a reader sees` (the folder's path left out). */
function wordsOf(files: Record<string, string | Uint8Array>, folder = writeModelFolder(files)): string[] {
  const result = safeLoadModel(folder);
  if (result.success) throw new Error("expected the model to fail to load");
  return result.error.issues.map((issue) => `${issue.code}: ${formatLoadIssue(issue).replaceAll(folder, "FOLDER")}`);
}

describe("the words of each issue code, pinned: rewording one is a visible decision", () => {
  it("values, ids and references: one folder with a problem of each kind", () => {
    expect(
      wordsOf({
        "model.csv": "name,currency,period_unit\nSalon,XYZ,fortnight\n",
        "products.csv":
          "id,name,type,price,whole_units,currency\nhaircut,Haircut,service,1O,maybe,\nhaircut,Dup,service,10,yes,\n" +
          ",NoId,service,5,yes,\nshave,Shave,gadget,3,yes,USD\ncut,Cut,service,1 500,yes,\n" +
          "big,Big,service,123456789012345678901234567890,yes,\n",
        "tvc.csv":
          "product_id,kind,amount,rate\nhaircut,piece-rate,3,5%\nhaircut,materials,,150%\nnobody,materials,1,\n",
        "sales.csv": "period,product_id,quantity\nmonth-1,haircut,-5\nmonth-1,manicure,2\nmonth-1,cut,1.5\n,cut,1\n",
        "resources.csv": "id,name,capacity,unit\nchair,Chair,0,hour\nchair,Chair2,10,hour\n",
        "usage.csv":
          "product_id,resource_id,time_per_unit,unit\ncut,desk,10,minute\ncut,chair,10,minute\ncut,chair,5,minute\n",
        "demand.csv": "product_id,quantity,minimum,maximum\ncut,10,20,\ncut,5,,\n",
        "operating_expenses.csv": "id,name,category,amount,amount\nrent,Rent,rent,40,41\n",
      }),
    ).toMatchInlineSnapshot(`
      [
        "unknown_currency: model.csv, row 2, column "currency": unknown currency: found "XYZ", expected a known currency code (RUB, USD, EUR, KZT, BYN, UAH, GBP, CNY, JPY) or sign (₽, $, €, ₸)",
        "unknown_value: model.csv, row 2, column "period_unit": unknown period unit: found "fortnight", expected one of day, week, month, quarter, year",
        "duplicate_id: products.csv, row 3, column "id": duplicate id: found "haircut", expected an id not used before (row 2 has it)",
        "missing_value: products.csv, row 4, column "id": missing value: found an empty cell, expected a product id",
        "not_a_number: products.csv, row 2, column "price": not a number: found "1O", expected a number such as 68,50 or 68.50 or 1 000 000,50",
        "not_yes_or_no: products.csv, row 2, column "whole_units": not yes or no: found "maybe", expected yes or no (also true/false, 1/0, да/нет)",
        "other_currency: products.csv, row 5, column "currency": another currency: found "USD", expected RUB, the model's currency (mixing currencies needs an explicit conversion)",
        "unknown_value: products.csv, row 5, column "type": unknown type: found "gadget", expected one of product, service",
        "number_too_large: products.csv, row 7, column "price": amount too large: found "123456789012345678901234567890", expected an amount below 1 000 000 000 000 000 (10^15)",
        "both_amount_and_rate: tvc.csv, row 2, column "rate": both amount and rate are filled in: found "5%", expected either an amount or a rate in a row, not both",
        "rate_out_of_range: tvc.csv, row 3, column "rate": a rate above 100 %: found "150%", expected a share of the price: a percentage with % (6%) or a fraction between 0 and 1 (0.06)",
        "unknown_product: tvc.csv, row 4, column "product_id": unknown product: found "nobody", expected an id from the products table (haircut, shave, cut, big)",
        "negative_quantity: sales.csv, row 2, column "quantity": negative quantity: found "-5", expected a number ≥ 0",
        "unknown_product: sales.csv, row 3, column "product_id": unknown product: found "manicure", expected an id from the products table (haircut, shave, cut, big)",
        "not_whole: sales.csv, row 4, column "quantity": not a whole number: found "1.5", expected a whole number (cut is sold in whole units; set whole_units to no in products if not)",
        "missing_value: sales.csv, row 5, column "period": missing value: found an empty cell, expected a period name (month-1, 2024-01, …)",
        "duplicate_column: operating_expenses.csv, row 1, column "amount": the column appears twice in the header: found "amount", expected each column once",
        "duplicate_id: resources.csv, row 3, column "id": duplicate id: found "chair", expected an id not used before (row 2 has it)",
        "unknown_resource: usage.csv, row 2, column "resource_id": unknown resource: found "desk", expected an id from the resources table (chair)",
        "duplicate_usage: usage.csv, row 4, column "resource_id": duplicate usage: found "chair", expected one row per product and resource (row 3 has cut on chair)",
        "minimum_too_high: demand.csv, row 2, column "minimum": minimum above the demand: found "20", expected at most the demand (10): more than the market buys cannot be sold",
        "duplicate_demand: demand.csv, row 3, column "product_id": duplicate demand: found "cut", expected one demand row per product (row 2 has cut)",
      ]
    `);
  });

  it("numbers and rows", () => {
    expect(
      wordsOf({
        ...GOOD,
        "model.csv": "name\nA\nB\n",
        "products.csv": 'id,name,type,price\nhaircut,Haircut,service,"1,500"\nshave,Shave,service,-3\n',
        "sales.csv": "period,product_id,quantity\nmonth-1,haircut,1,7\nmonth-2,haircut,1.2345678901234567\n",
        "tvc.csv": "product_id,amount\nhaircut,1\n",
      }),
    ).toMatchInlineSnapshot(`
      [
        "extra_row: model.csv, row 3: model.csv describes one model: extra row: found "another row", expected exactly one data row",
        "ambiguous_number: products.csv, row 2, column "price": ambiguous: "1,500" can be read as 1.500 (decimal comma) or 1500 (thousands); write it with a space for thousands (1 500) or with more or fewer decimals (1,5): found "1,500", expected a number such as 68,50 or 68.50 or 1 000 000,50",
        "negative_amount: products.csv, row 3, column "price": negative amount: found "-3", expected an amount ≥ 0",
        "missing_column: tvc.csv, row 1, column "kind": missing column: found "product_id, amount", expected a column named "kind"",
        "too_many_values: sales.csv, row 2, column "column 4": more values than columns: found "7", expected at most 3 values, one per column of the header (put a value that contains "," in double quotes)",
        "too_many_digits: sales.csv, row 3, column "quantity": too many significant digits: found "1.2345678901234567", expected a number with at most 15 significant digits (it is kept exactly)",
      ]
    `);
  });

  it("files: missing, empty, only a header, an unclosed quote, another encoding, a workbook in disguise", () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect([
      ...wordsOf({}, "/no/such/folder"),
      ...wordsOf({ "sales.csv": "period,product_id,quantity\n" }),
      ...wordsOf({ "products.csv": "" }),
      ...wordsOf({ "products.csv": "id,name,type,price\n" }),
      ...wordsOf({ "products.csv": 'id,name,type,price\nhaircut,"Haircut,service,10\n' }),
      ...wordsOf({ "products.csv": Uint8Array.from([0x69, 0x64, 0x0a, 0x81, 0x8d, 0x0a]) }),
      ...wordsOf({ "products.csv": zip }),
    ]).toMatchInlineSnapshot(`
      [
        "missing_folder: FOLDER: no such folder: found "FOLDER", expected a folder holding products.csv and the other CSV files of a model",
        "missing_table: products.csv: no products table: found nothing, expected a products.csv (or a products table) listing what is sold",
        "empty_file: products.csv: the file is empty: found an empty cell, expected a header row naming the columns, then data rows",
        "no_products: products.csv: no products: found "only the header", expected at least one product or service, one per row",
        "unclosed_quote: products.csv, row 2: a quoted value is never closed: found "\\"", expected every opening quote to be closed",
        "missing_value: products.csv, row 2, column "type": missing value: found an empty cell, expected product or service",
        "missing_value: products.csv, row 2, column "price": missing value: found an empty cell, expected a price (an amount ≥ 0)",
        "unknown_encoding: products.csv: the file is not UTF-8 text, nor Russian text in Windows-1251 (the default of Russian Excel), where this byte is no letter: it is in another encoding (DOS 866, KOI8-R, …): found "byte 0x81 at offset 3", expected a file saved as UTF-8: in Excel choose "Save as… → CSV UTF-8 (comma delimited)", in LibreOffice tick "Edit filter settings" and pick "Unicode (UTF-8)"",
        "not_csv: products.csv: the file is a zip archive, such as an Excel workbook renamed to .csv: found "bytes of a zip file", expected a CSV text file, or the workbook loaded with loadWorkbookModel under its own name (.xlsx)",
      ]
    `);
  });

  it("a warning", () => {
    const result = safeLoadModel(
      writeModelFolder({ ...GOOD, "sales.csv": "period,product_id,quantity,note\nm1,haircut,1,x\n" }),
    );
    expect(result.warnings.map(formatLoadWarning)).toMatchInlineSnapshot(`
      [
        "sales.csv, column "note": unknown column, its values were ignored (columns of this file: period, product_id, quantity, price, currency)",
      ]
    `);
  });
});
