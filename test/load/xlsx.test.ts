import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { loadModel, formatLoadIssue, type LoadIssue } from "../../src/load";
import { loadWorkbookModel, safeLoadWorkbookModel } from "../../src/load/sources/xlsx-load";
import { numberCellText, dateCellText, columnLetters } from "../../src/load/sources/xlsx-cells";
import { GOOD, quiet, writeModelFolder } from "./helpers";

type Rows = readonly (readonly ExcelJS.CellValue[])[];

/** Writes a workbook with one sheet per entry; `edit` may merge cells or set formats. */
async function writeWorkbook(
  sheets: Record<string, Rows>,
  edit?: (workbook: ExcelJS.Workbook) => void,
  name = "model.xlsx",
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow([...row]);
  }
  edit?.(workbook);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ta-xlsx-")), name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const GOOD_SHEETS = {
  products: [
    ["id", "name", "type", "price"],
    ["haircut", "Haircut", "service", 10],
  ],
  tvc: [
    ["product_id", "kind", "amount"],
    ["haircut", "piece-rate", 3],
    ["haircut", "materials", 2],
  ],
  sales: [
    ["period", "product_id", "quantity"],
    ["month-1", "haircut", 10],
  ],
  operating_expenses: [
    ["id", "name", "category", "amount"],
    ["rent", "Rent", "rent", 40],
  ],
} satisfies Record<string, Rows>;

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

async function issuesOf(file: string): Promise<readonly LoadIssue[]> {
  const result = await safeLoadWorkbookModel(file);
  if (result.success) throw new Error("expected the workbook to fail to load");
  return result.error.issues;
}

describe("cell values", () => {
  it.each([
    [68.5, "68.5"],
    [10.125, "10.125"],
    [0.30000000000000004, "0.3"],
    [0.19999999999999998, "0.2"],
    [1e21, "1000000000000000000000"],
    [1e-7, "0.0000001"],
    [-3, "-3"],
    [123456789012345, "123456789012345"],
  ])("number %d reads as %j", (value, text) => expect(numberCellText(value)).toBe(text));

  it("dates: a month when the format shows no day, else the day, and the time when there is one", () => {
    expect(dateCellText(new Date(Date.UTC(2024, 0, 1)), "mmm-yy")).toBe("2024-01");
    expect(dateCellText(new Date(Date.UTC(2024, 0, 1)), "[$-419]mmmm\\ yyyy;@")).toBe("2024-01");
    expect(dateCellText(new Date(Date.UTC(2024, 0, 15)), "dd.mm.yyyy")).toBe("2024-01-15");
    expect(dateCellText(new Date(Date.UTC(2024, 0, 15, 9, 30)), "dd.mm.yyyy hh:mm")).toBe("2024-01-15 09:30");
  });

  it("column letters", () => {
    expect([1, 5, 26, 27, 52, 703].map(columnLetters)).toEqual(["A", "E", "Z", "AA", "AZ", "AAA"]);
  });
});

