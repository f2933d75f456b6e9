import { describe, expect, it } from "vitest";
import { formatLoadIssue, loadModel, safeLoadModel, LoadError } from "../../src/load";
import { ModelError } from "../../src/core/model/issues";
import { GOOD, quiet, writeModelFolder } from "./helpers";

/** Loads a folder that must fail; returns the error. */
function failure(files: Record<string, string | Uint8Array>): LoadError {
  const result = safeLoadModel(writeModelFolder({ ...GOOD, ...files }));
  if (result.success) throw new Error("expected the model to fail to load");
  return result.error;
}

describe("one error per kind of bad input, with file, row, column, value and expectation", () => {
  it("a bad number", () => {
    const error = failure({ "products.csv": "id,name,type,price\nhaircut,Haircut,service,10 рублей ровно\n" });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({
      file: "products.csv",
      row: 2,
      column: "price",
      value: "10 рублей ровно",
      code: "not_a_number",
    });
    expect(error.message).toContain('products.csv, row 2, column "price"');
    expect(error.message).toContain("68,50");
  });

  it("a missing column", () => {
    const error = failure({ "sales.csv": "period,product_id\nmonth-1,haircut\n" });
    expect(error.issues[0]).toMatchObject({ file: "sales.csv", row: 1, column: "quantity", code: "missing_column" });
    expect(error.message).toContain('a column named "quantity"');
  });

  it("a missing required value", () => {
    const error = failure({ "sales.csv": "period,product_id,quantity\n,haircut,10\n" });
    expect(error.issues[0]).toMatchObject({ file: "sales.csv", row: 2, column: "period", code: "missing_value" });
    expect(error.message).toContain("an empty cell");
  });

  it("a negative quantity", () => {
    const error = failure({ "sales.csv": "period,product_id,quantity\nmonth-1,haircut,10\nmonth-2,haircut,-3\n" });
    expect(error.issues[0]).toMatchObject({
      file: "sales.csv",
      row: 3,
      column: "quantity",
      value: "-3",
      code: "negative_quantity",
    });
    expect(error.message).toContain("≥ 0");
  });

  it("a negative amount", () => {
    const error = failure({ "operating_expenses.csv": "id,amount\nrent,-40\n" });
    expect(error.issues[0]).toMatchObject({
      file: "operating_expenses.csv",
      row: 2,
      column: "amount",
      code: "negative_amount",
    });
  });

  it("an unknown product id, naming the known ones", () => {
    const error = failure({ "tvc.csv": "product_id,kind,amount\nhaircut,materials,2\nhiarcut,piece-rate,3\n" });
    expect(error.issues[0]).toMatchObject({
      file: "tvc.csv",
      row: 3,
      column: "product_id",
      value: "hiarcut",
      code: "unknown_product",
    });
    expect(error.message).toContain("haircut");
  });

  it("an unknown resource id", () => {
    const error = failure({
      "resources.csv": "id,capacity,unit\nstylist,100,hour\n",
      "usage.csv": "product_id,resource_id,time_per_unit\nhaircut,stylsit,1\n",
    });
    expect(error.issues[0]).toMatchObject({
      file: "usage.csv",
      row: 2,
      column: "resource_id",
      code: "unknown_resource",
    });
    expect(error.message).toContain("stylist");
  });

  it("a duplicate id, naming the first row", () => {
    const error = failure({
      "products.csv": "id,type,price\nhaircut,service,10\ncolour,service,20\nhaircut,service,12\n",
    });
    expect(error.issues[0]).toMatchObject({ file: "products.csv", row: 4, column: "id", code: "duplicate_id" });
    expect(error.message).toContain("row 2 has it");
  });

  it("an unknown currency", () => {
    const error = failure({ "model.csv": "currency\nXYZ\n" });
    expect(error.issues[0]).toMatchObject({
      file: "model.csv",
      row: 2,
      column: "currency",
      value: "XYZ",
      code: "unknown_currency",
    });
    expect(error.message).toContain("RUB");
  });

  it("a row in another currency than the model's", () => {
    const error = failure({ "operating_expenses.csv": "id,amount,currency\nrent,30,RUB\nads,10,USD\n" });
    expect(error.issues[0]).toMatchObject({
      file: "operating_expenses.csv",
      row: 3,
      column: "currency",
      value: "USD",
      code: "other_currency",
    });
    expect(error.message).toContain("RUB, the model's currency");
  });

  it("a currency sign in a money cell that is not the model's", () => {
    const error = failure({ "products.csv": "id;type;price\nhaircut;service;10 $\n" });
    expect(error.issues[0]).toMatchObject({ file: "products.csv", row: 2, column: "price", code: "other_currency" });
    expect(error.message).toContain("not the model's currency");
  });

  it("a bad enum value", () => {
    const error = failure({ "tvc.csv": "product_id,kind,amount\nhaircut,matrials,2\n" });
    expect(error.issues[0]).toMatchObject({
      file: "tvc.csv",
      row: 2,
      column: "kind",
      value: "matrials",
      code: "unknown_value",
    });
    expect(error.message).toContain("one of materials, piece-rate, sales-bonus, sales-tax, other");
  });

  it("bytes in an encoding the loader does not read", () => {
    // "id,name,type,price\nhaircut,Стрижка,service,10" saved in DOS code page 866 (Windows-1251 loads: see encoding.test.ts)
    const head = Buffer.from("id,name,type,price\nhaircut,", "latin1");
    const cyrillic = Buffer.from([0x91, 0xe2, 0xe0, 0xa8, 0xa6, 0xaa, 0xa0]);
    const tail = Buffer.from(",service,10\n", "latin1");
    const error = failure({ "products.csv": Buffer.concat([head, cyrillic, tail]) });
    expect(error.issues[0]).toMatchObject({ file: "products.csv", code: "unknown_encoding" });
    expect(error.message).toContain("Windows-1251");
    expect(error.message).toContain("CSV UTF-8");
  });

  it("an empty file", () => {
    const error = failure({ "sales.csv": "" });
    expect(error.issues[0]).toMatchObject({ file: "sales.csv", code: "empty_file" });
    expect(error.message).toContain("a header row");
  });

  it("products with a header only", () => {
    const error = failure({ "products.csv": "id,name,type,price\n" });
    expect(error.issues.map((issue) => issue.code)).toContain("no_products");
    expect(error.message).toContain("at least one product");
  });

  it("no products.csv at all", () => {
    const folder = writeModelFolder({ "sales.csv": GOOD["sales.csv"] });
    const result = safeLoadModel(folder);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toContain("products.csv");
  });

  it("a rate above 100 % and both amount and rate in one row", () => {
    const error = failure({
      "tvc.csv": "product_id,kind,amount,rate\nhaircut,sales-tax,,150%\nhaircut,materials,2,5%\n",
    });
    expect(error.issues.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [2, "rate", "rate_out_of_range"],
      [3, "rate", "both_amount_and_rate"],
    ]);
  });

  it("a fractional quantity of a product sold in whole units", () => {
    const error = failure({ "sales.csv": 'period,product_id,quantity\nmonth-1,haircut,"2,5"\n' });
    expect(error.issues[0]).toMatchObject({ column: "quantity", code: "not_whole" });
  });

  it("a political minimum above the maximum", () => {
    const error = failure({ "demand.csv": "product_id,quantity,minimum,maximum\nhaircut,100,50,20\n" });
    expect(error.issues[0]).toMatchObject({ file: "demand.csv", column: "minimum", code: "minimum_too_high" });
  });

  it("a row shifted by an unquoted comma", () => {
    const error = failure({ "operating_expenses.csv": "id,name,amount\nutilities,Water, heating,10\n" });
    expect(error.issues.map((issue) => issue.code)).toContain("too_many_values");
  });
});

