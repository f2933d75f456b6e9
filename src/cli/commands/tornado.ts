import { ArgumentError } from "../../core/errors";
import { tornado, type Tornado, type TornadoInput } from "../../core/sensitivity";
import { toDecimal } from "../../core/money/decimal";
import { formatNumber } from "../../i18n/format";
import { fillLabel } from "../../i18n/labels";
import { writeTornadoWorkbook } from "../../export/xlsx/tornado-workbook";
import { defineCommand, loadFolder, stringOption, type CommandSpec } from "../args";
import { InputError, UsageError } from "../errors";
import { cellMoney, cliLocale, words } from "../format";
import { exactJson } from "../json";
import { checkPeriod } from "../period";
import { renderTable } from "../table";
import type { Command } from "./io";
import { parseInput } from "./sweep";

const spec = {
  name: "tornado",
  summary: "what-if: how much NP swings as each input moves down and up, most sensitive first",
  usage: `Usage: throughput-accounting tornado <model-folder> --input <input>[=<low>..<high>] [--input ...] [options]

Each input moved down and up (by --percent of its value, or over its own range low..high), the rest of
the model as it is, and the ranking plan made again at each end: NP at both ends and the swing, the
inputs sorted by it. Inputs are named as for sweep: price:<product>, tvc:<product>:<component>,
demand:<product>, minimum:<product>, capacity:<resource>, operating-expense:<item>.

Options:
  --input <input>[=a..b]  an input, with its own range if given; repeat for each input
  --percent <p>           how far inputs without a range move, in percent (default 10)
  --period <name>         the period whose OE the plan must cover
  --ignore-political      plan for the market alone, ignoring minimum and maximum
  --xlsx <file>           also write an Excel workbook of the tornado (ΔNP and the swing by formula),
                          then the model's tables
  --json                  machine-readable output (money as decimal strings)
  --locale ru|en          language and number format of the text output and the workbook (default en)
  -h, --help              this help
Example: throughput-accounting tornado data/salon --input price:lady-classic --input capacity:stylists=80..120`,
  options: {
    input: { type: "string", multiple: true },
    percent: { type: "string" },
    period: { type: "string" },
    "ignore-political": { type: "boolean", default: false },
    xlsx: { type: "string" },
  },
} as const satisfies CommandSpec<{
  input: { type: "string"; multiple: true };
  percent: { type: "string" };
  period: { type: "string" };
  "ignore-political": { type: "boolean"; default: false };
  xlsx: { type: "string" };
}>;

const NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;

function print(result: Tornado, out: (text: string) => void): void {
  const w = words();
  const number = (text: string) => formatNumber(toDecimal(text), { locale: cliLocale(), maxDigits: 6 });
  out(`${fillLabel(w.tornadoTitle, { model: result.model, netProfit: cellMoney(result.netProfit) })}\n`);
  out(
    renderTable(
      [
        { heading: w.input },
        { heading: w.low, numeric: true },
        { heading: w.today, numeric: true },
        { heading: w.high, numeric: true },
        { heading: `Δ${w.np} ${w.low}`, numeric: true },
        { heading: `Δ${w.np} ${w.high}`, numeric: true },
        { heading: w.swing, numeric: true },
      ],
      result.bars.map((bar) => [
        bar.name,
        number(bar.low),
        number(bar.current),
        number(bar.high),
        cellMoney(bar.deltaLow),
        cellMoney(bar.deltaHigh),
        cellMoney(bar.swing),
      ]),
    ),
  );
}

/** `tornado`: NP's sensitivity to each input. */
export const tornadoCommand: Command = defineCommand(spec, async (args, io) => {
  const given = (args.values.input as unknown as string[] | undefined) ?? [];
  if (given.length === 0) throw new UsageError("give at least one --input <input>", spec.usage);
  const percent = stringOption(args.values, "percent");
  if (percent !== undefined && !NUMBER.test(percent.trim()))
    throw new UsageError(`--percent must be a number, got "${percent}"`, spec.usage);
  const model = await loadFolder(args.folder, io.err);
  const period = stringOption(args.values, "period");
  checkPeriod(model, period);
  const inputs = given.map((text): TornadoInput => {
    const at = text.indexOf("=");
    const input = parseInput((at < 0 ? text : text.slice(0, at)).trim(), model);
    if (at < 0) return input;
    const range = /^\s*(-?[\d.]+)\s*\.\.\s*(-?[\d.]+)\s*$/.exec(text.slice(at + 1));
    if (!range || !NUMBER.test(range[1]!) || !NUMBER.test(range[2]!))
      throw new UsageError(`--input ${text}: a range is written low..high, such as 80..120`, spec.usage);
    return { input, low: range[1]!, high: range[2]! };
  });
  let result: Tornado;
  try {
    result = tornado(model, inputs, {
      period,
      political: !args.values["ignore-political"],
      ...(percent === undefined ? {} : { percent: percent.trim() }),
    });
  } catch (error) {
    if (error instanceof ArgumentError) throw new InputError(error.message);
    throw error;
  }
  const file = stringOption(args.values, "xlsx");
  if (file !== undefined) {
    try {
      await writeTornadoWorkbook(file, result, { model, locale: cliLocale() });
    } catch (error) {
      if (typeof (error as NodeJS.ErrnoException).syscall === "string")
        throw new InputError(`cannot write ${file}: ${(error as Error).message}`);
      throw error;
    }
    io.err(`wrote ${file}`);
  }
  if (args.values.json) io.out(exactJson(result));
  else print(result, io.out);
  return 0;
});
