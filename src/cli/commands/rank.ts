import { ArgumentError } from "../../core/errors";
import { throughputAccountingRatios } from "../../core/constraints/cost-accounting";
import { rankProducts, type TimeSpan } from "../../core/constraints/ranking";
import { defineCommand, loadPlanningFolder, stringOption, type CommandSpec } from "../args";
import { InputError, UsageError } from "../errors";
import { fillLabel } from "../../i18n/labels";
import { formatNumber } from "../../i18n/format";
import { cellMoney, cliLocale, quantity, timeSpanText, unitText, words } from "../format";
import { demandJson, exactJson, ratioJson } from "../json";
import { renderTable } from "../table";
import type { Command } from "./io";
import { XLSX_OPTION, writeXlsxOption } from "../xlsx-option";

const spec = {
  name: "rank",
  summary: "the ranking report: T per unit of constraint time, best first, with TPAR",
  usage: `Usage: throughput-accounting rank <model-folder> [--resource <id>] [--per <time>] [--json] [--locale ru|en]

Every product's throughput per unit and per unit of time on the constraint (the CCR, or the busiest
resource when none is overloaded), best first. Products that take no constraint time come first.
Ties: higher T per unit first, then the product id. TPAR = (T per constraint hour) ÷ (OE per available
constraint hour), when the model has OE.

Options:
  --resource <id>  rank by this resource instead of the CCR
  --per <time>     express T per this much constraint time: 1h (default: the resource's unit), 6min, 90m
  --xlsx <file>    also write an Excel workbook: the ranking with formulas (T = price − TVC, T per
                   constraint time) that recompute when a price is edited, then the model's tables
  --json           machine-readable output (money and TPAR as decimal strings)
  --locale ru|en   language and number format of the text output (default en)
  -h, --help       this help`,
  options: { resource: { type: "string" }, per: { type: "string" }, ...XLSX_OPTION },
} as const satisfies CommandSpec<{ resource: { type: "string" }; per: { type: "string" }; xlsx: { type: "string" } }>;

/**
 * Reads a time span such as `1h`, `6min`, `90 minutes`.
 *
 * @example
 * parseTimeSpan("6min"); // { amount: 6, unit: "minute" }
 */
export function parseTimeSpan(text: string): TimeSpan | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(m|min|mins|minute|minutes|h|hr|hrs|hour|hours)\s*$/i.exec(text);
  if (!match || Number(match[1]) <= 0) return undefined;
  return { amount: Number(match[1]), unit: match[2]!.toLowerCase().startsWith("h") ? "hour" : "minute" };
}

function rankingOf(
  model: Parameters<typeof rankProducts>[0],
  resourceId: string | undefined,
  per: TimeSpan | undefined,
) {
  try {
    return {
      ranking: rankProducts(model, { resourceId, per }),
      tpar: throughputAccountingRatios(model, { resourceId }),
    };
  } catch (error) {
    // A resource id that is not in the model is the user's input, not a bug.
    if (error instanceof ArgumentError && error.code === "unknown_resource") throw new InputError(error.message);
    throw error;
  }
}

/** `rank`: the ranking report. */
export const rankCommand: Command = defineCommand(spec, async (args, io) => {
  const perText = stringOption(args.values, "per");
  const per = perText === undefined ? undefined : parseTimeSpan(perText);
  if (perText !== undefined && per === undefined)
    throw new UsageError(`--per must be a time such as 1h, 6min or 90m, got "${perText}"`, spec.usage);
  const model = await loadPlanningFolder(args.folder, io.err);
  const { ranking, tpar } = rankingOf(model, stringOption(args.values, "resource"), per);
  const tparById = new Map(tpar.rows.map((row) => [row.productId, row.ratio]));
  await writeXlsxOption(
    args.values,
    model,
    { sheets: ["ranking"], resourceId: stringOption(args.values, "resource"), per },
    io.err,
  );
  if (args.values.json) {
    io.out(
      exactJson({
        model: model.name,
        currency: model.currency,
        constraint: ranking.resource?.resourceId ?? null,
        basis: ranking.basis,
        per: ranking.per,
        costPerConstraintHour: tpar.costPerHour ?? null,
        rows: ranking.rows.map((row) => ({
          rank: row.rank,
          product: row.productId,
          name: row.name,
          price: row.price,
          tvc: row.tvcPerUnit,
          throughputPerUnit: row.throughputPerUnit,
          constraintTimePerUnit: row.constraintTimePerUnit,
          throughputPerConstraintTime: row.throughputPerConstraintTime ?? null,
          tpar: ratioJson(tparById.get(row.productId)),
          demand: demandJson(row.demand),
        })),
      }),
    );
    return 0;
  }
  const resource = ranking.resource;
  const w = words();
  const perLabel = timeSpanText(ranking.per);
  io.out(
    fillLabel(w.rankTitle, {
      model: model.name,
      per: perLabel,
      resource: resource ? resource.resourceId : w.constraintTime,
      currency: model.currency,
    }) +
      (ranking.basis === "busiest" ? `\n${fillLabel(w.rankBusiest, { resource: resource!.resourceId })}` : "") +
      (ranking.basis === "none" ? `\n${w.rankNone}` : "") +
      "\n",
  );
  io.out(
    renderTable(
      [
        { heading: "#", numeric: true },
        { heading: w.product },
        { heading: w.price, numeric: true },
        { heading: w.tvc, numeric: true },
        { heading: w.tPerUnit, numeric: true },
        { heading: fillLabel(w.timeIn, { unit: resource ? unitText(resource.unit) : "-" }), numeric: true },
        { heading: fillLabel(w.tPer, { per: perLabel }), numeric: true },
        { heading: w.tpar, numeric: true },
        { heading: w.demand, numeric: true },
      ],
      ranking.rows.map((row) => {
        const ratio = tparById.get(row.productId);
        return [
          String(row.rank),
          row.productId,
          cellMoney(row.price),
          cellMoney(row.tvcPerUnit),
          cellMoney(row.throughputPerUnit),
          quantity(row.constraintTimePerUnit),
          row.throughputPerConstraintTime ? cellMoney(row.throughputPerConstraintTime) : w.noConstraintTime,
          ratio === undefined ? "" : formatNumber(ratio, { locale: cliLocale(), digits: 2 }),
          row.demand === undefined ? "" : quantity(row.demand),
        ];
      }),
    ),
  );
  return 0;
});
