import { ArgumentError } from "../../core/errors";
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
import { fillLabel } from "../../i18n/labels";
import { workbookLabels, type WorkbookLabels } from "../../i18n/workbook-labels";
import {
  cachedNumber,
  cellNumber,
  moneyFormat,
  percentFormat,
  QUANTITY_FORMAT,
  RATE_FORMAT,
  tidyQuantityFormats,
  sheetRef as sheetRefOf,
  type Numeric,
} from "./cells";
import { addModelSheets, modelSheetRefs, type ModelSheetRefs } from "./model-sheets";
import { RESULTS_DIR_VARIABLE } from "../results-dir";

export { REPORT_SHEETS, type ReportSheet };

/** Options of {@link reportWorkbook}. */
export interface ReportWorkbookOptions {
  /** Which report sheets to write (default: all of them). The model's own sheets are always written. */
  readonly sheets?: readonly ReportSheet[] | undefined;
  /** The resource to rank by and to show the load of (default: the CCR, as `rankProducts` picks it). */
  readonly resourceId?: string | undefined;
  /** T per this much constraint time in the ranking (default: per one unit of the resource's time). */
  readonly per?: TimeSpan | undefined;
  /** The period whose OE the plans must cover (default: the recurring OE). */
  readonly period?: string | undefined;
  /** Apply the political minimum and maximum of the demand table (default true). */
  readonly political?: boolean | undefined;
  /**
   * The workbook's language: sheet names, headers, notes and number formats (default: the session's, see
   * setDefaultLocale). A Russian workbook reads back as the same model: its sheet names and headers are
   * the loader's Russian aliases.
   */
  readonly locale?: string | undefined;
}

const formula = (text: string, result: Numeric | string | undefined): CellValue =>
  ({
    formula: text,
    result: result === undefined ? undefined : typeof result === "string" ? result : cachedNumber(result),
  }) as CellValue;

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
function addPeriodReport(workbook: Workbook, model: BusinessModel, l: WorkbookLabels): void {
  const sheet = workbook.addWorksheet(l.sheets.report);
  const money = moneyFormat(model.currency, l.locale);
  header(sheet, [
    [l.period, 14],
    [l.revenue, 14],
    [l.tvc, 14],
    [l.tIsRevenueLessTvc, 16],
    [l.oe, 14],
    [l.npIsTLessOe, 16],
  ]);
  const reports = [...reportByPeriod(model), throughputReport(model)];
  for (const report of reports) {
    const r = sheet.rowCount + 1;
    sheet.addRow([
      report.period === "all" ? l.total : report.period,
      cellNumber(report.revenue),
      cellNumber(report.totallyVariableCost),
      formula(`B${r}-C${r}`, report.throughput),
      cellNumber(report.operatingExpense),
      formula(`D${r}-E${r}`, report.netProfit),
    ]);
    format(sheet, r, "BCDEF", money);
    if (report.period === "all") sheet.getRow(r).font = { bold: true };
  }
  if (model.sales.length === 0) note(sheet, l.noSales);
}

/** Where each product's ranking row is, for the plan sheets' formulas, and its constraint time per unit. */
type RankingRows = ReadonlyMap<string, { readonly row: number; readonly timePerUnit: number }>;

/**
 * The ranking: price from the products sheet, TVC = per-unit amounts + price × rates from the tvc sheet,
 * T = price − TVC and T per constraint time as formulas, so editing a price (here or on `products`)
 * recomputes every figure of the row. The order is the library's (it does not re-sort itself).
 */
