import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Workbook, Worksheet, CellValue } from "exceljs";
import { optimalMix, type OptimalMix } from "../../core/constraints/optimal-mix";
import type { MixPlan } from "../../core/constraints/plan";
import { politicalMix, type PoliticalComparison } from "../../core/constraints/political-mix";
import { rankingMix } from "../../core/constraints/ranking-mix";
import { rankProducts, type Ranking, type TimeSpan } from "../../core/constraints/ranking";
import { ExactDecimal } from "../../core/money/decimal";
import { sum, zero } from "../../core/money/money";
import type { BusinessModel } from "../../core/model/types";
import { reportByPeriod, throughputReport } from "../../core/throughput/report";
import { REPORT_SHEETS, type ReportSheet } from "../../load/sources/xlsx-report-sheets";
import { cachedNumber, cellNumber, demandCell, moneyFormat, PERCENT_FORMAT, QUANTITY_FORMAT, RATE_FORMAT, type Numeric } from "./cells";
import { addModelSheets, modelSheetRefs, type ModelSheetRefs } from "./model-sheets";
import { RESULTS_DIR_VARIABLE } from "../results-dir";

export { REPORT_SHEETS, type ReportSheet };

/** Options of {@link reportWorkbook}. */
export interface ReportWorkbookOptions {
  /** Which report sheets to write (default: all of them). The model's own sheets are always written. */
  readonly sheets?: readonly ReportSheet[];
  /** The resource to rank by and to show the load of (default: the CCR, as `rankProducts` picks it). */
  readonly resourceId?: string;
  /** T per this much constraint time in the ranking (default: per one unit of the resource's time). */
  readonly per?: TimeSpan;
  /** The period whose OE the plans must cover (default: the recurring OE). */
  readonly period?: string;
  /** Apply the political minimum and maximum of the demand table (default true). */
  readonly political?: boolean;
}

const formula = (text: string, result: Numeric | string | undefined): CellValue =>
  ({ formula: text, result: result === undefined ? undefined : typeof result === "string" ? result : cachedNumber(result) }) as CellValue;

function header(sheet: Worksheet, columns: readonly (readonly [string, number])[]): void {
  const row = sheet.addRow(columns.map(([name]) => name));
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "top" };
  columns.forEach(([, width], index) => (sheet.getColumn(index + 1).width = width));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

function note(sheet: Worksheet, text: string): void {
  sheet.addRow([]);
  sheet.addRow([text]).font = { italic: true };
}

function format(sheet: Worksheet, row: number, columns: string, numFmt: string): void {
  for (const column of columns) sheet.getCell(`${column}${row}`).numFmt = numFmt;
}

/** "T, OE and NP by period": numbers from the library, T and NP as formulas of them. */
function addPeriodReport(workbook: Workbook, model: BusinessModel): void {
  const sheet = workbook.addWorksheet("report");
  const money = moneyFormat(model.currency);
  header(sheet, [["period", 14], ["revenue", 14], ["TVC", 14], ["T = revenue − TVC", 16], ["OE", 14], ["NP = T − OE", 16]]);
  const reports = [...reportByPeriod(model), throughputReport(model)];
  for (const report of reports) {
    const r = sheet.rowCount + 1;
    sheet.addRow([
      report.period === "all" ? "total" : report.period,
      cellNumber(report.revenue),
      cellNumber(report.totallyVariableCost),
      formula(`B${r}-C${r}`, report.throughput),
      cellNumber(report.operatingExpense),
      formula(`D${r}-E${r}`, report.netProfit),
    ]);
    format(sheet, r, "BCDEF", money);
    if (report.period === "all") sheet.getRow(r).font = { bold: true };
  }
  if (model.sales.length === 0) note(sheet, "No sales are recorded in this model, so T is 0: the battle map plans the T the resources allow.");
}

/** Where each product's ranking row is, for the plan sheets' formulas, and its constraint time per unit. */
type RankingRows = ReadonlyMap<string, { readonly row: number; readonly timePerUnit: number }>;

