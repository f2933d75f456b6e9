import { compareScenarios } from "../../core/decisions/compare-scenarios";
import { subtract } from "../../core/money/money";
import { fillLabel } from "../../i18n/labels";
import { defineCommand, loadFolder, stringOption, type CommandSpec } from "../args";
import { InputError, UsageError } from "../errors";
import { cellMoney, lineMoney, words } from "../format";
import { decimalText, exactJson } from "../json";
import { renderTable } from "../table";
import type { Command } from "./io";

const spec = {
  name: "compare",
  summary: "a decision as two scenarios: T, OE, NP and I of a base and a changed model, accepted when ΔT > ΔOE",
  usage: `Usage: throughput-accounting compare <base-folder> --with <changed-folder> [--period <name>] [--json] [--locale ru|en]

Compares two model folders, the business as it is and as it would be after a decision (a copy of the
folder with the change made: a new administrator in operating_expenses.csv, the sales expected after
it in sales.csv). The decision is worth it when ΔT > ΔOE, that is when net profit grows; ΔI is shown
with the periods ΔNP needs to earn it back.

Options:
  --with <folder>   the changed scenario's model folder (required)
  --period <name>   compare this period only (default: every period of each model)
  --json            machine-readable output (money as decimal strings)
  --locale ru|en    language and number format of the text output (default en)
  -h, --help        this help
Example: throughput-accounting compare data/salon --with my-salon-with-administrator --period month-1`,
  options: { with: { type: "string" }, period: { type: "string" } },
} as const satisfies CommandSpec<Record<string, { type: "string" }>>;

/** `compare`: ΔT against ΔOE between two scenarios. */
export const compareCommand: Command = defineCommand(spec, async (args, io) => {
  const changedFolder = stringOption(args.values, "with");
  if (changedFolder === undefined)
    throw new UsageError("missing --with <changed-folder>: the scenario to compare the base with", spec.usage);
  const base = await loadFolder(args.folder, io.err);
  const changed = await loadFolder(changedFolder, io.err);
  if (base.currency !== changed.currency)
    throw new InputError(
      `the scenarios are in different currencies (${base.currency} and ${changed.currency}): convert one first`,
    );
  const period = stringOption(args.values, "period");
  const comparison = compareScenarios(base, changed, period === undefined ? {} : { period });
  const { base: before, changed: after } = comparison;
  if (args.values.json) {
    const report = (r: typeof before) => ({
      revenue: r.revenue,
      totallyVariableCost: r.totallyVariableCost,
      throughput: r.throughput,
      operatingExpense: r.operatingExpense,
      netProfit: r.netProfit,
      investment: r.investment,
    });
    io.out(
      exactJson({
        base: { model: base.name, ...report(before) },
        changed: { model: changed.name, ...report(after) },
        currency: base.currency,
        period: period ?? null,
        deltaThroughput: comparison.deltaThroughput,
        deltaOperatingExpense: comparison.deltaOperatingExpense,
        deltaInvestment: comparison.deltaInvestment,
        deltaNetProfit: comparison.deltaNetProfit,
        periodsToRecoverInvestment:
          comparison.monthsToRecoverInvestment === undefined
            ? null
            : decimalText(comparison.monthsToRecoverInvestment, 2),
        verdict: comparison.verdict,
        reason: comparison.reason,
      }),
    );
    return 0;
  }
  const w = words();
  io.out(
    `${fillLabel(w.compareTitle, { model: base.name, base: args.folder, changed: changedFolder, currency: base.currency })}${period ? ` — ${period}` : ""}\n`,
  );
  const row = (name: string, a: typeof before.throughput, b: typeof before.throughput) => [
    name,
    cellMoney(a),
    cellMoney(b),
    cellMoney(subtract(b, a)),
  ];
  io.out(
    renderTable(
      [
        { heading: w.metric },
        { heading: w.base, numeric: true },
        { heading: w.changed, numeric: true },
        { heading: w.difference, numeric: true },
      ],
      [
        row(w.revenue, before.revenue, after.revenue),
        row(w.tvc, before.totallyVariableCost, after.totallyVariableCost),
        row(w.t, before.throughput, after.throughput),
        row(w.oe, before.operatingExpense, after.operatingExpense),
        row(w.np, before.netProfit, after.netProfit),
        row(w.investment, before.investment, after.investment),
      ],
    ),
  );
  const amounts = {
    deltaT: lineMoney(comparison.deltaThroughput),
    deltaOE: lineMoney(comparison.deltaOperatingExpense),
    deltaNP: lineMoney(comparison.deltaNetProfit),
  };
  io.out(`\n${fillLabel(comparison.verdict === "accept" ? w.verdictAccept : w.verdictReject, amounts)}`);
  if (comparison.monthsToRecoverInvestment !== undefined)
    io.out(
      fillLabel(w.monthsToRecover, {
        deltaI: lineMoney(comparison.deltaInvestment),
        months: decimalText(comparison.monthsToRecoverInvestment, 1),
        period: base.periodUnit,
      }),
    );
  return 0;
});
