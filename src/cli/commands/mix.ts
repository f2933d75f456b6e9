import { ArgumentError } from "../../core/errors";
import { findConstraint } from "../../core/constraints/constraint";
import { costAccountingMix } from "../../core/constraints/cost-accounting";
import { optimalMix, type OptimalMix } from "../../core/constraints/optimal-mix";
import type { ResourceLoad } from "../../core/constraints/load";
import type { MixPlan, UnsoldReason } from "../../core/constraints/plan";
import { comparePolitical, type PoliticalComparison } from "../../core/constraints/political-mix";
import { rankingMix } from "../../core/constraints/ranking-mix";
import type { BusinessModel } from "../../core/model/types";
import { defineCommand, loadPlanningFolder, numberOption, stringOption, type CommandSpec } from "../args";
import { InputError, UsageError } from "../errors";
import { fillLabel } from "../../i18n/labels";
import { cellMoney, lineMoney, percent, quantity, unitText, words } from "../format";
import { demandJson, exactJson, ratioJson } from "../json";
import { renderTable } from "../table";
import { checkPeriod } from "../period";
import type { Command } from "./io";
import { XLSX_OPTION, writeXlsxOption } from "../xlsx-option";

const METHODS = ["greedy", "optimal", "margin", "absorption"] as const;
type Method = (typeof METHODS)[number];

const spec = {
  name: "mix",
  summary: "the product-mix plan: greedy by ranking (battle map) or proven optimal (HiGHS)",
  usage: `Usage: throughput-accounting mix <model-folder> [--method greedy|optimal|margin|absorption] [options]

The plan of what to sell in a period within every resource's capacity and the demand (demand.csv),
with the political minimum / maximum of demand.csv applied, and its T, OE and NP.

Methods:
  greedy      (default) products in ranking order, T per unit of CCR time, each up to its demand
  optimal     the mix that maximises T, solved by HiGHS (whole units where products say so), proven
              optimal unless --gap or --time-limit allow less; shown beside the greedy plan
  margin      what cost accounting would choose: products by margin (T) per unit
  absorption  cost accounting with OE absorbed by resource time

Options:
  --gap <g>             optimal: accept a relative gap g (e.g. 0.0001); default 0 (proven optimum)
  --time-limit <s>      optimal: stop after s seconds; the gap achieved is reported
  --continuous          optimal: allow fractional quantities for every product (an LP)
  --ignore-political    plan for the market alone, ignoring minimum and maximum
  --resource <id>       the constraint to rank by and to show the cumulative load of (default: the CCR)
  --period <name>       the period whose OE the plan must cover
  --fast                no longer needed, accepted and ignored: the library itself is the fast path
  --xlsx <file>         also write an Excel workbook: the ranking, the battle map with the cumulative
                        load, the political mix and its price (and with --method optimal the optimal
                        mix with shadow prices), by formulas that recompute when a price is edited
  --json                machine-readable output (money and ratios as decimal strings; OE and NP null without OE)
  --locale ru|en        language and number format of the text output (default en)
  -h, --help            this help`,
  options: {
    method: { type: "string", default: "greedy" },
    gap: { type: "string" },
    "time-limit": { type: "string" },
    continuous: { type: "boolean", default: false },
    "ignore-political": { type: "boolean", default: false },
    resource: { type: "string" },
    period: { type: "string" },
    fast: { type: "boolean", default: false },
    ...XLSX_OPTION,
  },
} as const satisfies CommandSpec<Record<string, { type: "string" | "boolean"; default?: string | boolean }>>;

interface MixOptions {
  readonly method: Method;
  readonly political: boolean;
  readonly resourceId: string | undefined;
  readonly period: string | undefined;
  readonly relativeGap: number | undefined;
  readonly timeLimitSeconds: number | undefined;
  readonly continuous: boolean;
}

interface MixOutcome {
  readonly plan: MixPlan;
  readonly optimal?: OptimalMix;
  readonly politicalCost?: PoliticalComparison;
}

