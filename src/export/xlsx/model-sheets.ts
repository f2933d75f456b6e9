import type { Worksheet, Workbook } from "exceljs";
import type { BusinessModel } from "../../core/model/types";
import { workbookLabels, type WorkbookLabels } from "../../i18n/workbook-labels";
import type { TableName } from "../../load/table";
import { cellNumber, demandCell, moneyFormat, QUANTITY_FORMAT, RATE_FORMAT, sheetRef } from "./cells";

/** Where the model's cells are, so report formulas can refer to them (a trainer's edit then recomputes). */
export interface ModelSheetRefs {
  /** Row of each product on the `products` sheet. */
  readonly productRow: ReadonlyMap<string, number>;
  /** Column letters of `products` and `tvc`, for formulas. */
  readonly productsPrice: string;
  readonly tvcProductId: string;
  readonly tvcAmount: string;
  readonly tvcRate: string;
  /** The last row of the tvc sheet (formulas sum over rows 2…last). */
  readonly tvcLastRow: number;
  /** The products and tvc sheets as a formula names them (`products`, `'переменные расходы'`). */
  readonly productsSheet: string;
  readonly tvcSheet: string;
}

type Cell = string | number | boolean | undefined;

// Formats by the English column name (the model format's), whatever the header's language.
function addTable(
  workbook: Workbook,
  labels: WorkbookLabels,
  table: TableName,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  formats: Readonly<Record<string, string>>,
): Worksheet {
  const sheet = workbook.addWorksheet(labels.tables[table]);
  const header = columns.map((column) => headerOf(labels, table, column));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
  columns.forEach((column, index) => {
    const format = formats[column];
    sheet.getColumn(index + 1).width = Math.max(header[index]!.length + 2, 10);
    if (format) sheet.getColumn(index + 1).numFmt = format;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return sheet;
}

// The header of a model column in the workbook's language (an alias the loader reads back), or the English name.
function headerOf(labels: WorkbookLabels, table: TableName, column: string): string {
  const english = workbookLabels("en").columns[table];
  const index = english.indexOf(column);
  return index < 0 ? column : (labels.columns[table][index] ?? column);
}

/**
 * Writes the model's own tables as sheets named and laid out like its CSV files (`model`, `products`,
 * `tvc`, `sales`, …: see data/README.md), so `loadWorkbookModel` reads the workbook back as the same
 * model, and report sheets can refer to the prices and TVC by formula. Amounts are numbers with the
 * currency's format (exact text when a number cannot hold them), rates are fractions shown as percents.
 *
 * @example
 * const refs = addModelSheets(workbook, loadModel("data/salon"));
 * refs.productRow.get("haircut"); // the row of the haircut on the products sheet
 */
export function addModelSheets(
  workbook: Workbook,
  model: BusinessModel,
  labels: WorkbookLabels = workbookLabels(),
): ModelSheetRefs {
  writeModelSheets(workbook, model, labels);
  return modelSheetRefs(model, labels);
}

/**
 * Where {@link addModelSheets} puts the cells formulas refer to, known before the sheets are written (the
 * report sheets come first in the workbook).
 *
 * @example
 * modelSheetRefs(salon).productsPrice; // "E"
 */
export function modelSheetRefs(model: BusinessModel, labels: WorkbookLabels = workbookLabels()): ModelSheetRefs {
  const tvcRows = model.products.reduce((count, p) => count + p.tvc.length, 0);
  return {
    productRow: new Map(model.products.map((p, index) => [p.id, index + 2])),
    productsPrice: "E",
    tvcProductId: "A",
    tvcAmount: "D",
    tvcRate: "E",
    tvcLastRow: Math.max(tvcRows + 1, 2),
    productsSheet: sheetRef(labels.tables.products),
    tvcSheet: sheetRef(labels.tables.tvc),
  };
}

function writeModelSheets(workbook: Workbook, model: BusinessModel, l: WorkbookLabels): void {
  const money = moneyFormat(model.currency, l.locale);
  const yesNo = (value: boolean) => (value ? l.yes : l.no);
  addTable(
    workbook,
    l,
    "model",
    ["name", "currency", "period_unit"],
    [[model.name, model.currency, model.periodUnit]],
    {},
  );
  addTable(
    workbook,
    l,
    "products",
    ["id", "name", "type", "category", "price", "whole_units", "unit_name"],
    model.products.map((p) => [
      p.id,
      p.name,
      p.type,
      p.category,
      cellNumber(p.price),
      p.wholeUnits === undefined ? undefined : yesNo(p.wholeUnits),
      p.unitName,
    ]),
    { price: money },
  );
  const tvcRows = model.products.flatMap((p) =>
    p.tvc.map((c): Cell[] => [
      p.id,
      c.kind,
      c.name,
      c.basis === "per-unit" ? cellNumber(c.amount) : undefined,
      c.basis === "share-of-price" ? cellNumber(c.rate) : undefined,
    ]),
  );
  addTable(workbook, l, "tvc", ["product_id", "kind", "name", "amount", "rate"], tvcRows, {
    amount: money,
    rate: RATE_FORMAT,
  });
  if (model.sales.length > 0)
    addTable(
      workbook,
      l,
      "sales",
      ["period", "product_id", "quantity", "price"],
      model.sales.map((s) => [
        s.period,
        s.productId,
        cellNumber(s.quantity),
        s.price === undefined ? undefined : cellNumber(s.price),
      ]),
      { quantity: QUANTITY_FORMAT, price: money },
    );
  if (model.operatingExpenses.length > 0)
    addTable(
      workbook,
      l,
      "operating_expenses",
      ["id", "name", "category", "amount", "period"],
      model.operatingExpenses.map((e) => [e.id, e.name, e.category, cellNumber(e.amount), e.period]),
      { amount: money },
    );
  if (model.investments.length > 0)
    addTable(
      workbook,
      l,
      "investments",
      ["id", "name", "category", "amount"],
      model.investments.map((i) => [i.id, i.name, i.category, cellNumber(i.amount)]),
      { amount: money },
    );
  if (model.resources.length > 0)
    addTable(
      workbook,
      l,
      "resources",
      ["id", "name", "capacity", "unit"],
      model.resources.map((r) => [r.id, r.name, cellNumber(r.capacity), r.unit]),
      { capacity: QUANTITY_FORMAT },
    );
  if (model.usages.length > 0)
    addTable(
      workbook,
      l,
      "usage",
      ["product_id", "resource_id", "time_per_unit", "unit"],
      model.usages.map((u) => [u.productId, u.resourceId, cellNumber(u.timePerUnit), u.unit]),
      { time_per_unit: QUANTITY_FORMAT },
    );
  if (model.demand.length > 0)
    addTable(
      workbook,
      l,
      "demand",
      ["product_id", "quantity", "minimum", "maximum"],
      model.demand.map((d) => [
        d.productId,
        d.quantity === Infinity ? l.unlimited : demandCell(d.quantity),
        d.minimum === undefined ? undefined : cellNumber(d.minimum),
        d.maximum === undefined ? undefined : cellNumber(d.maximum),
      ]),
      { quantity: QUANTITY_FORMAT, minimum: QUANTITY_FORMAT, maximum: QUANTITY_FORMAT },
    );
}
