import type { BusinessModel } from "../core/model/types";
import { writeReportWorkbook, type ReportWorkbookOptions } from "../export/xlsx/report-workbook";
import { stringOption } from "./args";
import { InputError } from "./errors";
import { cliLocale } from "./format";

/** The `--xlsx <file>` option of `report`, `rank` and `mix`. */
export const XLSX_OPTION = { xlsx: { type: "string" } } as const;

/**
 * Writes the workbook `--xlsx` asks for, if it does, in the language of `--locale` (sheet names, headers,
 * number formats), and says so on stderr (stdout stays the report, or JSON).
 *
 * @example
 * await writeXlsxOption(args.values, model, { sheets: ["ranking"] }, io.err);
 */
export async function writeXlsxOption(
  values: Record<string, unknown>,
  model: BusinessModel,
  options: ReportWorkbookOptions,
  say: (text: string) => void,
): Promise<void> {
  const file = stringOption(values, "xlsx");
  if (file === undefined) return;
  try {
    await writeReportWorkbook(file, model, { locale: cliLocale(), ...options });
  } catch (error) {
    // A file the system refuses to write (a system error names its call) is the user's to fix; anything
    // else is a bug and propagates.
    if (typeof (error as NodeJS.ErrnoException).syscall === "string")
      throw new InputError(`cannot write ${file}: ${(error as Error).message}`);
    throw error;
  }
  say(`wrote ${file}`);
}
