import * as fs from "node:fs";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { safeLoadModel } from "../../src/load/load-model";
import { writeModelFolder } from "./helpers";

// The salon of helpers.ts, its products and TVC written as Arrow files by apache-arrow itself.
const products = () =>
  tableToIPC(
    tableFromArrays({
      id: ["haircut", "colour"],
      name: ["Haircut", "Colour"],
      type: ["service", "service"],
      price: Float64Array.from([10, 68.5]),
    }),
    "file",
  );
const tvc = () =>
  tableToIPC(
    tableFromArrays({
      product_id: ["haircut", "haircut", "colour"],
      kind: ["piece-rate", "materials", "materials"],
      amount: Float64Array.from([3, 2, 20.25]),
    }),
    "file",
  );
const CSV = {
  "products.csv": "id,name,type,price\nhaircut,Haircut,service,10\ncolour,Colour,service,68.50\n",
  "tvc.csv": "product_id,kind,amount\nhaircut,piece-rate,3\nhaircut,materials,2\ncolour,materials,20.25\n",
  "sales.csv": "period,product_id,quantity\nmonth-1,haircut,10\n",
};

function load(files: Record<string, string | Uint8Array>) {
  const folder = writeModelFolder(files);
  try {
    return safeLoadModel(folder, { name: "salon" });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const view = (result: ReturnType<typeof load>) => {
  if (!result.success) throw result.error;
  return JSON.stringify(
    result.model.products.map((product) => ({
      ...product,
      price: product.price.amount.toString(),
      tvc: product.tvc.map((c) => (c.basis === "per-unit" ? c.amount.amount.toString() : c.rate.toString())),
    })),
  );
};

describe("Arrow IPC (Feather v2) tables in a model folder", () => {
  it("loads products.arrow and tvc.feather as the same model as the CSV files", () => {
    const arrow = load({ "products.arrow": products(), "tvc.feather": tvc(), "sales.csv": CSV["sales.csv"] });
    expect(view(arrow)).toBe(view(load(CSV)));
  });

  it("checks every value as a CSV cell and names the file, record, column, value and what was expected", () => {
    const bad = tableToIPC(
      tableFromArrays({ id: ["haircut", "colour"], type: ["service", "service"], price: Float64Array.from([10, -1]) }),
      "file",
    );
    const result = load({ "products.arrow": bad });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([
      expect.objectContaining({
        code: "negative_amount",
        file: "products.arrow",
        row: 1,
        rowKind: "index",
        column: "price",
        value: -1,
        expected: "an amount ≥ 0",
      }),
    ]);
    expect(result.error.message).toContain(
      'products.arrow, record 1, column "price": negative amount: found -1, expected an amount ≥ 0',
    );
  });

  it("says when a file is not Arrow, and when a table comes as both CSV and Arrow", () => {
    const notArrow = load({ "products.arrow": "id,type,price\nx,product,1\n" });
    expect(notArrow.success || notArrow.error.issues.map((issue) => [issue.code, issue.file])).toEqual([
      ["not_arrow", "products.arrow"],
    ]);
    const both = load({ ...CSV, "products.arrow": products() });
    expect(both.success || both.error.issues.map((issue) => [issue.code, issue.file, issue.value])).toEqual([
      ["duplicate_table", "products.arrow", "products.csv and products.arrow"],
    ]);
  });

  it("warns about an Arrow file that names no table, as about such a CSV file", () => {
    const result = load({ ...CSV, "product.arrow": products() });
    expect(result.warnings.map((warning) => [warning.file, warning.message.slice(0, 37)])).toEqual([
      ["product.arrow", "an Arrow file that names no table, ig"],
    ]);
  });

  it("reads a table of 20 000 products from Arrow", () => {
    const n = 20_000;
    const ids = Array.from({ length: n }, (_, i) => `p${i}`);
    const folder = writeModelFolder({
      "products.arrow": tableToIPC(
        tableFromArrays({
          id: ids,
          type: ids.map(() => "product"),
          price: Float64Array.from(ids, (_, i) => 10 + (i % 100) / 4),
        }),
        "file",
      ),
    });
    try {
      const result = safeLoadModel(folder);
      expect(result.success && result.model.products.length).toBe(n);
      expect(result.success && result.model.products[5]!.price.amount.toString()).toBe("11.25");
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
