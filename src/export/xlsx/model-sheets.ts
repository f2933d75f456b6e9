import type { Worksheet, Workbook } from "exceljs";
import type { BusinessModel } from "../../core/model/types";
import { cellNumber, demandCell, moneyFormat, QUANTITY_FORMAT, RATE_FORMAT } from "./cells";

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
}

type Cell = string | number | boolean | undefined;

function addTable(workbook: Workbook, name: string, header: readonly string[], rows: readonly (readonly Cell[])[], formats: Readonly<Record<string, string>>): Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
  header.forEach((column, index) => {
    const format = formats[column];
    const width = Math.max(column.length + 2, 10);
    sheet.getColumn(index + 1).width = width;
    if (format) sheet.getColumn(index + 1).numFmt = format;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return sheet;
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
export function addModelSheets(workbook: Workbook, model: BusinessModel): ModelSheetRefs {
  writeModelSheets(workbook, model);
  return modelSheetRefs(model);
}

/**
 * Where {@link addModelSheets} puts the cells formulas refer to, known before the sheets are written (the
 * report sheets come first in the workbook).
 *
 * @example
 * modelSheetRefs(salon).productsPrice; // "E"
 */
export function modelSheetRefs(model: BusinessModel): ModelSheetRefs {
  const tvcRows = model.products.reduce((count, p) => count + p.tvc.length, 0);
  return {
    productRow: new Map(model.products.map((p, index) => [p.id, index + 2])),
    productsPrice: "E",
    tvcProductId: "A",
    tvcAmount: "D",
    tvcRate: "E",
    tvcLastRow: Math.max(tvcRows + 1, 2),
  };
}

function writeModelSheets(workbook: Workbook, model: BusinessModel): void {
  const money = moneyFormat(model.currency);
  addTable(workbook, "model", ["name", "currency", "period_unit"], [[model.name, model.currency, model.periodUnit]], {});
  const products = ["id", "name", "type", "category", "price", "whole_units", "unit_name"];
  addTable(
    workbook,
    "products",
    products,
    model.products.map((p) => [p.id, p.name, p.type, p.category, cellNumber(p.price), p.wholeUnits === undefined ? undefined : p.wholeUnits ? "yes" : "no", p.unitName]),
    { price: money },
  );
  const tvcRows = model.products.flatMap((p) =>
    p.tvc.map((c): Cell[] => [p.id, c.kind, c.name, c.basis === "per-unit" ? cellNumber(c.amount) : undefined, c.basis === "share-of-price" ? cellNumber(c.rate) : undefined]),
  );
  addTable(workbook, "tvc", ["product_id", "kind", "name", "amount", "rate"], tvcRows, { amount: money, rate: RATE_FORMAT });
  if (model.sales.length > 0)
    addTable(
      workbook,
      "sales",
      ["period", "product_id", "quantity", "price"],
      model.sales.map((s) => [s.period, s.productId, cellNumber(s.quantity), s.price === undefined ? undefined : cellNumber(s.price)]),
      { quantity: QUANTITY_FORMAT, price: money },
    );
  if (model.operatingExpenses.length > 0)
    addTable(
      workbook,
      "operating_expenses",
      ["id", "name", "category", "amount", "period"],
      model.operatingExpenses.map((e) => [e.id, e.name, e.category, cellNumber(e.amount), e.period]),
      { amount: money },
    );
  if (model.investments.length > 0)
    addTable(workbook, "investments", ["id", "name", "category", "amount"], model.investments.map((i) => [i.id, i.name, i.category, cellNumber(i.amount)]), { amount: money });
  if (model.resources.length > 0)
    addTable(workbook, "resources", ["id", "name", "capacity", "unit"], model.resources.map((r) => [r.id, r.name, cellNumber(r.capacity), r.unit]), { capacity: QUANTITY_FORMAT });
  if (model.usages.length > 0)
    addTable(
      workbook,
      "usage",
      ["product_id", "resource_id", "time_per_unit", "unit"],
      model.usages.map((u) => [u.productId, u.resourceId, cellNumber(u.timePerUnit), u.unit]),
      { time_per_unit: QUANTITY_FORMAT },
    );
  if (model.demand.length > 0)
    addTable(
      workbook,
      "demand",
      ["product_id", "quantity", "minimum", "maximum"],
      model.demand.map((d) => [d.productId, demandCell(d.quantity), d.minimum === undefined ? undefined : cellNumber(d.minimum), d.maximum === undefined ? undefined : cellNumber(d.maximum)]),
      { quantity: QUANTITY_FORMAT, minimum: QUANTITY_FORMAT, maximum: QUANTITY_FORMAT },
    );
}