/**
 * The ranking: price from the products sheet, TVC = per-unit amounts + price × rates from the tvc sheet,
 * T = price − TVC and T per constraint time as formulas, so editing a price (here or on `products`)
 * recomputes every figure of the row. The order is the library's (it does not re-sort itself).
 */
function addRanking(workbook: Workbook, model: BusinessModel, ranking: Ranking, refs: ModelSheetRefs): RankingRows {
  const sheet = workbook.addWorksheet("ranking");
  const money = moneyFormat(model.currency);
  const unit = ranking.resource?.unit ?? "hour";
  const perLabel = `${ranking.per.amount === 1 ? "" : `${ranking.per.amount} `}${ranking.per.unit}${ranking.per.amount === 1 ? "" : "s"}`;
  const resource = ranking.resource?.resourceId ?? "constraint";
  header(sheet, [
    ["rank", 6], ["product", 18], ["name", 24], ["price", 12], ["TVC per unit", 12], ["TVC, share of price", 12], ["TVC", 12],
    ["T = price − TVC", 14], [`${resource} time per unit (${unit}s)`, 14], [`T per ${perLabel} of ${resource}`, 16], ["demand", 10],
  ]);
  const last = refs.tvcLastRow;
  const sumTvc = (column: string, row: number) => `SUMIFS(tvc!$${column}$2:$${column}$${last},tvc!$${refs.tvcProductId}$2:$${refs.tvcProductId}$${last},B${row})`;
  const perMinutes = ranking.per.amount * (ranking.per.unit === "hour" ? 60 : 1);
  const unitMinutes = unit === "hour" ? 60 : 1;
  const rows = new Map<string, { row: number; timePerUnit: number }>();
  const products = new Map(model.products.map((p) => [p.id, p]));
  for (const line of ranking.rows) {
    const r = sheet.rowCount + 1;
    rows.set(line.productId, { row: r, timePerUnit: line.constraintTimePerUnit });
    const product = products.get(line.productId)!;
    const fixed = sum(product.tvc.flatMap((c) => (c.basis === "per-unit" ? [c.amount] : [])), model.currency);
    const rate = product.tvc.reduce((total, c) => (c.basis === "share-of-price" ? total.plus(c.rate) : total), new ExactDecimal(0));
    sheet.addRow([
      line.rank,
      line.productId,
      line.name,
      formula(`products!$${refs.productsPrice}$${refs.productRow.get(line.productId)}`, line.price),
      formula(sumTvc(refs.tvcAmount, r), fixed),
      formula(sumTvc(refs.tvcRate, r), rate),
      formula(`E${r}+D${r}*F${r}`, line.tvcPerUnit),
      formula(`D${r}-G${r}`, line.throughputPerUnit),
      cellNumber(line.constraintTimePerUnit),
      formula(
        `IF(I${r}=0,"no constraint time",H${r}/I${r}*${perMinutes}/${unitMinutes})`,
        line.throughputPerConstraintTime === undefined ? "no constraint time" : line.throughputPerConstraintTime,
      ),
      line.demand === undefined ? null : demandCell(line.demand),
    ]);
    format(sheet, r, "DEGHJ", money);
    format(sheet, r, "F", RATE_FORMAT);
    format(sheet, r, "IK", QUANTITY_FORMAT);
  }
  note(
    sheet,
    `Ranked by T per ${perLabel} of ${resource}, best first; products that take no ${resource} time come first. ` +
      "Change a price here or on the products sheet and T recomputes; the order stays the one computed.",
  );
  return rows;
}

