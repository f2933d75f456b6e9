import { ArgumentError } from "../../core/errors";
import { findConstraint } from "../../core/constraints/constraint";
import { costAccountingMix } from "../../core/constraints/cost-accounting";
import { optimalMix, type OptimalMix } from "../../core/constraints/optimal-mix";
import type { ResourceLoad } from "../../core/constraints/load";
import type { MixPlan, UnsoldReason } from "../../core/constraints/plan";
import { comparePolitical, type PoliticalComparison } from "../../core/constraints/political-mix";
import { rankingMix } from "../../core/constraints/ranking-mix";
import type { BusinessModel } from "../../core/model/types";
import { defineCommand, loadFolder, numberOption, stringOption, type CommandSpec } from "../args";
import { InputError, UsageError } from "../errors";
import { cellMoney, lineMoney, percent, quantity } from "../format";
import { exactJson } from "../json";
import { renderTable } from "../table";
import { checkPeriod } from "../period";
import type { Command } from "./io";
import { fastRankingMix, type FastRankingMix } from "../fast/fast-ranking-mix";

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
  --fast                greedy: the large-file path (millions of products, read straight from the CSV
                        bytes, exact integers); falls back to the full loader, saying why, when the
                        folder needs it (fractional products, TVC as a share of the price, ...)
  --json                machine-readable output
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

async function planWith(model: BusinessModel, options: MixOptions, political: boolean): Promise<{ plan: MixPlan; optimal?: OptimalMix }> {
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
        const broken = result.minimumPlan.violations.flatMap((v) => (v.kind === "capacity" ? [`${v.resourceId} (${quantity(v.used)} of ${quantity(v.capacity)})`] : []));
        throw new InputError(`${result.message}${broken.length ? `: the minimums alone need ${broken.join(", ")}` : ""}`);
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
  switch (reason.kind) {
    case "resource":
      return `${reason.resourceIds.join(", ")} full`;
    case "political-maximum":
      return `political maximum ${quantity(reason.maximum)}`;
    case "no-throughput":
      return "T per unit ≤ 0";
    case "not-chosen":
      return "not chosen by the method";
  }
}

/** One resource's load as the JSON of `mix` shows it (the full and the large-file path alike). */
function resourceJson(load: Pick<ResourceLoad, "resourceId" | "name" | "unit" | "used" | "capacity" | "utilisation">) {
  return { id: load.resourceId, name: load.name, unit: load.unit, used: load.used, capacity: load.capacity, utilisation: load.utilisation };
}

/** Resources the plan uses to the last minute: the constraints that bind it. */
function fullResources(plan: MixPlan): string[] {
  return plan.resources.filter((load) => load.spare <= 0).map((load) => load.resourceId);
}

