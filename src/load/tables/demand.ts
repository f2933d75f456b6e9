import { NO_DEMAND_LIMIT, type Demand } from "../../core/model/types";
import { readQuantityCell, type CellResult } from "../parse/cells";
import type { TableReader, TableSpec } from "../reader";
import type { RawTable } from "../table";
import { knownIdsHint } from "./unique-ids";
import { DEMAND_ALIASES } from "./aliases";

/** Columns of `demand.csv`. */
export const DEMAND_SPEC: TableSpec = {
  required: ["product_id", "quantity"],
  optional: ["minimum", "maximum"],
  aliases: DEMAND_ALIASES,
};

/** How a demand.csv says "no demand limit": `unlimited` (any case), `∞`, or Russian `без ограничений`. */
export const UNLIMITED = /^\s*(unlimited|∞|без\s+ограничени[йя])\s*$/i;

/** A demand quantity cell: a number ≥ 0, or a word for no demand limit; a bad cell says both are allowed. */
function demandCell(style: RawTable["numberStyle"]) {
  return (text: string): CellResult<number> => {
    if (UNLIMITED.test(text)) return { success: true, value: NO_DEMAND_LIMIT };
    const read = readQuantityCell(text, style);
    if (!read.success) return { ...read, expected: `${read.expected}, or unlimited (no demand limit)` };
    if (read.value < 0)
      return {
        success: false,
        code: "negative_quantity",
        message: "negative quantity",
        expected: "a number ≥ 0, or unlimited (no demand limit)",
      };
    return read;
  };
}

/**
 * Reads `demand.csv`: the market's demand per product for one period of the model, with optional political limits.
 * Checks minimum ≤ maximum and minimum ≤ demand; a maximum above the demand has no effect (a warning).
 * A quantity of `unlimited` is {@link NO_DEMAND_LIMIT}: the market takes all the resources can make.
 */
export function readDemand(
  reader: TableReader,
  productIds: ReadonlySet<string> | undefined,
): { index: number; demand: Demand }[] {
  const drafts: { index: number; demand: Demand }[] = [];
  const seen = new Map<string, number>();
  const known = knownIdsHint(productIds ?? [], "the products table");
  for (let index = 0; index < reader.rowCount; index++) {
    const productId = reader.requiredText(index, "product_id", "the id of a product");
    if (productId !== undefined && productIds !== undefined && !productIds.has(productId))
      reader.issue("unknown_product", index, "product_id", reader.raw(index, "product_id"), known, "unknown product");
    const quantity = reader.parse(
      index,
      "quantity",
      demandCell(reader.table.numberStyle),
      true,
      "the units the market would buy (a number ≥ 0, or unlimited)",
    );
    const minimum = reader.quantity(index, "minimum", false, "");
    const maximum = reader.quantity(index, "maximum", false, "");
    if (productId !== undefined) {
      const first = seen.get(productId);
      if (first !== undefined) {
        reader.issue(
          "duplicate_demand",
          index,
          "product_id",
          reader.raw(index, "product_id"),
          `one demand row per product (row ${reader.rowNumber(first)} has ${productId})`,
          "duplicate demand",
        );
        continue;
      }
      seen.set(productId, index);
    }
    let limitsOk = true;
    if (minimum !== undefined && maximum !== undefined && minimum > maximum) {
      reader.issue(
        "minimum_too_high",
        index,
        "minimum",
        reader.raw(index, "minimum"),
        `at most the maximum (${maximum})`,
        "minimum above the maximum",
      );
      limitsOk = false;
    } else if (minimum !== undefined && quantity !== undefined && minimum > quantity) {
      reader.issue(
        "minimum_too_high",
        index,
        "minimum",
        reader.raw(index, "minimum"),
        `at most the demand (${quantity}): more than the market buys cannot be sold`,
        "minimum above the demand",
      );
      limitsOk = false;
    }
    if (maximum !== undefined && quantity !== undefined && maximum > quantity)
      reader.warn(index, "maximum", `the maximum (${maximum}) is above the demand (${quantity}), so it limits nothing`);
    if (productId === undefined || quantity === undefined || !limitsOk) continue;
    drafts.push({
      index,
      demand: {
        productId,
        quantity,
        ...(minimum === undefined ? {} : { minimum }),
        ...(maximum === undefined ? {} : { maximum }),
      },
    });
  }
  return drafts;
}