/** The battle map: the ranking plan in ranking order, T and constraint time by formula, and the cumulative load. */
function addBattleMap(workbook: Workbook, model: BusinessModel, plan: MixPlan, rankingRows: RankingRows): void {
  const sheet = workbook.addWorksheet("battle map");
  const money = moneyFormat(model.currency);
  const constraint = plan.constraint;
  const unit = constraint ? `${constraint.unit}s` : "";
  header(sheet, [
    ["product", 18], ["name", 24], ["T per unit", 12], [`${constraint?.resourceId ?? "constraint"} time per unit (${unit})`, 14], ["demand", 10],
    ["planned", 10], ["T = planned × T per unit", 16], [`${constraint?.resourceId ?? "constraint"} time (${unit})`, 14], ["cumulative load", 12], ["unsold", 10],
  ]);
  const first = 2;
  const lastLine = first + plan.lines.length - 1;
  const capacityRow = lastLine + 2;
  const capacity = constraint ? plan.resources.find((load) => load.resourceId === constraint.resourceId)?.capacity : undefined;
  for (const line of plan.lines) {
    const r = sheet.rowCount + 1;
    const rank = rankingRows.get(line.productId)!;
    sheet.addRow([
      line.productId,
      line.name,
      formula(`ranking!H${rank.row}`, line.throughputPerUnit),
      formula(`ranking!I${rank.row}`, rank.timePerUnit),
      line.demand === undefined ? null : demandCell(line.demand),
      cellNumber(line.quantity),
      formula(`F${r}*C${r}`, line.throughput),
      formula(`F${r}*D${r}`, line.constraintTime),
      capacity === undefined || line.cumulativeConstraintLoad === undefined ? null : formula(`SUM(H$${first}:H${r})/$H$${capacityRow}`, line.cumulativeConstraintLoad),
      cellNumber(line.unsold),
    ]);
    format(sheet, r, "CG", money);
    format(sheet, r, "DEFHJ", QUANTITY_FORMAT);
    format(sheet, r, "I", PERCENT_FORMAT);
  }
  sheet.addRow([]);
  const addTotal = (label: string, value: CellValue, numFmt: string) => {
    const row = sheet.addRow([label, null, null, null, null, null, null, value]);
    row.getCell(8).numFmt = numFmt;
    row.font = { bold: true };
    return row.number;
  };
  addTotal(constraint ? `capacity of ${constraint.resourceId} (${unit})` : "no constrained resource", capacity === undefined ? null : cellNumber(capacity), QUANTITY_FORMAT);
  const tRow = addTotal("T of the plan", formula(`SUM(G${first}:G${lastLine})`, plan.throughput), money);
  if (plan.operatingExpense !== undefined && plan.netProfit !== undefined) {
    const oeRow = addTotal("OE", cellNumber(plan.operatingExpense), money);
    addTotal("NP = T − OE", formula(`H${tRow}-H${oeRow}`, plan.netProfit), money);
  }
  note(sheet, "Sell in ranking order, each product up to its demand, while the constraint has time: the planned quantities are the library's; T, time and load recompute from them.");
}

/** The political mix beside the best one, and what it costs. */
function addPolitical(workbook: Workbook, model: BusinessModel, comparison: PoliticalComparison | string, rankingRows: RankingRows): void {
  const sheet = workbook.addWorksheet("political mix");
  if (typeof comparison === "string") {
    sheet.addRow([comparison]);
    sheet.getColumn(1).width = 100;
    return;
  }
  const money = moneyFormat(model.currency);
  header(sheet, [["product", 18], ["name", 24], ["T per unit", 12], ["best mix", 10], ["political mix", 12], ["change", 10], ["ΔT = change × T per unit", 16], ["why", 12]]);
  const best = new Map(comparison.best.lines.map((line) => [line.productId, line]));
  const changes = new Map(comparison.changes.map((change) => [change.productId, change]));
  const first = 2;
  for (const line of comparison.political.lines) {
    const r = sheet.rowCount + 1;
    const bestQuantity = best.get(line.productId)?.quantity ?? 0;
    const change = changes.get(line.productId);
    sheet.addRow([
      line.productId,
      line.name,
      formula(`ranking!H${rankingRows.get(line.productId)!.row}`, line.throughputPerUnit),
      cellNumber(bestQuantity),
      cellNumber(line.quantity),
      formula(`E${r}-D${r}`, line.quantity - bestQuantity),
      formula(`F${r}*C${r}`, change?.throughputChange ?? zero(model.currency)),
      change?.kind ?? "",
    ]);
    format(sheet, r, "CG", money);
    format(sheet, r, "DEF", QUANTITY_FORMAT);
  }
  const last = sheet.rowCount;
  sheet.addRow([]);
  const addTotal = (label: string, value: CellValue) => {
    const row = sheet.addRow([label, null, null, null, null, null, value]);
    row.getCell(7).numFmt = money;
    row.font = { bold: true };
    return row.number;
  };
  const bestRow = addTotal("T of the best mix", formula(`SUMPRODUCT(D${first}:D${last},C${first}:C${last})`, comparison.best.throughput));
  const politicalRow = addTotal("T of the political mix", formula(`SUMPRODUCT(E${first}:E${last},C${first}:C${last})`, comparison.political.throughput));
  addTotal("price of the political mix: T (and NP) lost a period", formula(`G${bestRow}-G${politicalRow}`, comparison.throughputLost));
  note(sheet, "The political mix keeps the minimums and caps of the demand table; the best mix ignores them. Both fill the constraint in ranking order.");
}