async function planWith(
  model: BusinessModel,
  options: MixOptions,
  political: boolean,
): Promise<{ plan: MixPlan; optimal?: OptimalMix }> {
  const common = { political, resourceId: options.resourceId, period: options.period };
  switch (options.method) {
    case "greedy":
      return { plan: rankingMix(model, common) };
    case "margin":
    case "absorption":
      return { plan: costAccountingMix(model, { ...common, method: options.method }).plan };
    case "optimal": {
      const result = await optimalMix(model, {
        ...common,
        relativeGap: options.relativeGap,
        timeLimitSeconds: options.timeLimitSeconds,
        wholeUnits: !options.continuous,
      });
      if (result.kind === "infeasible-mix") {
        const broken = result.minimumPlan.violations.flatMap((v) =>
          v.kind === "capacity" ? [`${v.resourceId} (${quantity(v.used)} of ${quantity(v.capacity)})`] : [],
        );
        throw new InputError(
          `${result.message}${broken.length ? `: the minimums alone need ${broken.join(", ")}` : ""}`,
        );
      }
      return { plan: result.plan, optimal: result };
    }
  }
}

function hasPoliticalLimits(model: BusinessModel): boolean {
  return model.demand.some((row) => row.minimum !== undefined || row.maximum !== undefined);
}

async function mixOf(model: BusinessModel, options: MixOptions): Promise<MixOutcome> {
  try {
    const main = await planWith(model, options, options.political);
    if (!options.political || !hasPoliticalLimits(model)) return main;
    const free = await planWith(model, options, false);
    return { ...main, politicalCost: comparePolitical(main.plan, free.plan) };
  } catch (error) {
    // A resource id that is not in the model: the user's input, not a bug.
    if (error instanceof ArgumentError && error.code === "unknown_resource") throw new InputError(error.message);
    throw error;
  }
}

function reasonText(reason: UnsoldReason | undefined): string {
  if (!reason) return "";
  const w = words();
  switch (reason.kind) {
    case "resource":
      return fillLabel(w.reasonFull, { resources: reason.resourceIds.join(", ") });
    case "political-maximum":
      return fillLabel(w.reasonMaximum, { maximum: quantity(reason.maximum) });
    case "no-throughput":
      return w.reasonNoThroughput;
    case "not-chosen":
      return w.reasonNotChosen;
  }
}

/** One resource's load as the JSON of `mix` shows it (the full and the large-file path alike). */
function resourceJson(load: Pick<ResourceLoad, "resourceId" | "name" | "unit" | "used" | "capacity" | "utilisation">) {
  return {
    id: load.resourceId,
    name: load.name,
    unit: load.unit,
    used: load.used,
    capacity: load.capacity,
    utilisation: ratioJson(load.utilisation),
  };
}

/** Resources the plan uses to the last minute: the constraints that bind it. */
function fullResources(plan: MixPlan): string[] {
  return plan.resources.filter((load) => load.spare <= 0).map((load) => load.resourceId);
}

function planJson(plan: MixPlan) {
  return {
    plan: plan.lines.map((line) => ({ product: line.productId, quantity: line.quantity })),
    throughput: plan.throughput,
    // Present either way, null without OE in the model: a reader should not have to test for the key.
    operatingExpense: plan.operatingExpense ?? null,
    netProfit: plan.netProfit ?? null,
  };
}