function addRanking(
  workbook: Workbook,
  model: BusinessModel,
  ranking: Ranking,
  refs: ModelSheetRefs,
  l: WorkbookLabels,
): RankingRows {
  const sheet = workbook.addWorksheet(l.sheets.ranking);
  const money = moneyFormat(model.currency, l.locale);
  const unit = ranking.resource?.unit ?? "hour";
  const perLabel = perText(ranking.per, l);
  const resource = ranking.resource?.resourceId ?? l.constraint;
  header(sheet, [
    [l.rank, 6],
    [l.product, 18],
    [l.name, 24],
    [l.price, 12],
    [l.tvcPerUnit, 12],
    [l.tvcShare, 12],
    [l.tvc, 12],
    [l.tIsPriceLessTvc, 14],
    [fillLabel(l.timePerUnit, { resource, unit: unitsOf(unit, l) }), 14],
    [fillLabel(l.tPer, { per: perLabel, resource }), 16],
    [l.demand, 10],
  ]);
  const last = refs.tvcLastRow;
  const tvc = refs.tvcSheet;
  const sumTvc = (column: string, row: number) =>
    `SUMIFS(${tvc}!$${column}$2:$${column}$${last},${tvc}!$${refs.tvcProductId}$2:$${refs.tvcProductId}$${last},B${row})`;
  const perMinutes = ranking.per.amount * (ranking.per.unit === "hour" ? 60 : 1);
  const unitMinutes = unit === "hour" ? 60 : 1;
  const rows = new Map<string, { row: number; timePerUnit: number }>();
  const products = new Map(model.products.map((p) => [p.id, p]));
  for (const line of ranking.rows) {
    const r = sheet.rowCount + 1;
    rows.set(line.productId, { row: r, timePerUnit: line.constraintTimePerUnit });
    const product = products.get(line.productId)!;
    const fixed = sum(
      product.tvc.flatMap((c) => (c.basis === "per-unit" ? [c.amount] : [])),
      model.currency,
    );
    const rate = product.tvc.reduce(
      (total, c) => (c.basis === "share-of-price" ? total.plus(c.rate) : total),
      new ExactDecimal(0),
    );
    sheet.addRow([
      line.rank,
      line.productId,
      line.name,
      formula(`${refs.productsSheet}!$${refs.productsPrice}$${refs.productRow.get(line.productId)}`, line.price),
      formula(sumTvc(refs.tvcAmount, r), fixed),
      formula(sumTvc(refs.tvcRate, r), rate),
      formula(`E${r}+D${r}*F${r}`, line.tvcPerUnit),
      formula(`D${r}-G${r}`, line.throughputPerUnit),
      cellNumber(line.constraintTimePerUnit),
      formula(
        `IF(I${r}=0,"${l.noConstraintTime}",H${r}/I${r}*${perMinutes}/${unitMinutes})`,
        line.throughputPerConstraintTime === undefined ? l.noConstraintTime : line.throughputPerConstraintTime,
      ),
      demandOf(line.demand, l),
    ]);
    format(sheet, r, "DEGHJ", money);
    format(sheet, r, "F", RATE_FORMAT);
    format(sheet, r, "IK", QUANTITY_FORMAT);
  }
  note(sheet, fillLabel(l.rankingNote, { per: perLabel, resource }));
  return rows;
}