function planJson(plan: MixPlan) {
  return {
    plan: plan.lines.map((line) => ({ product: line.productId, quantity: line.quantity })),
    throughput: plan.throughput,
    ...(plan.operatingExpense ? { operatingExpense: plan.operatingExpense, netProfit: plan.netProfit } : {}),
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
    constraintBasis: finding.kind === "resource-constraint" ? "overloaded at full demand" : "market (no resource overloaded); busiest resource",
    constraints: fullResources(plan),
    resources: plan.resources.map(resourceJson),
    lines: plan.lines.map((line) => ({
      product: line.productId,
      name: line.name,
      quantity: line.quantity,
      demand: line.demand ?? null,
      minimum: line.minimum,
      maximum: line.maximum ?? null,
      throughputPerUnit: line.throughputPerUnit,
      throughput: line.throughput,
      constraintTime: line.constraintTime,
      cumulativeConstraintLoad: line.cumulativeConstraintLoad ?? null,
      unsold: line.unsold,
      unsoldReason: line.unsoldReason ?? null,
    })),
    feasible: plan.feasible,
    violations: plan.violations,
    ...(optimal
      ? {
          solver: optimal.solver,
          shadowPrices: optimal.shadowPrices.map((price) => ({ resource: price.resourceId, unit: price.unit, value: price.value, binding: price.binding })),
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
  const title = { greedy: "ranking plan (battle map)", optimal: "optimal plan", margin: "cost-accounting plan (by margin per unit)", absorption: "cost-accounting plan (absorption cost)" }[options.method];
  out(`${model.name}: ${title}${plan.political ? "" : ", political limits ignored"} (${model.currency})\n`);
  out(
    renderTable(
      [
        { heading: "product" },
        { heading: "units", numeric: true },
        { heading: "demand", numeric: true },
        { heading: "T/unit", numeric: true },
        { heading: "T", numeric: true },
        { heading: constraint ? `${constraint.resourceId} load` : "load", numeric: true },
        { heading: "unsold", numeric: true },
        { heading: "why unsold" },
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
      [{ heading: "resource" }, { heading: "used", numeric: true }, { heading: "capacity", numeric: true }, { heading: "unit" }, { heading: "utilisation", numeric: true }],
      plan.resources.map((load) => [load.resourceId, quantity(load.used), quantity(load.capacity), load.unit, percent(load.utilisation)]),
    ),
  );
  out("");
  out(`T   ${lineMoney(plan.throughput)}`);
  if (plan.operatingExpense && plan.netProfit) {
    out(`OE  ${lineMoney(plan.operatingExpense)}`);
    out(`NP  ${lineMoney(plan.netProfit)}`);
  }
  if (!plan.feasible) out(`\nThe plan breaks ${plan.violations.length} rule(s): ${plan.violations.map((v) => ("resourceId" in v ? `${v.kind} of ${v.resourceId}` : `${v.kind} of ${v.productId}`)).join("; ")}`);
  if (optimal) {
    const s = optimal.solver;
    out(
      `\nSolver: ${s.status}${s.proven ? ", proven" : ", NOT proven optimal"}; gap ${(s.relativeGap * 100).toPrecision(3)} %` +
        ` (asked ${(s.requestedGap * 100).toPrecision(3)} %)${s.integer ? ", whole units" : ", continuous"}${s.repaired ? ", rounding repaired" : ""}, ${s.seconds.toFixed(3)} s`,
    );
    out(`Shadow prices (continuous problem): ${optimal.shadowPrices.map((price) => `${price.resourceId} ${cellMoney(price.value)} per ${price.unit}`).join(", ")}`);
    const ranking = optimal.rankingPlan;
    out(
      `Ranking plan beside it: ${ranking.lines.filter((line) => line.quantity > 0).map((line) => `${quantity(line.quantity)} ${line.productId}`).join(" + ") || "nothing"},` +
        ` T ${lineMoney(ranking.throughput)}${ranking.netProfit ? `, NP ${lineMoney(ranking.netProfit)}` : ""}; the optimum earns ${lineMoney(optimal.versusRanking.throughput)} more.`,
    );
  }
  if (politicalCost) {
    out(`\nPolitical limits cost ${lineMoney(politicalCost.netProfitLost ?? politicalCost.throughputLost)} of ${politicalCost.netProfitLost ? "NP" : "T"} per ${model.periodUnit} against the best plan for the market alone.`);
    for (const change of politicalCost.changes)
      out(`  ${change.productId}: ${quantity(change.best)} → ${quantity(change.political)} (${change.kind}, T ${cellMoney(change.throughputChange)})`);
  }
}

/** The large-file plan: the same JSON fields as the full path's core ones; a summary as text. */
function printFast(result: FastRankingMix, json: boolean, out: (text: string) => void): void {
  const resources = result.resources.map(resourceJson);
  if (json) {
    out(
      exactJson({
        model: result.model,
        currency: result.currency,
        method: "greedy",
        political: true,
        plan: Array.from(result.order, (p) => ({ product: result.ids[p], quantity: result.quantities[p] })),
        throughput: result.throughput,
        ...(result.operatingExpense ? { operatingExpense: result.operatingExpense, netProfit: result.netProfit } : {}),
        constraint: result.constraint?.resourceId ?? null,
        constraints: result.resources.filter((load) => load.used >= load.capacity).map((load) => load.resourceId),
        resources,
        unsoldUnits: result.unsoldUnits,
      }),
    );
    return;
  }
  const sold = result.quantities.reduce((count, quantity) => count + (quantity > 0 ? 1 : 0), 0);
  out(`${result.model}: ranking plan (battle map), large-file path (${result.currency})\n`);
  out(`${result.productCount.toLocaleString("en")} products, ${sold.toLocaleString("en")} of them in the plan; ${result.unsoldUnits.toLocaleString("en")} units of demand unsold.`);
  out(`Ranked by ${result.constraint ? `${result.constraint.resourceId} (${result.constraint.basis === "constraint" ? "the CCR" : "the busiest resource; the market is the constraint"})` : "T per unit (no resource used)"}. --json lists every line.\n`);
  out(
    renderTable(
      [{ heading: "resource" }, { heading: "used", numeric: true }, { heading: "capacity", numeric: true }, { heading: "unit" }, { heading: "utilisation", numeric: true }],
      result.resources.map((load) => [load.resourceId, quantity(load.used), quantity(load.capacity), load.unit, percent(load.utilisation)]),
    ),
  );
  out(`\nT   ${lineMoney(result.throughput)}`);
  if (result.operatingExpense && result.netProfit) {
    out(`OE  ${lineMoney(result.operatingExpense)}`);
    out(`NP  ${lineMoney(result.netProfit)}`);
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
  if (options.method !== "optimal" && (options.relativeGap !== undefined || options.timeLimitSeconds !== undefined || options.continuous))
    throw new UsageError("--gap, --time-limit and --continuous apply to --method optimal only", spec.usage);
  if (args.values.fast) {
    if (options.method !== "greedy" || !options.political || options.resourceId || options.period)
      throw new UsageError("--fast computes the greedy plan with the model's own limits only (no --method, --ignore-political, --resource or --period)", spec.usage);
    const fast = fastRankingMix(args.folder);
    if (fast.success) {
      printFast(fast.result, Boolean(args.values.json), io.out);
      return 0;
    }
    io.err(`note: the large-file path declined (${fast.reason}); using the full loader`);
  }
  const model = loadFolder(args.folder, io.err);
  checkPeriod(model, options.period);
  const outcome = await mixOf(model, options);
  if (args.values.json) io.out(exactJson(outcomeJson(model, options, outcome)));
  else printPlan(model, options, outcome, io.out);
  return 0;
});
