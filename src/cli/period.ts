import { periodsOf } from "../core/throughput/period";
import type { BusinessModel } from "../core/model/types";
import { InputError } from "./errors";

/**
 * Checks a `--period` against the periods the model speaks of (sales.csv, then the dated rows of
 * operating_expenses.csv). An unknown period is an error listing the known ones: without the check a
 * typo (`--period ghost`) silently plans against the recurring OE alone and exits 0.
 *
 * @example
 * checkPeriod(salon, "month-2"); // ok
 * checkPeriod(salon, "ghost");   // throws InputError: unknown period "ghost"; the model's periods are month-1, month-2, month-3
 */
export function checkPeriod(model: BusinessModel, period: string | undefined): void {
  if (period === undefined) return;
  const known = periodsOf(model);
  if (known.includes(period)) return;
  const list = known.length > 20 ? `${known.slice(0, 20).join(", ")} … (${known.length} in all)` : known.join(", ");
  throw new InputError(
    known.length === 0
      ? `unknown period "${period}": the model has no periods (no sales and no dated operating expense); leave out --period`
      : `unknown period "${period}"; the model's periods are ${list} (from sales.csv and operating_expenses.csv)`,
  );
}