/** The battle map: the ranking plan in ranking order, T and constraint time by formula, and the cumulative load. */
function addBattleMap(
  workbook: Workbook,
  model: BusinessModel,
  plan: MixPlan,
  rankingRows: RankingRows,
  l: WorkbookLabels,
): void {
  const sheet = workbook.addWorksheet(l.sheets["battle map"]);
  const money = moneyFormat(model.currency, l.locale);
  const constraint = plan.constraint;
  const unit = constraint ? unitsOf(constraint.unit, l) : "";
  const resource = constraint?.resourceId ?? l.constraint;
  const ranking = sheetRefOf(l.sheets.ranking);
  header(sheet, [
    [l.product, 18],
    [l.name, 24],
    [l.tPerUnit, 12],
    [fillLabel(l.timePerUnit, { resource, unit }), 14],
    [l.demand, 10],
    [l.planned, 10],
    [l.tIsPlannedTimesT, 16],
    [fillLabel(l.time, { resource, unit }), 14],
    [l.cumulativeLoad, 12],
    [l.unsold, 10],
  ]);
  const first = 2;
  const lastLine = first + plan.lines.length - 1;
  const capacityRow = lastLine + 2;
  const capacity = constraint
    ? plan.resources.find((load) => load.resourceId === constraint.resourceId)?.capacity
    : undefined;
  for (const line of plan.lines) {
    const r = sheet.rowCount + 1;
    const rank = rankingRows.get(line.productId)!;
    sheet.addRow([
      line.productId,
      line.name,
      formula(`${ranking}!H${rank.row}`, line.throughputPerUnit),
      formula(`${ranking}!I${rank.row}`, rank.timePerUnit),
      demandOf(line.demand, l),
      cellNumber(line.quantity),
      formula(`F${r}*C${r}`, line.throughput),
      formula(`F${r}*D${r}`, line.constraintTime),
      capacity === undefined || line.cumulativeConstraintLoad === undefined
        ? null
        : formula(`SUM(H$${first}:H${r})/$H$${capacityRow}`, line.cumulativeConstraintLoad),
      cellNumber(line.unsold),
    ]);
    format(sheet, r, "CG", money);
    format(sheet, r, "DEFHJ", QUANTITY_FORMAT);
    format(sheet, r, "I", percentFormat(l.locale));
  }
  sheet.addRow([]);
  const addTotal = (label: string, value: CellValue, numFmt: string) => {
    const row = sheet.addRow([label, null, null, null, null, null, null, value]);
    row.getCell(8).numFmt = numFmt;
    row.font = { bold: true };
    return row.number;
  };
  addTotal(
    constraint ? fillLabel(l.capacityOf, { resource, unit }) : l.noConstrainedResource,
    capacity === undefined ? null : cellNumber(capacity),
    QUANTITY_FORMAT,
  );
  const tRow = addTotal(l.tOfPlan, formula(`SUM(G${first}:G${lastLine})`, plan.throughput), money);
  if (plan.operatingExpense !== undefined && plan.netProfit !== undefined) {
    const oeRow = addTotal(l.oe, cellNumber(plan.operatingExpense), money);
    addTotal(l.npIsTLessOe, formula(`H${tRow}-H${oeRow}`, plan.netProfit), money);
  }
  note(sheet, l.battleMapNote);
}

/** The political mix beside the best one, and what it costs. */
function addPolitical(
  workbook: Workbook,
  model: BusinessModel,
  comparison: PoliticalComparison | string,
  rankingRows: RankingRows,
  l: WorkbookLabels,
): void {
  const sheet = workbook.addWorksheet(l.sheets["political mix"]);
  if (typeof comparison === "string") {
    sheet.addRow([comparison]);
    sheet.getColumn(1).width = 100;
    return;
  }
  const money = moneyFormat(model.currency, l.locale);
  const ranking = sheetRefOf(l.sheets.ranking);
  header(sheet, [
    [l.product, 18],
    [l.name, 24],
    [l.tPerUnit, 12],
    [l.bestMix, 10],
    [l.politicalMix, 12],
    [l.change, 10],
    [l.deltaT, 16],
    [l.why, 12],
  ]);
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
      formula(`${ranking}!H${rankingRows.get(line.productId)!.row}`, line.throughputPerUnit),
      cellNumber(bestQuantity),
      cellNumber(line.quantity),
      formula(`E${r}-D${r}`, line.quantity - bestQuantity),
      formula(`F${r}*C${r}`, change?.throughputChange ?? zero(model.currency)),
      change === undefined ? "" : l.changeKinds[change.kind],
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
  const bestRow = addTotal(
    l.tOfBestMix,
    formula(`SUMPRODUCT(D${first}:D${last},C${first}:C${last})`, comparison.best.throughput),
  );
  const politicalRow = addTotal(
    l.tOfPoliticalMix,
    formula(`SUMPRODUCT(E${first}:E${last},C${first}:C${last})`, comparison.political.throughput),
  );
  addTotal(l.priceOfPoliticalMix, formula(`G${bestRow}-G${politicalRow}`, comparison.throughputLost));
  note(sheet, l.politicalNote);
}