/** The optimal mix (HiGHS) with the shadow price of each resource. */
function addOptimal(workbook: Workbook, model: BusinessModel, result: OptimalMix | { readonly message: string }, rankingRows: RankingRows): void {
  const sheet = workbook.addWorksheet("optimal mix");
  if (!("plan" in result)) {
    sheet.addRow([`No optimal mix: ${result.message}`]);
    sheet.getColumn(1).width = 100;
    return;
  }
  const money = moneyFormat(model.currency);
  const plan = result.plan;
  header(sheet, [["product", 18], ["name", 24], ["T per unit", 12], ["planned", 10], ["T = planned × T per unit", 16]]);
  const first = 2;
  for (const line of plan.lines) {
    const r = sheet.rowCount + 1;
    sheet.addRow([line.productId, line.name, formula(`ranking!H${rankingRows.get(line.productId)!.row}`, line.throughputPerUnit), cellNumber(line.quantity), formula(`D${r}*C${r}`, line.throughput)]);
    format(sheet, r, "CE", money);
    format(sheet, r, "D", QUANTITY_FORMAT);
  }
  const last = sheet.rowCount;
  sheet.addRow([]);
  const tRow = sheet.addRow(["T of the plan", null, null, null, formula(`SUM(E${first}:E${last})`, plan.throughput)]).number;
  sheet.getCell(`E${tRow}`).numFmt = money;
  if (plan.operatingExpense !== undefined && plan.netProfit !== undefined) {
    const oeRow = sheet.addRow(["OE", null, null, null, cellNumber(plan.operatingExpense)]).number;
    const npRow = sheet.addRow(["NP = T − OE", null, null, null, formula(`E${tRow}-E${oeRow}`, plan.netProfit)]).number;
    format(sheet, oeRow, "E", money);
    format(sheet, npRow, "E", money);
  }
  sheet.addRow(["T over the ranking plan", null, null, null, cellNumber(result.versusRanking.throughput)]).getCell(5).numFmt = money;
  sheet.addRow([]);
  const shadowHeader = sheet.addRow(["resource", "name", "unit", "shadow price (T per unit of time)", "binding"]);
  shadowHeader.font = { bold: true };
  for (const price of result.shadowPrices) {
    const row = sheet.addRow([price.resourceId, price.name, price.unit, cellNumber(price.value), price.binding ? "yes" : "no"]);
    row.getCell(4).numFmt = money;
  }
  note(
    sheet,
    `${result.solver.proven ? "Proven optimal" : `Best found, relative gap ${result.solver.relativeGap}`} (HiGHS${result.solver.integer ? ", whole units" : ""}). ` +
      "A shadow price is the T one more unit of that resource's time would add.",
  );
}

function hasPoliticalLimits(model: BusinessModel): boolean {
  return model.demand.some((row) => row.minimum !== undefined || row.maximum !== undefined);
}

/**
 * Builds a workbook of the model's reports, one sheet each (`report`: T, OE and NP by period; `ranking`;
 * `battle map` with the cumulative load of the constraint; `political mix` and its price; `optimal mix`
 * with shadow prices), followed by the model's own tables (`products`, `tvc`, … as the CSV files), so the
 * file reads back as the same model. Amounts are numbers with the currency's format; T, TVC, T per
 * constraint time, plan T and the cumulative load are formulas over the model's cells, written with
 * their cached values, so a trainer can hand the file out and it recomputes when a price is changed.
 *
 * @example
 * const workbook = await reportWorkbook(loadModel("data/salon"), { per: { amount: 6, unit: "minute" } });
 * workbook.getWorksheet("ranking")!.getCell("H2").value; // { formula: "D2-G2", result: 6 }
 */