function outcomeJson(model: BusinessModel, options: MixOptions, outcome: MixOutcome) {
  const { plan, optimal, politicalCost } = outcome;
  const finding = findConstraint(model);
  return {
    model: model.name,
    currency: model.currency,
    method: options.method,
    political: plan.political,
    ...planJson(plan),
    constraint: plan.constraint?.resourceId ?? null,
    constraintBasis:
      finding.kind === "resource-constraint"
        ? "overloaded at full demand"
        : "market (no resource overloaded); busiest resource",
    constraints: fullResources(plan),
    resources: plan.resources.map(resourceJson),
    lines: plan.lines.map((line) => ({
      product: line.productId,
      name: line.name,
      quantity: line.quantity,
      demand: demandJson(line.demand),
      minimum: line.minimum,
      maximum: line.maximum ?? null,
      throughputPerUnit: line.throughputPerUnit,
      throughput: line.throughput,
      constraintTime: line.constraintTime,
      cumulativeConstraintLoad: ratioJson(line.cumulativeConstraintLoad),
      unsold: line.unsold,
      unsoldReason: line.unsoldReason ?? null,
    })),
    feasible: plan.feasible,
    violations: plan.violations,
    ...(optimal
      ? {
          solver: optimal.solver,
          shadowPrices: optimal.shadowPrices.map((price) => ({
            resource: price.resourceId,
            unit: price.unit,
            value: price.value,
            binding: price.binding,
          })),
          continuousThroughput: optimal.continuousThroughput ?? null,
          ranking: planJson(optimal.rankingPlan),
          versusRanking: optimal.versusRanking,
        }
      : {}),
    ...(politicalCost
      ? {
          politicalCost: {
            throughputLost: politicalCost.throughputLost,
            netProfitLost: politicalCost.netProfitLost ?? null,
            best: planJson(politicalCost.best),
            changes: politicalCost.changes.map((change) => ({
              product: change.productId,
              kind: change.kind,
              best: change.best,
              political: change.political,
              change: change.change,
              throughputChange: change.throughputChange,
            })),
          },
        }
      : {}),
  };
}

function printPlan(model: BusinessModel, options: MixOptions, outcome: MixOutcome, out: (text: string) => void): void {
  const { plan, optimal, politicalCost } = outcome;
  const constraint = plan.constraint;
  const w = words();
  const title = { greedy: w.mixGreedy, optimal: w.mixOptimal, margin: w.mixMargin, absorption: w.mixAbsorption }[
    options.method
  ];
  out(
    `${fillLabel(w.mixTitle, { model: model.name, title, political: plan.political ? "" : w.politicalIgnored, currency: model.currency })}\n`,
  );
  out(
    renderTable(
      [
        { heading: w.product },
        { heading: w.units, numeric: true },
        { heading: w.demand, numeric: true },
        { heading: w.tPerUnit, numeric: true },
        { heading: w.t, numeric: true },
        { heading: constraint ? fillLabel(w.loadOf, { resource: constraint.resourceId }) : w.load, numeric: true },
        { heading: w.unsold, numeric: true },
        { heading: w.whyUnsold },
      ],
      plan.lines.map((line) => [
        line.productId,
        quantity(line.quantity),
        line.demand === undefined ? "" : quantity(line.demand),
        cellMoney(line.throughputPerUnit),
        cellMoney(line.throughput),
        percent(line.cumulativeConstraintLoad),
        line.unsold ? quantity(line.unsold) : "",
        reasonText(line.unsoldReason),
      ]),
    ),
  );
  out("");
  out(
    renderTable(
      [
        { heading: w.resource },
        { heading: w.used, numeric: true },
        { heading: w.capacity, numeric: true },
        { heading: w.unit },
        { heading: w.utilisation, numeric: true },
      ],
      plan.resources.map((load) => [
        load.resourceId,
        quantity(load.used),
        quantity(load.capacity),
        unitText(load.unit),
        percent(load.utilisation),
      ]),
    ),
  );
  out("");
  out(`${w.t.padEnd(3)} ${lineMoney(plan.throughput)}`);
  if (plan.operatingExpense && plan.netProfit) {
    out(`${w.oe.padEnd(3)} ${lineMoney(plan.operatingExpense)}`);
    out(`${w.np.padEnd(3)} ${lineMoney(plan.netProfit)}`);
  }
  if (!plan.feasible) {
    const rules = plan.violations
      .map((v) => ("resourceId" in v ? `${v.kind} of ${v.resourceId}` : `${v.kind} of ${v.productId}`))
      .join("; ");
    out(`\n${fillLabel(w.breaksRules, { count: plan.violations.length, rules })}`);
  }
  if (optimal) {
    const s = optimal.solver;
    out(
      `\nSolver: ${s.status}${s.proven ? ", proven" : ", NOT proven optimal"}; gap ${(s.relativeGap * 100).toPrecision(3)} %` +
        ` (asked ${(s.requestedGap * 100).toPrecision(3)} %)${s.integer ? ", whole units" : ", continuous"}` +
        `${s.repaired ? ", rounding repaired" : ""}, ${s.seconds.toFixed(3)} s`,
    );
    out(
      fillLabel(w.shadowPrices, {
        prices: optimal.shadowPrices
          .map(
            (price) =>
              `${price.resourceId} ${fillLabel(w.perUnitOf, { value: cellMoney(price.value), unit: unitText(price.unit) })}`,
          )
          .join(", "),
      }),
    );
    const ranking = optimal.rankingPlan;
    out(
      fillLabel(w.rankingBeside, {
        plan:
          ranking.lines
            .filter((line) => line.quantity > 0)
            .map((line) => `${quantity(line.quantity)} ${line.productId}`)
            .join(" + ") || w.nothing,
        throughput: lineMoney(ranking.throughput),
        netProfit: ranking.netProfit ? `, ${w.np} ${lineMoney(ranking.netProfit)}` : "",
        more: lineMoney(optimal.versusRanking.throughput),
      }),
    );
  }
  if (politicalCost) {
    const amount = lineMoney(politicalCost.netProfitLost ?? politicalCost.throughputLost);
    const what = politicalCost.netProfitLost ? w.np : w.t;
    out(`\n${fillLabel(w.politicalCost, { amount, what, period: model.periodUnit })}`);
    for (const change of politicalCost.changes)
      out(
        `  ${change.productId}: ${quantity(change.best)} → ${quantity(change.political)} (${change.kind}, T ${cellMoney(change.throughputChange)})`,
      );
  }
}

