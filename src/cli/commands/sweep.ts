import { ArgumentError } from "../../core/errors";
import { sweep, type Sweep, type SweepValues, type WhatIfInput } from "../../core/sensitivity";
import { toDecimal } from "../../core/money/decimal";
import type { BusinessModel } from "../../core/model/types";
import { formatNumber } from "../../i18n/format";
import { writeSweepWorkbook } from "../../export/xlsx/sweep-workbook";
import { defineCommand, loadFolder, stringOption, type CommandSpec } from "../args";
import { InputError, UsageError } from "../errors";
import { fillLabel } from "../../i18n/labels";
import { cellMoney, cliLocale, words } from "../format";
import { exactJson } from "../json";
import { checkPeriod } from "../period";
import { renderTable } from "../table";
import type { Command } from "./io";

const spec = {
  name: "sweep",
  summary: "what-if: T, OE, NP and the CCR as one or two inputs move (a price, a capacity, a demand, ...)",
  usage: `Usage: throughput-accounting sweep <model-folder> --input <input>=<values> [--input <input>=<values>] [options]

The model's ranking plan ("battle map") made again at each value of one input, or of two (every pair,
the first input outermost), with its T, OE, NP and CCR, and where the CCR or the plan changes.

Inputs:
  price:<product>              a product's price
  tvc:<product>:<component>    one TVC component of a product (its name in tvc.csv)
  demand:<product>             the market's demand for a product
  minimum:<product>            a product's political minimum
  capacity:<resource>          a resource's capacity, in its own unit
  operating-expense:<item>     one OE item's amount
Values: a list (80,90,100) or a range with a step (80..120/10), exact decimals.

Options:
  --input <input>=<values>  the input and its values; give it twice for a two-way table
  --period <name>           the period whose OE the plan must cover
  --ignore-political        plan for the market alone, ignoring minimum and maximum
  --xlsx <file>             also write an Excel workbook: the sweep sheet (NP = T − OE by formula) and, for
                            two inputs, the NP table, then the model's tables
  --json                    machine-readable output (money as decimal strings)
  --locale ru|en            language and number format of the text output and the workbook (default en)
  -h, --help                this help
Example: throughput-accounting sweep data/salon --input capacity:stylists=80..120/10`,
  options: {
    input: { type: "string", multiple: true },
    period: { type: "string" },
    "ignore-political": { type: "boolean", default: false },
    xlsx: { type: "string" },
  },
} as const satisfies CommandSpec<{
  input: { type: "string"; multiple: true };
  period: { type: "string" };
  "ignore-political": { type: "boolean"; default: false };
  xlsx: { type: "string" };
}>;

/**
 * Reads `capacity:stylists`, `price:haircut`, `tvc:haircut:paint` as a what-if input of the model.
 *
 * @example
 * parseInput("capacity:stylists", salon); // { kind: "capacity", resourceId: "stylists" }
 */
export function parseInput(text: string, model: BusinessModel): WhatIfInput {
  const [kind, id, ...rest] = text.split(":");
  const needs = (what: string, ids: readonly string[], value: string | undefined): string => {
    if (value === undefined || value === "")
      throw new UsageError(`--input ${text}: name the ${what} after "${kind}:"`, spec.usage);
    if (!ids.includes(value))
      throw new InputError(`--input ${text}: no ${what} "${value}" in the model (it has: ${ids.join(", ") || "none"})`);
    return value;
  };
  const products = model.products.map((product) => product.id);
  switch (kind) {
    case "price":
    case "demand":
    case "minimum":
      if (rest.length > 0) break;
      return { kind, productId: needs("product", products, id) };
    case "tvc": {
      const productId = needs("product", products, id);
      const components = model.products
        .find((product) => product.id === productId)!
        .tvc.map((component) => component.name);
      return {
        kind,
        productId,
        component: needs(`TVC component of ${productId}`, components, rest.join(":") || undefined),
      };
    }
    case "capacity":
      if (rest.length > 0) break;
      return {
        kind,
        resourceId: needs(
          "resource",
          model.resources.map((resource) => resource.id),
          id,
        ),
      };
    case "operating-expense":
      if (rest.length > 0) break;
      return {
        kind,
        itemId: needs(
          "OE item",
          model.operatingExpenses.map((item) => item.id),
          id,
        ),
      };
  }
  throw new UsageError(
    `--input ${text}: expected price:<product>, tvc:<product>:<component>, ` +
      `demand:<product>, minimum:<product>, capacity:<resource> or operating-expense:<item>`,
    spec.usage,
  );
}