describe("the acceptance case: one CSV with four different problems", () => {
  it("gives ONE error naming a bad number, a missing column, a negative quantity and an unknown id", () => {
    const folder = writeModelFolder({
      "products.csv": "id,name,type,price\nhaircut,Haircut,service,1O\ncolour,Colour,service,20\n",
      // No `quantity` column in demand.csv; sales has a negative quantity and an unknown product.
      "demand.csv": "product_id,minimum\nhaircut,1\n",
      "sales.csv": "period,product_id,quantity\nmonth-1,haircut,-5\nmonth-1,manicure,3\n",
    });
    let caught: unknown;
    try {
      loadModel(folder, quiet);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LoadError);
    expect(caught).toBeInstanceOf(ModelError);
    const error = caught as LoadError;
    expect(error.issues.map((issue) => [issue.file, issue.row, issue.column, issue.code])).toEqual([
      ["products.csv", 2, "price", "not_a_number"],
      ["sales.csv", 2, "quantity", "negative_quantity"],
      ["sales.csv", 3, "product_id", "unknown_product"],
      ["demand.csv", 1, "quantity", "missing_column"],
    ]);
    // The words a workshop attendee reads, pinned: rewording them is a visible decision.
    expect(error.issues.map(formatLoadIssue)).toMatchInlineSnapshot(`
      [
        "products.csv, row 2, column "price": not a number: found "1O", expected a number such as 68,50 or 68.50 or 1 000 000,50",
        "sales.csv, row 2, column "quantity": negative quantity: found "-5", expected a number ≥ 0",
        "sales.csv, row 3, column "product_id": unknown product: found "manicure", expected an id from the products table (haircut, colour)",
        "demand.csv, row 1, column "quantity": missing column: found "product_id, minimum", expected a column named "quantity"",
      ]
    `);
    expect(error.message).toContain("4 problems");
    expect(error.message).toContain("the header is row 1");
    expect(error.message).toContain('"1O"');
    expect(error.message).toContain('"-5"');
    expect(error.message).toContain('"manicure"');
    expect(error.message).not.toContain("NaN");
  });
});

describe("a file that cannot be read gives one issue, not a cascade", () => {
  it("an unreadable products.csv is reported once", () => {
    // DOS code page 866, which is neither UTF-8 nor Windows-1251.
    const error = failure({ "products.csv": Buffer.from([0x69, 0x64, 0x0a, 0xe6, 0xa5, 0x0a]) });
    expect(error.issues.filter((issue) => issue.file === "products.csv")).toHaveLength(1);
    expect(error.issues.every((issue) => issue.file === "products.csv")).toBe(true);
  });

  it("a folder that does not exist is reported once", () => {
    const result = safeLoadModel("/nonexistent/model-folder");
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(1);
      expect(result.error.message).toMatch(/no such folder: found "\/nonexistent\/model-folder"/);
    }
  });
});
