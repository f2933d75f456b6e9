import type { Sale } from "../../core/model/types";
import type { TableReader, TableSpec } from "../reader";
import { knownIdsHint } from "./unique-ids";
import { SALES_ALIASES } from "./aliases";

/** Columns of `sales.csv`. */
export const SALES_SPEC: TableSpec = {
  required: ["period", "product_id", "quantity"],
  optional: ["price", "currency"],
  aliases: SALES_ALIASES,
};

/** A sale as read, with the index of its row. */
export interface SaleDraft {
  readonly index: number;
  readonly sale: Sale;
}

/**
 * Reads `sales.csv`: units of a product sold in a period, optionally at an actual price other than the
 * list price. Quantities of products sold in whole units must be whole.
 */
export function readSales(
  reader: TableReader,
  productIds: ReadonlySet<string> | undefined,
  wholeUnitIds: ReadonlySet<string>,
): SaleDraft[] {
  const drafts: SaleDraft[] = [];
  const known = knownIdsHint(productIds ?? [], "the products table");
  for (let index = 0; index < reader.rowCount; index++) {
    const period = reader.requiredText(index, "period", "a period name (month-1, 2024-01, …)");
    const productId = reader.requiredText(index, "product_id", "the id of a product");
    if (productId !== undefined && productIds !== undefined && !productIds.has(productId))
      reader.issue("unknown_product", index, "product_id", reader.raw(index, "product_id"), known, "unknown product");
    let quantity = reader.quantity(index, "quantity", true, "a quantity (a number ≥ 0)");
    if (
      quantity !== undefined &&
      productId !== undefined &&
      wholeUnitIds.has(productId) &&
      !Number.isInteger(quantity)
    ) {
      reader.issue(
        "not_whole",
        index,
        "quantity",
        reader.raw(index, "quantity"),
        `a whole number (${productId} is sold in whole units; set whole_units to no in products if not)`,
        "not a whole number",
      );
      quantity = undefined;
    }
    const price = reader.currencyMatches(index) ? reader.money(index, "price", false, "") : undefined;
    if (period === undefined || productId === undefined || quantity === undefined) continue;
    drafts.push({
      index,
      sale: price === undefined ? { period, productId, quantity } : { period, productId, quantity, price },
    });
  }
  return drafts;
}