/**
 * Reads `80,90,100` (a list) or `80..120/10` (a range with its step) as sweep values.
 *
 * @example
 * parseValues("80..120/10"); // { from: "80", to: "120", step: "10" }
 */
export function parseValues(text: string): SweepValues {
  const range = /^\s*(-?[\d.]+)\s*\.\.\s*(-?[\d.]+)\s*\/\s*(-?[\d.]+)\s*$/.exec(text);
  const exact = (value: string) => {
    if (!/^-?(\d+\.?\d*|\.\d+)$/.test(value.trim()))
      throw new UsageError(`"${value}" is not a number (values are written 80,90,100 or 80..120/10)`, spec.usage);
    return toDecimal(value.trim()).toString();
  };
  if (range) return { from: exact(range[1]!), to: exact(range[2]!), step: exact(range[3]!) };
  return text.split(",").map(exact);
}

function sweepJson(result: Sweep) {
  return {
    model: result.model,
    currency: result.currency,
    inputs: result.inputs.map((input) => ({
      name: input.name,
      unit: input.unit,
      current: input.current,
      values: input.values,
    })),
    rows: result.rows.map((row) => ({
      values: row.values,
      throughput: row.throughput,
      operatingExpense: row.operatingExpense,
      netProfit: row.netProfit,
      constraint: row.constraint ?? null,
      plan: row.plan.map((line) => ({ product: line.productId, quantity: line.quantity, status: line.status })),
      constraintChanged: row.changed.constraint,
      planChanged: row.changed.plan,
    })),
  };
}

function printSweep(result: Sweep, out: (text: string) => void): void {
  const w = words();
  const marks = (row: Sweep["rows"][number]) =>
    [row.changed.constraint ? w.ccrChanged : "", row.changed.plan ? w.planChanged : ""].filter(Boolean).join(", ");
  out(`${fillLabel(w.sweepTitle, { model: result.model, currency: result.currency })}\n`);
  out(
    renderTable(
      [
        ...result.inputs.map((input) => ({ heading: input.name, numeric: true })),
        { heading: w.t, numeric: true },
        { heading: w.oe, numeric: true },
        { heading: w.np, numeric: true },
        { heading: w.ccr },
        { heading: "" },
      ],
      result.rows.map((row) => [
        ...result.inputs.map((input) =>
          formatNumber(toDecimal(row.values[input.name]!), { locale: cliLocale(), maxDigits: 6 }),
        ),
        cellMoney(row.throughput),
        cellMoney(row.operatingExpense),
        cellMoney(row.netProfit),
        row.constraint ?? "—",
        marks(row),
      ]),
    ),
  );
}

/** `sweep`: T, OE, NP and the CCR as one or two inputs move. */
export const sweepCommand: Command = defineCommand(spec, async (args, io) => {
  const given = (args.values.input as unknown as string[] | undefined) ?? [];
  if (given.length === 0 || given.length > 2)
    throw new UsageError("give --input <input>=<values> once, or twice for a two-way table", spec.usage);
  const model = await loadFolder(args.folder, io.err);
  const period = stringOption(args.values, "period");
  checkPeriod(model, period);
  const pairs = given.map((text) => {
    const at = text.indexOf("=");
    if (at < 0)
      throw new UsageError(
        `--input ${text}: expected <input>=<values>, such as capacity:stylists=80..120/10`,
        spec.usage,
      );
    return { input: parseInput(text.slice(0, at).trim(), model), values: parseValues(text.slice(at + 1)) };
  });
  const options = { period, political: !args.values["ignore-political"] };
  let result: Sweep;
  try {
    result =
      pairs.length === 1
        ? sweep(model, pairs[0]!.input, pairs[0]!.values, options)
        : sweep(model, [pairs[0]!.input, pairs[1]!.input], [pairs[0]!.values, pairs[1]!.values], options);
  } catch (error) {
    // The library refuses values it cannot use (a negative capacity, a range that never ends) with an ArgumentError.
    if (error instanceof ArgumentError) throw new InputError(error.message);
    throw error;
  }
  const file = stringOption(args.values, "xlsx");
  if (file !== undefined) {
    try {
      await writeSweepWorkbook(file, result, { model, locale: cliLocale() });
    } catch (error) {
      if (typeof (error as NodeJS.ErrnoException).syscall === "string")
        throw new InputError(`cannot write ${file}: ${(error as Error).message}`);
      throw error;
    }
    io.err(`wrote ${file}`);
  }
  if (args.values.json) io.out(exactJson(sweepJson(result)));
  else printSweep(result, io.out);
  return 0;
});
