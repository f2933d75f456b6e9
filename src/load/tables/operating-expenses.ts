import type { Money } from "../../core/money/money";
import type { TableReader, TableSpec } from "../reader";
import { readUniqueIds } from "./unique-ids";
import { OPERATING_EXPENSES_ALIASES } from "./aliases";

/** Columns of `operating_expenses.csv`. */
export const OPERATING_EXPENSES_SPEC: TableSpec = {
  required: ["id", "amount"],
  optional: ["name", "category", "period", "currency"],
  aliases: OPERATING_EXPENSES_ALIASES,
};

/** An OE item as read. */
export interface OperatingExpenseDraft {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly amount: Money;
  readonly period?: string;
}

/** Reads `operating_expenses.csv`: OE items per period; a blank period means every period. */
export function readOperatingExpenses(reader: TableReader): OperatingExpenseDraft[] {
  const ids = readUniqueIds(reader, "id", "an id for the expense");
  const drafts: OperatingExpenseDraft[] = [];
  for (let index = 0; index < reader.rowCount; index++) {
    const amount = reader.currencyMatches(index)
      ? reader.money(index, "amount", true, "an amount ≥ 0 per period")
      : undefined;
    const name = reader.text(index, "name");
    const category = reader.text(index, "category");
    const period = reader.text(index, "period");
    const id = ids[index];
    if (
      id === undefined ||
      amount === undefined ||
      name === undefined ||
      category === undefined ||
      period === undefined
    )
      continue;
    drafts.push({ index, id, name: name || id, category: category || "other", amount, ...(period ? { period } : {}) });
  }
  return drafts;
}
