import type { Money } from "../../core/money/money";
import type { TableReader, TableSpec } from "../reader";
import { readUniqueIds } from "./unique-ids";
import { INVESTMENTS_ALIASES } from "./aliases";

/** Columns of `investments.csv`. */
export const INVESTMENTS_SPEC: TableSpec = {
  required: ["id", "amount"],
  optional: ["name", "category", "currency"],
  aliases: INVESTMENTS_ALIASES,
};

/** An investment as read. */
export interface InvestmentDraft {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly category?: string;
  readonly amount: Money;
}

/** Reads `investments.csv`: money tied up in the business (I). */
export function readInvestments(reader: TableReader): InvestmentDraft[] {
  const ids = readUniqueIds(reader, "id", "an id for the investment");
  const drafts: InvestmentDraft[] = [];
  for (let index = 0; index < reader.rowCount; index++) {
    const amount = reader.currencyMatches(index) ? reader.money(index, "amount", true, "an amount ≥ 0") : undefined;
    const name = reader.text(index, "name");
    const category = reader.text(index, "category");
    const id = ids[index];
    if (id === undefined || amount === undefined || name === undefined || category === undefined) continue;
    drafts.push({ index, id, name: name || id, ...(category ? { category } : {}), amount });
  }
  return drafts;
}
