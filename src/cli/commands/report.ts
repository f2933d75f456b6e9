import { reportByPeriod, throughputReport, type ThroughputReport } from "../../core/throughput/report";
import { defineCommand, loadFolder, stringOption, type CommandSpec } from "../args";
import { fillLabel } from "../../i18n/labels";
import { cellMoney, words } from "../format";
import { exactJson } from "../json";
import { renderTable } from "../table";
import { checkPeriod } from "../period";
import type { Command } from "./io";
import { XLSX_OPTION, writeXlsxOption } from "../xlsx-option";

const spec = {
  name: "report",
  summary: "T, OE and NP of the recorded sales, per period and in total",
  usage: `Usage: throughput-accounting report <model-folder> [--period <name>] [--json] [--locale ru|en]

T (throughput = sales − totally variable costs), OE (operating expense) and NP (net profit = T − OE)
from the model's sales.csv and operating_expenses.csv, one line per period and a total.

Options:
  --period <name>  only this period (as written in sales.csv, e.g. month-1)
  --xlsx <file>    also write an Excel workbook: the report, then the model's tables
  --json           machine-readable output (money as decimal strings; OE and NP null without OE)
  --locale ru|en   language and number format of the text output (default en)
  -h, --help       this help`,
  options: { period: { type: "string" }, ...XLSX_OPTION },
} as const satisfies CommandSpec<{ period: { type: "string" }; xlsx: { type: "string" } }>;

/** One period as JSON; without any OE in the model, OE and NP are null: an NP equal to T would be invented. */
function line(report: ThroughputReport, hasOperatingExpense: boolean) {
  return {
    period: report.period,
    revenue: report.revenue,
    totallyVariableCost: report.totallyVariableCost,
    throughput: report.throughput,
    operatingExpense: hasOperatingExpense ? report.operatingExpense : null,
    netProfit: hasOperatingExpense ? report.netProfit : null,
  };
}

/** `report`: T, OE and NP of the recorded sales. */
export const reportCommand: Command = defineCommand(spec, async (args, io) => {
  const model = await loadFolder(args.folder, io.err);
  const period = stringOption(args.values, "period");
  checkPeriod(model, period);
  const periods = period === undefined ? reportByPeriod(model) : [throughputReport(model, { period })];
  const total = throughputReport(model, period === undefined ? {} : { period });
  const hasOperatingExpense = model.operatingExpenses.length > 0;
  await writeXlsxOption(args.values, model, { sheets: ["report"] }, io.err);
  if (args.values.json) {
    const withOe = (report: ThroughputReport) => line(report, hasOperatingExpense);
    io.out(
      exactJson({ model: model.name, currency: model.currency, periods: periods.map(withOe), total: withOe(total) }),
    );
    return 0;
  }
  const w = words();
  io.out(`${fillLabel(w.reportTitle, { model: model.name, currency: model.currency })}\n`);
  const rows = [...periods, ...(period === undefined ? [total] : [])].map((report) => [
    report.period === "all" ? w.total : report.period,
    cellMoney(report.revenue),
    cellMoney(report.totallyVariableCost),
    cellMoney(report.throughput),
    hasOperatingExpense ? cellMoney(report.operatingExpense) : "",
    hasOperatingExpense ? cellMoney(report.netProfit) : "",
  ]);
  io.out(
    renderTable(
      [{ heading: w.period }, ...[w.revenue, w.tvc, w.t, w.oe, w.np].map((heading) => ({ heading, numeric: true }))],
      rows,
    ),
  );
  if (model.sales.length === 0) io.out(`\n${w.noSales}`);
  return 0;
});