/** `mix`: the product-mix plan. */
export const mixCommand: Command = defineCommand(spec, async (args, io) => {
  const method = stringOption(args.values, "method") ?? "greedy";
  if (!(METHODS as readonly string[]).includes(method))
    throw new UsageError(`--method must be one of ${METHODS.join(", ")}, got "${method}"`, spec.usage);
  const options: MixOptions = {
    method: method as Method,
    political: !args.values["ignore-political"],
    resourceId: stringOption(args.values, "resource"),
    period: stringOption(args.values, "period"),
    relativeGap: numberOption(args.values, "gap", spec.usage),
    timeLimitSeconds: numberOption(args.values, "time-limit", spec.usage),
    continuous: Boolean(args.values.continuous),
  };
  if (
    options.method !== "optimal" &&
    (options.relativeGap !== undefined || options.timeLimitSeconds !== undefined || options.continuous)
  )
    throw new UsageError("--gap, --time-limit and --continuous apply to --method optimal only", spec.usage);
  // One engine: the library reads a million products fast, so the former large-file path is gone.
  if (args.values.fast)
    io.err("note: --fast is no longer needed and is ignored: every plan comes from the library's one engine");
  const model = await loadPlanningFolder(args.folder, io.err);
  checkPeriod(model, options.period);
  const outcome = await mixOf(model, options);
  const sheets = [
    "ranking",
    "battle map",
    "political mix",
    ...(options.method === "optimal" ? (["optimal mix"] as const) : []),
  ] as const;
  await writeXlsxOption(
    args.values,
    model,
    { sheets, resourceId: options.resourceId, period: options.period, political: options.political },
    io.err,
  );
  if (args.values.json) io.out(exactJson(outcomeJson(model, options, outcome)));
  else printPlan(model, options, outcome, io.out);
  return 0;
});
