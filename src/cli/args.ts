import { parseArgs, type ParseArgsConfig } from "node:util";
import * as fs from "node:fs";
import { LoadError, formatLoadWarning, safeLoadModel, safeLoadWorkbookModel } from "../load";
import type { BusinessModel } from "../core/model/types";
import { LOCALES, type Locale } from "../i18n/locale";
import { InputError, UsageError } from "./errors";
import { cliLocale, useCliLocale } from "./format";
import type { Command, CommandIo } from "./commands/io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** What one command declares: its name, one-line summary, usage text and options. */
export interface CommandSpec<O extends Options> {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: O;
}

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  json: { type: "boolean", default: false },
  locale: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const satisfies Options;

/**
 * Parses a command's arguments strictly (unknown options are an error, not ignored) and expects exactly
 * one positional argument, the model folder, unless `--help` is given.
 */
export function parseCommand<O extends Options>(spec: CommandSpec<O>, argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...spec.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--x'"); keep its words, drop its error code.
    throw new UsageError((error as Error).message, spec.usage);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return { help: true as const, values, folder: "" };
  if (parsed.positionals.length !== 1)
    throw new UsageError(
      parsed.positionals.length === 0
        ? "missing the model folder"
        : `expected one model folder, got ${parsed.positionals.length}: ${parsed.positionals.join(" ")}`,
      spec.usage,
    );
  return { help: false as const, values, folder: parsed.positionals[0]! };
}

// A workbook, or a folder holding one: read with the workbook loader (which also reads CSV files beside them).
function holdsWorkbooks(source: string): boolean {
  if (/\.(xlsx|ods|xls)$/i.test(source)) return true;
  try {
    return fs.statSync(source).isDirectory() && fs.readdirSync(source).some((entry) => /\.(xlsx|ods)$/i.test(entry));
  } catch {
    return false;
  }
}

/**
 * Loads the model: a folder of CSV files, an .xlsx workbook, or a folder of workbooks. Warnings go to
 * stderr; a model that does not load is an {@link InputError}.
 */
export async function loadFolder(folder: string, warn: (text: string) => void): Promise<BusinessModel> {
  const result = holdsWorkbooks(folder) ? await safeLoadWorkbookModel(folder) : safeLoadModel(folder);
  const locale = cliLocale();
  for (const warning of result.warnings)
    warn(`${locale === "ru" ? "предупреждение" : "warning"}: ${formatLoadWarning(warning, { locale })}`);
  if (!result.success)
    throw new InputError(
      locale === "ru"
        ? new LoadError(result.error.issues, `the model in ${folder}`, { locale }).message
        : result.error.message,
    );
  return result.model;
}

/** The warning for a model whose products use resources but none has a demand row. */
export const NO_DEMAND_WARNING =
  "warning: no product has a row in demand.csv, so the plan sells nothing and no resource is loaded; give each product's demand, " +
  "or write `unlimited` as its quantity for no demand limit (the whole capacity then goes to products in ranking order; see data/README.md)";

/**
 * Loads a folder for a command that plans (mix, rank, resources): as {@link loadFolder}, and warns when
 * resources are used but no product has a demand row, since the plan would then sell nothing, silently.
 */
export async function loadPlanningFolder(folder: string, warn: (text: string) => void): Promise<BusinessModel> {
  const model = await loadFolder(folder, warn);
  if (model.usages.length > 0 && model.demand.length === 0) warn(NO_DEMAND_WARNING);
  return model;
}

/** A number option: absent → undefined; anything but a finite number ≥ 0 is a usage error. */
export function numberOption(values: Record<string, unknown>, name: string, usage: string): number | undefined {
  const text = values[name];
  if (text === undefined) return undefined;
  const value = Number(text);
  if (typeof text !== "string" || text.trim() === "" || !Number.isFinite(value) || value < 0)
    throw new UsageError(`--${name} must be a number ≥ 0, got "${String(text)}"`, usage);
  return value;
}

/** A string option, or undefined. */
export function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const text = values[name];
  return typeof text === "string" ? text : undefined;
}

/**
 * A command from its spec and its body: parsing, `--help` and the model folder are handled here once.
 *
 * @example
 * export const rankCommand = defineCommand(spec, async ({ values, folder }, io) => { ...; return 0; });
 */
export function defineCommand<O extends Options>(
  spec: CommandSpec<O>,
  body: (
    args: { values: Record<string, string | boolean | undefined>; folder: string },
    io: CommandIo,
  ) => Promise<number>,
): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    async run(argv, io) {
      const args = parseCommand(spec, argv);
      const locale = stringOption(args.values, "locale") ?? "en";
      if (!(LOCALES as readonly string[]).includes(locale))
        throw new UsageError(`--locale must be ${LOCALES.join(" or ")}, got "${locale}"`, spec.usage);
      useCliLocale(locale as Locale);
      if (args.help) {
        io.out(spec.usage);
        return 0;
      }
      return body(args, io);
    },
  };
}