describe("a workbook with one sheet per table", () => {
  it("loads the same model as the CSV folder", async () => {
    const fromCsv = json(loadModel(writeModelFolder(GOOD), { ...quiet, name: "m" }));
    const model = await loadWorkbookModel(await writeWorkbook(GOOD_SHEETS), { ...quiet, name: "m" });
    expect(json(model)).toEqual(fromCsv);
  });

  it("reads numbers, decimal-comma text, cached formula results, dates, booleans and Russian headers as a spreadsheet shows them", async () => {
    const file = await writeWorkbook(
      {
        Products: [
          ["Ид", "Название", "Тип", "Цена", "Штучный"],
          ["haircut", "Стрижка", "service", { formula: "2*5", result: 10 }, true],
          ["colour", "Окрашивание", "service", "68,50", false],
          ["consult", "Консультация", "service", 0.1 + 0.2, "нет"],
        ],
        sales: [
          ["period", "product_id", "quantity"],
          [new Date(Date.UTC(2024, 0, 1)), "haircut", 10],
          [new Date(Date.UTC(2024, 0, 1)), "consult", 1.5],
        ],
      },
      (workbook) => {
        const sales = workbook.getWorksheet("sales")!;
        sales.getCell("A2").numFmt = "mmm-yy";
        sales.getCell("A3").numFmt = "mmm-yy";
      },
    );
    const model = await loadWorkbookModel(file, quiet);
    expect(model.products.map((p) => [p.id, p.name, p.price.amount.toString(), p.wholeUnits])).toEqual([
      ["haircut", "Стрижка", "10", true],
      ["colour", "Окрашивание", "68.5", false],
      ["consult", "Консультация", "0.3", false],
    ]);
    expect(model.sales.map((s) => [s.period, s.productId, s.quantity])).toEqual([
      ["2024-01", "haircut", 10],
      ["2024-01", "consult", 1.5],
    ]);
    expect(model.name).toBe("model");
  });

  it("lists every problem with its sheet and Excel cell, the value and what was expected", async () => {
    const file = await writeWorkbook({
      ...GOOD_SHEETS,
      products: [
        ["id", "name", "type", "category", "price"],
        ["haircut", "Haircut", "service", "", 10],
        ["colour", "Colour", "service", "", "1O"],
      ],
      tvc: [
        ["product_id", "kind", "amount"],
        ["haircut", "piece-rate", 3],
        ["hiarcut", "materials", 2],
      ],
      sales: [
        ["period", "product_id"],
        ["month-1", "haircut"],
      ],
    });
    const result = await safeLoadWorkbookModel(file);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toMatchObject([
      { file: "model.xlsx", sheet: "products", cell: "E3", row: 3, column: "price", value: "1O" },
      {
        file: "model.xlsx",
        sheet: "tvc",
        cell: "A3",
        column: "product_id",
        value: "hiarcut",
        message: "unknown product",
      },
      { file: "model.xlsx", sheet: "sales", row: 1, column: "quantity", message: "missing column" },
    ]);
    expect(result.error.message).toContain(
      'model.xlsx, products!E3, column "price": not a number: found "1O", expected a number',
    );
    expect(result.error.message).toContain("sheet sales, row 1");
    expect(result.error.message).toContain("products!E7");
  });

  it("a formula without a cached value is an error that says so (and not also a missing value)", async () => {
    const file = await writeWorkbook({
      ...GOOD_SHEETS,
      products: [
        ["id", "type", "price"],
        ["haircut", "service", { formula: "B9*2" } as ExcelJS.CellFormulaValue],
      ],
    });
    const issues = await issuesOf(file);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      sheet: "products",
      cell: "C2",
      column: "price",
      value: "=B9*2",
      message: "a formula without a cached value",
    });
    expect(formatLoadIssue(issues[0]!)).toContain("save it again");
  });

  it("a formula whose cached value is 0 or empty text reads as 0 or blank, not as never calculated", async () => {
    const file = await writeWorkbook({
      ...GOOD_SHEETS,
      products: [
        ["id", "name", "type", "price"],
        [
          "haircut",
          { formula: 'IF(1=1,"","x")', result: "" } as ExcelJS.CellFormulaValue,
          "service",
          { formula: "10-10", result: 0 } as ExcelJS.CellFormulaValue,
        ],
      ],
    });
    const model = await loadWorkbookModel(file, quiet);
    expect(model.products[0]).toMatchObject({ id: "haircut", name: "haircut" });
    expect(model.products[0]!.price.amount.toString()).toBe("0");
  });

  it("an error value is reported, never read as blank or zero", async () => {
    const file = await writeWorkbook({
      ...GOOD_SHEETS,
      operating_expenses: [
        ["id", "amount"],
        ["rent", { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue],
      ],
    });
    expect(await issuesOf(file)).toMatchObject([
      { sheet: "operating_expenses", cell: "B2", message: "the formula's result is an error", value: "=1/0 → #DIV/0!" },
    ]);
  });

  it("a header of merged cells: a group title over two columns, names merged down, a period merged over its rows", async () => {
    const file = await writeWorkbook(
      {
        products: [
          ["id", "type", "price"],
          ["haircut", "service", 10],
          ["colour", "service", 20],
        ],
        tvc: [
          ["product_id", "kind", "TVC", null],
          [null, null, "amount", "rate"],
          ["haircut", "materials", 2, null],
          ["colour", "sales-tax", null, "6%"],
        ],
        sales: [
          ["period", "product_id", "quantity"],
          ["month-1", "haircut", 10],
          [null, "colour", 2],
          ["month-2", "haircut", 5],
        ],
      },
      (workbook) => {
        const tvc = workbook.getWorksheet("tvc")!;
        tvc.mergeCells("A1:A2");
        tvc.mergeCells("B1:B2");
        tvc.mergeCells("C1:D1");
        workbook.getWorksheet("sales")!.mergeCells("A2:A3");
      },
    );
    const model = await loadWorkbookModel(file, quiet);
    const [haircut, colour] = model.products;
    expect(haircut!.tvc).toMatchObject([{ kind: "materials", basis: "per-unit" }]);
    expect(colour!.tvc).toMatchObject([{ kind: "sales-tax", basis: "share-of-price" }]);
    expect(model.sales.map((s) => [s.period, s.productId])).toEqual([
      ["month-1", "haircut"],
      ["month-1", "colour"],
      ["month-2", "haircut"],
    ]);
  });

  it("a value under a header cell merged across columns is an error, not a guess", async () => {
    const file = await writeWorkbook(
      {
        ...GOOD_SHEETS,
        products: [
          ["id", "type", "price", null],
          ["haircut", "service", 10, 12],
        ],
      },
      (workbook) => workbook.getWorksheet("products")!.mergeCells("C1:D1"),
    );
    expect(await issuesOf(file)).toMatchObject([
      { sheet: "products", cell: "D2", value: "12", message: "a value under the merged header cell C1" },
    ]);
  });

  it("a workbook without a products sheet, an empty sheet and an unknown sheet", async () => {
    const result = await safeLoadWorkbookModel(await writeWorkbook({ Лист1: [["x"]], tvc: [] }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toMatchObject([
      { sheet: "tvc", message: "the sheet is empty" },
      { file: "model.xlsx", message: "no products sheet" },
    ]);
    expect(result.warnings).toMatchObject([
      { sheet: "Лист1", message: expect.stringContaining("not a sheet of the model format") },
    ]);
  });
});

describe("a folder of single-sheet workbooks", () => {
  it("loads like the CSV folder, whatever the sheets are called, with CSV files beside them", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ta-xlsx-folder-"));
    for (const [name, rows] of Object.entries(GOOD_SHEETS).filter(([name]) => name !== "sales")) {
      const file = await writeWorkbook({ Лист1: rows }, undefined, `${name}.xlsx`);
      fs.copyFileSync(file, path.join(folder, `${name}.xlsx`));
    }
    fs.writeFileSync(path.join(folder, "sales.csv"), GOOD["sales.csv"]);
    const fromCsv = json(loadModel(writeModelFolder(GOOD), { ...quiet, name: "m" }));
    expect(json(await loadWorkbookModel(folder, { ...quiet, name: "m" }))).toEqual(fromCsv);
    // Cells of a single-sheet workbook are named by its file and sheet.
    fs.copyFileSync(
      await writeWorkbook({
        Лист1: [
          ["id", "type", "price"],
          ["haircut", "service", -1],
        ],
      }),
      path.join(folder, "products.xlsx"),
    );
    const issues = await issuesOf(folder);
    expect(issues).toMatchObject([{ file: "products.xlsx", sheet: "Лист1", cell: "C2", message: "negative amount" }]);
    expect(formatLoadIssue(issues[0]!)).toContain("products.xlsx, Лист1!C2");
  });

  it("loadModel, which reads CSV files only, warns about a workbook in the folder instead of ignoring it silently", async () => {
    const folder = writeModelFolder(GOOD);
    fs.copyFileSync(
      await writeWorkbook({
        demand: [
          ["product_id", "quantity"],
          ["haircut", 5],
        ],
      }),
      path.join(folder, "demand.xlsx"),
    );
    const warnings: string[] = [];
    loadModel(folder, { onWarning: (warning) => warnings.push(`${warning.file}: ${warning.message}`) });
    expect(warnings).toEqual([expect.stringMatching(/^demand\.xlsx: a workbook, ignored here: .*loadWorkbookModel/)]);
    expect((await loadWorkbookModel(folder, quiet)).demand).toMatchObject([{ productId: "haircut", quantity: 5 }]);
  });

  it("names an .ods file and two files for one table", async () => {
    const folder = writeModelFolder({ ...GOOD, "tvc.ods": "PK" });
    fs.copyFileSync(await writeWorkbook({ sales: GOOD_SHEETS.sales }), path.join(folder, "sales.xlsx"));
    const issues = await issuesOf(folder);
    expect(issues).toMatchObject([
      { file: "tvc.ods", message: "an OpenDocument spreadsheet (.ods)", expected: expect.stringContaining(".xlsx") },
      { file: "sales.xlsx", message: "two files for one table" },
    ]);
  });

  it("a file that is not a workbook", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ta-xlsx-")), "model.xlsx");
    fs.writeFileSync(file, "id,type,price\n");
    expect(await issuesOf(file)).toMatchObject([
      { file: "model.xlsx", message: expect.stringContaining("not a readable .xlsx workbook") },
    ]);
  });
});