/** The optimal mix (HiGHS) with the shadow price of each resource. */
function addOptimal(
  workbook: Workbook,
  model: BusinessModel,
  result: OptimalMix | { readonly message: string },
  rankingRows: RankingRows,
  l: WorkbookLabels,
): void {
  const sheet = workbook.addWorksheet(l.sheets["optimal mix"]);
  if (!("plan" in result)) {
    sheet.addRow([fillLabel(l.noOptimalMix, { message: result.message })]);
    sheet.getColumn(1).width = 100;
    return;
  }
  const money = moneyFormat(model.currency, l.locale);
  const plan = result.plan;
  const ranking = sheetRefOf(l.sheets.ranking);
  header(sheet, [
    [l.product, 18],
    [l.name, 24],
    [l.tPerUnit, 12],
    [l.planned, 10],
    [l.tIsPlannedTimesT, 16],
  ]);
  const first = 2;
  for (const line of plan.lines) {
    const r = sheet.rowCount + 1;
    sheet.addRow([
      line.productId,
      line.name,
      formula(`${ranking}!H${rankingRows.get(line.productId)!.row}`, line.throughputPerUnit),
      cellNumber(line.quantity),
      formula(`D${r}*C${r}`, line.throughput),
    ]);
    format(sheet, r, "CE", money);
    format(sheet, r, "D", QUANTITY_FORMAT);
  }
  const last = sheet.rowCount;
  sheet.addRow([]);
  const tRow = sheet.addRow([l.tOfPlan, null, null, null, formula(`SUM(E${first}:E${last})`, plan.throughput)]).number;
  sheet.getCell(`E${tRow}`).numFmt = money;
  if (plan.operatingExpense !== undefined && plan.netProfit !== undefined) {
    const oeRow = sheet.addRow([l.oe, null, null, null, cellNumber(plan.operatingExpense)]).number;
    const npRow = sheet.addRow([l.npIsTLessOe, null, null, null, formula(`E${tRow}-E${oeRow}`, plan.netProfit)]).number;
    format(sheet, oeRow, "E", money);
    format(sheet, npRow, "E", money);
  }
  sheet.addRow([l.tOverRanking, null, null, null, cellNumber(result.versusRanking.throughput)]).getCell(5).numFmt =
    money;
  sheet.addRow([]);
  const shadowHeader = sheet.addRow([l.resource, l.name, l.unit, l.shadowPrice, l.binding]);
  shadowHeader.font = { bold: true };
  for (const price of result.shadowPrices) {
    const row = sheet.addRow([
      price.resourceId,
      price.name,
      unitsOf(price.unit, l),
      cellNumber(price.value),
      price.binding ? l.yes : l.no,
    ]);
    row.getCell(4).numFmt = money;
  }
  note(
    sheet,
    `${result.solver.proven ? l.provenOptimal : fillLabel(l.bestFound, { gap: String(result.solver.relativeGap) })} ` +
      `(HiGHS${result.solver.integer ? l.wholeUnits : ""}). ${l.shadowNote}`,
  );
}

// A demand cell: the number, `unlimited` in the workbook's language for no demand limit (the loader reads
// it back), empty without a forecast.
function demandOf(demand: number | undefined, l: WorkbookLabels): CellValue {
  return demand === undefined ? null : demand === Infinity ? l.unlimited : cellNumber(demand);
}

function unitsOf(unit: string, l: WorkbookLabels): string {
  return l.timeUnits[unit as keyof WorkbookLabels["timeUnits"]] ?? unit;
}