export async function reportWorkbook(model: BusinessModel, options: ReportWorkbookOptions = {}): Promise<Workbook> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "throughput-accounting";
  // Excel recalculates on open; LibreOffice has its own setting, and the cached values are right anyway.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const wanted = new Set(options.sheets ?? REPORT_SHEETS);
  const political = options.political ?? true;
  const common = { resourceId: options.resourceId, period: options.period };
  // The model's sheets come last in the tab order, but their rows are known first (formulas refer to them).
  const refs = modelSheetRefs(model);
  if (wanted.has("report")) addPeriodReport(workbook, model);
  const needsRanking = ["ranking", "battle map", "political mix", "optimal mix"].some((name) => wanted.has(name as ReportSheet));
  const ranking = needsRanking ? rankProducts(model, { resourceId: options.resourceId, per: options.per }) : undefined;
  const rankingRows = ranking ? addRanking(workbook, model, ranking, refs) : new Map<string, { row: number; timePerUnit: number }>();
  if (wanted.has("battle map")) addBattleMap(workbook, model, rankingMix(model, { ...common, political }), rankingRows);
  if (wanted.has("political mix"))
    addPolitical(
      workbook,
      model,
      !hasPoliticalLimits(model)
        ? "No political minimum or maximum in the demand table: the best mix is the plan of the battle map."
        : political
          ? politicalMix(model, common)
          : "The political minimum and maximum of the demand table were ignored for this workbook: the battle map is the best mix for the market alone.",
      rankingRows,
    );
  if (wanted.has("optimal mix")) {
    let result: OptimalMix | { message: string };
    try {
      const solved = await optimalMix(model, { ...common, political });
      result = solved.kind === "optimal-mix" ? solved : { message: solved.message };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      result = { message: error.message };
    }
    addOptimal(workbook, model, result, rankingRows);
  }
  addModelSheets(workbook, model);
  return workbook;
}

/**
 * The bytes of {@link reportWorkbook}'s `.xlsx` file.
 *
 * @example
 * fs.writeFileSync("salon.xlsx", await reportWorkbookBytes(salon));
 */
export async function reportWorkbookBytes(model: BusinessModel, options: ReportWorkbookOptions = {}): Promise<Uint8Array> {
  const workbook = await reportWorkbook(model, options);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Writes {@link reportWorkbook} to a file (folders are created; an existing file is replaced only once the
 * new one is complete, so a failed write never leaves half a workbook).
 *
 * @example
 * await writeReportWorkbook("out/salon.xlsx", loadModel("data/salon"));
 */
export async function writeReportWorkbook(file: string, model: BusinessModel, options: ReportWorkbookOptions = {}): Promise<string> {
  const bytes = await reportWorkbookBytes(model, options);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
  return file;
}

export { RESULTS_DIR_VARIABLE };

/**
 * Writes the workbook of a chapter's results, `<chapter>.xlsx`, where the handout links it: into the
 * folder the workbook runner names in `THROUGHPUT_ACCOUNTING_RESULTS_DIR` (the chapter's page then links
 * it), or, when the notebook is run by hand, into `throughput-accounting-results` in the system's
 * temporary folder (never beside the notebook, in the project's sources). Returns the file written.
 *
 * @example
 * // in notebooks/03-ranking.ipynb
 * await writeChapterWorkbook("03-ranking", salon, { per: { amount: 6, unit: "minute" } });
 */
export async function writeChapterWorkbook(chapter: string, model: BusinessModel, options: ReportWorkbookOptions = {}): Promise<string> {
  if (!/^[\w.-]+$/.test(chapter)) throw new RangeError(`a chapter name is a file name without a folder, such as "03-ranking"; got "${chapter}"`);
  const folder = process.env[RESULTS_DIR_VARIABLE] || path.join(os.tmpdir(), "throughput-accounting-results");
  return writeReportWorkbook(path.join(folder, `${chapter}.xlsx`), model, options);
}
