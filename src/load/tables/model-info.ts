import type { CurrencyCode } from "../../core/money/currency";
import type { PeriodUnit } from "../../core/model/types";
import type { Sink, TableSpec } from "../reader";
import { TableReader } from "../reader";
import { readCurrencyCell, readPeriodUnit } from "../parse/cells";
import type { RawTable } from "../table";
import { MODEL_ALIASES } from "./aliases";

/** Columns of `model.csv`. */
export const MODEL_SPEC: TableSpec = {
  required: [],
  optional: ["name", "currency", "period_unit"],
  aliases: MODEL_ALIASES,
};

/** What `model.csv` says about the model as a whole. */
export interface ModelInfo {
  readonly name?: string;
  readonly currency?: CurrencyCode;
  readonly periodUnit?: PeriodUnit;
}

/**
 * Reads `model.csv`: one row with the model's name, currency and period unit (each optional).
 *
 * @example
 * // model.csv:  name,currency,period_unit\nSalon,RUB,month
 */
export function readModelInfo(table: RawTable, sink: Sink): ModelInfo {
  // The currency is not known yet; the reader only needs it for money cells, which model.csv has none of.
  const reader = new TableReader(table, MODEL_SPEC, sink, "RUB");
  if (reader.rowCount === 0) return {};
  for (let index = 1; index < reader.rowCount; index++)
    reader.issue(
      "extra_row",
      index,
      undefined,
      "another row",
      "exactly one data row",
      "model.csv describes one model: extra row",
    );
  const name = reader.text(0, "name");
  const currency = reader.parse(0, "currency", readCurrencyCell, false, "");
  const periodUnit = reader.parse(0, "period_unit", readPeriodUnit, false, "");
  return {
    ...(name ? { name } : {}),
    ...(currency ? { currency } : {}),
    ...(periodUnit ? { periodUnit } : {}),
  };
}