// "hour", "6 minutes"; in Russian always with the amount: "1 ч", "6 мин".
function perText(per: TimeSpan, l: WorkbookLabels): string {
  if (per.amount === 1 && l.locale === "en") return per.unit;
  return fillLabel(l.perAmount, { amount: per.amount, unit: unitsOf(per.unit, l) });
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
 * With `locale: "ru"` (or a Russian session) every sheet name, header, note and number format is Russian
 * (`рейтинг`, `карта боя`, `продукты`, `1 234,50 ₽`), and the file still reads back as the same model.
 *
 * @example
 * const workbook = await reportWorkbook(loadModel("data/salon"), { per: { amount: 6, unit: "minute" } });
 * (await reportWorkbook(salon, { locale: "ru" })).worksheets[1].name; // "рейтинг"
 * workbook.getWorksheet("ranking")!.getCell("H2").value; // { formula: "D2-G2", result: 6 }
 */
export async function reportWorkbook(model: BusinessModel, options: ReportWorkbookOptions = {}): Promise<Workbook> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "throughput-accounting";
  // Excel recalculates on open; LibreOffice has its own setting, and the cached values are right anyway.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const wanted = new Set(options.sheets ?? REPORT_SHEETS);
  const l = workbookLabels(options.locale);
  const political = options.political ?? true;
  const common = { resourceId: options.resourceId, period: options.period };
  // The model's sheets come last in the tab order, but their rows are known first (formulas refer to them).
  const refs = modelSheetRefs(model, l);
  if (wanted.has("report")) addPeriodReport(workbook, model, l);
  const needsRanking = ["ranking", "battle map", "political mix", "optimal mix"].some((name) =>
    wanted.has(name as ReportSheet),
  );
  const ranking = needsRanking ? rankProducts(model, { resourceId: options.resourceId, per: options.per }) : undefined;
  const rankingRows = ranking
    ? addRanking(workbook, model, ranking, refs, l)
    : new Map<string, { row: number; timePerUnit: number }>();
  if (wanted.has("battle map"))
    addBattleMap(workbook, model, rankingMix(model, { ...common, political }), rankingRows, l);
  if (wanted.has("political mix"))
    addPolitical(
      workbook,
      model,
      !hasPoliticalLimits(model) ? l.noPoliticalLimits : political ? politicalMix(model, common) : l.politicalIgnored,
      rankingRows,
      l,
    );
  if (wanted.has("optimal mix")) {
    let result: OptimalMix | { message: string };
    try {
      const solved = await optimalMix(model, { ...common, political });
      result = solved.kind === "optimal-mix" ? solved : { message: solved.message };
    } catch (error) {
      if (!(error instanceof ArgumentError)) throw error;
      result = { message: error.message };
    }
    addOptimal(workbook, model, result, rankingRows, l);
  }
  addModelSheets(workbook, model, l);
  tidyQuantityFormats(workbook);
  return workbook;
}

/**
 * The bytes of {@link reportWorkbook}'s `.xlsx` file.
 *
 * @example
 * const bytes = await reportWorkbookBytes(salon); // to write, send or keep: fs.writeFileSync("salon.xlsx", bytes)
 * bytes.length > 0; // true
 */
export async function reportWorkbookBytes(
  model: BusinessModel,
  options: ReportWorkbookOptions = {},
): Promise<Uint8Array> {
  const workbook = await reportWorkbook(model, options);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Writes {@link reportWorkbook} to a file (folders are created; an existing file is replaced only once the
 * new one is complete, so a failed write never leaves half a workbook).
 *
 * @example
 * await writeReportWorkbook(`${outDir}/salon.xlsx`, loadModel("data/salon")); // outDir: a folder of yours
 */
export async function writeReportWorkbook(
  file: string,
  model: BusinessModel,
  options: ReportWorkbookOptions = {},
): Promise<string> {
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
export async function writeChapterWorkbook(
  chapter: string,
  model: BusinessModel,
  options: ReportWorkbookOptions = {},
): Promise<string> {
  if (!/^[\w.-]+$/.test(chapter))
    throw new ArgumentError(
      "invalid_name",
      chapter,
      `a chapter name is a file name without a folder, such as "03-ranking"; got "${chapter}"`,
    );
  const folder = process.env[RESULTS_DIR_VARIABLE] || path.join(os.tmpdir(), "throughput-accounting-results");
  return writeReportWorkbook(path.join(folder, `${chapter}.xlsx`), model, options);
}
