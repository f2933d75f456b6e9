import { reportByPeriod, throughputReport, type ThroughputReport } from "../../core/throughput/report";
import { defineCommand, loadFolder, stringOption, type CommandSpec } from "../args";
import { cellMoney } from "../format";
import { exactJson } from "../json";
import { renderTable } from "../table";
import { checkPeriod } from "../period";
import type { Command } from "./io";

const spec = {
  name: "report",
  summary: "T, OE and NP of the recorded sales, per period and in total",
  usage: `Usage: throughput-accounting report <model-folder> [--period <name>] [--json]

T (throughput = sales − totally variable costs), OE (operating expense) and NP (net profit = T − OE)
from the model's sales.csv and operating_expenses.csv, one line per period and a total.

Options:
  --period <name>  only this period (as written in sales.csv, e.g. month-1)
  --json           machine-readable output
  -h, --help       this help`,
  options: { period: { type: "string" } },
} as const satisfies CommandSpec<{ period: { type: "string" } }>;

function line(report: ThroughputReport) {
  return {
    period: report.period,
    revenue: report.revenue,
    totallyVariableCost: report.totallyVariableCost,
    throughput: report.throughput,
    operatingExpense: report.operatingExpense,
    netProfit: report.netProfit,
  };
}

/** `report`: T, OE and NP of the recorded sales. */
export const reportCommand: Command = defineCommand(spec, async (args, io) => {
  const model = loadFolder(args.folder, io.err);
  const period = stringOption(args.values, "period");
  checkPeriod(model, period);
  const periods = period === undefined ? reportByPeriod(model) : [throughputReport(model, { period })];
  const total = throughputReport(model, period === undefined ? {} : { period });
  if (args.values.json) {
    io.out(exactJson({ model: model.name, currency: model.currency, periods: periods.map(line), total: line(total) }));
    return 0;
  }
  io.out(`${model.name}: T, OE and NP of the recorded sales (${model.currency})\n`);
  const rows = [...periods, ...(period === undefined ? [total] : [])].map((report) => [
    report.period === "all" ? "total" : report.period,
    cellMoney(report.revenue),
    cellMoney(report.totallyVariableCost),
    cellMoney(report.throughput),
    cellMoney(report.operatingExpense),
    cellMoney(report.netProfit),
  ]);
  io.out(
    renderTable(
      [{ heading: "period" }, ...["revenue", "TVC", "T", "OE", "NP"].map((heading) => ({ heading, numeric: true }))],
      rows,
    ),
  );
  if (model.sales.length === 0)
    io.out("\nNo sales are recorded in this model, so T is 0; `throughput-accounting mix` plans the T the resources allow.");
  return 0;
});
