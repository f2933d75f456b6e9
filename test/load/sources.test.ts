import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { DataFrame } from "danfojs-node";
import {
  loadModel,
  modelFromDataFrames,
  modelFromRecords,
  readTable,
  safeModelFromRecords,
  type ModelRecords,
} from "../../src/load";
import { FILE_NAMES } from "../../src/load/sources/file-names";
import { TABLE_NAMES } from "../../src/load/table";
import { quiet, writeModelFolder } from "./helpers";

// The same salon as `records` below, as CSV files (not data/salon, which grows with other examples).
const salon = writeModelFolder({
  "model.csv": 'name,currency,period_unit\n"Beauty salon (talk, section 1)",RUB,month\n',
  "products.csv":
    "id,name,type,category,price,whole_units,unit_name\nhaircut,Haircut,service,haircuts,10,yes,haircut\n",
  "tvc.csv":
    'product_id,kind,name,amount,rate\nhaircut,piece-rate,Stylist\'s piece rate,3,\nhaircut,materials,"Materials (paint, etc.)",2,\n',
  "sales.csv": "period,product_id,quantity,price\nmonth-1,haircut,10,\nmonth-2,haircut,10,\nmonth-3,haircut,10,\n",
  "operating_expenses.csv":
    'id,name,category,amount,period\nrent,Rent of the premises,rent,30,\nutilities,"Electricity, water, heating",utilities,10,\n' +
    "cleaning-m1,Cleaning service,office,10,month-1\nadvertising-m3,Advertising campaign,advertising,60,month-3\n",
});

/** Every file of a folder as a DataFrame of text (readTable), by table name. */
function framesOf(folder: string) {
  const frames: Record<string, ReturnType<typeof readTable>> = {};
  for (const name of TABLE_NAMES) {
    const file = path.join(folder, FILE_NAMES[name]);
    if (fs.existsSync(file)) frames[name] = readTable(file);
  }
  return frames;
}

const records: ModelRecords = {
  model: { name: "Beauty salon (talk, section 1)", currency: "RUB", period_unit: "month" },
  products: [
    {
      id: "haircut",
      name: "Haircut",
      type: "service",
      category: "haircuts",
      price: 10,
      whole_units: "yes",
      unit_name: "haircut",
    },
  ],
  tvc: [
    { product_id: "haircut", kind: "piece-rate", name: "Stylist's piece rate", amount: 3 },
    { product_id: "haircut", kind: "materials", name: "Materials (paint, etc.)", amount: "2" },
  ],
  sales: [1, 2, 3].map((month) => ({ period: `month-${month}`, product_id: "haircut", quantity: 10 })),
  operating_expenses: [
    { id: "rent", name: "Rent of the premises", category: "rent", amount: 30 },
    { id: "utilities", name: "Electricity, water, heating", category: "utilities", amount: "10,00" },
    { id: "cleaning-m1", name: "Cleaning service", category: "office", amount: 10, period: "month-1" },
    { id: "advertising-m3", name: "Advertising campaign", category: "advertising", amount: 60, period: "month-3" },
  ],
};

describe("in-memory data loads the same model as the CSV folder", () => {
  const fromCsv = JSON.parse(JSON.stringify(loadModel(salon, quiet)));

  it("from records", () => {
    expect(JSON.parse(JSON.stringify(modelFromRecords(records, quiet)))).toEqual(fromCsv);
  });

  it("from danfo DataFrames read with readTable", () => {
    expect(JSON.parse(JSON.stringify(modelFromDataFrames(framesOf(salon), { ...quiet, name: "salon" })))).toEqual(
      fromCsv,
    );
  });

  it("from a numeric danfo DataFrame, with numbers read from their decimal text", () => {
    const products = new DataFrame({ id: ["haircut"], type: ["service"], price: [10.1] });
    const model = modelFromDataFrames({ products }, quiet);
    expect(model.products[0]!.price.amount.toString()).toBe("10.1");
  });

  it("reports a NaN in a DataFrame instead of loading it", () => {
    const products = new DataFrame({ id: ["haircut"], type: ["service"], price: [NaN] });
    expect(() => modelFromDataFrames({ products }, quiet)).toThrow(
      /products \(DataFrame\), record 0, column "price": not a number/,
    );
  });

  it("names the record index for in-memory records", () => {
    const result = safeModelFromRecords({
      products: [
        { id: "a", type: "product", price: 1 },
        { id: "b", type: "product", price: -1 },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.message).toContain('products (records), record 1, column "price": negative amount');
  });

  it("never mutates the records", () => {
    const cell = fc.oneof(fc.string(), fc.integer({ min: -5, max: 100 }), fc.constant(null), fc.double());
    const row = fc.record({ id: cell, type: fc.constantFrom("product", "service", "x"), price: cell, extra: cell });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 5 }),
        fc.array(fc.record({ period: cell, product_id: cell, quantity: cell }), { maxLength: 5 }),
        (products, sales) => {
          const input = { products, sales };
          const before = structuredClone(input);
          safeModelFromRecords(input);
          expect(input).toEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });
});
