import type { Product } from "../../core/model/types";
import type { TableReader, TableSpec } from "../reader";
import { readBooleanCell, readProductType } from "../parse/cells";
import { readUniqueIds } from "./unique-ids";
import { PRODUCTS_ALIASES } from "./aliases";

/** Columns of `products.csv`. */
export const PRODUCTS_SPEC: TableSpec = {
  required: ["id", "type", "price"],
  optional: ["name", "category", "whole_units", "unit_name", "currency"],
  aliases: PRODUCTS_ALIASES,
};

/**
 * A product as read, before its TVC components (from tvc.csv) are attached; the price as its plain
 * decimal text, turned into money (or a scaled integer, for the engine) by the model builder.
 */
export interface ProductDraft {
  readonly index: number;
  readonly product: Omit<Product, "tvc" | "price">;
  readonly priceText: string;
}

/**
 * Reads `products.csv`. Rows with a bad cell are reported and left out; the ids of all rows with an id are
 * still known, so references to them are not reported twice.
 */
export function readProducts(reader: TableReader): { drafts: ProductDraft[]; ids: Set<string> } {
  const ids = readUniqueIds(reader, "id", "a product id");
  const drafts: ProductDraft[] = [];
  if (reader.rowCount === 0)
    reader.issue(
      "no_products",
      -1,
      undefined,
      "only the header",
      "at least one product or service, one per row",
      "no products",
    );
  for (let index = 0; index < reader.rowCount; index++) {
    const id = ids[index];
    const currencyOk = reader.currencyMatches(index);
    const type = reader.parse(index, "type", readProductType, true, "product or service");
    const price = currencyOk ? reader.moneyText(index, "price", true, "a price (an amount ≥ 0)") : undefined;
    const wholeUnits = reader.parse(index, "whole_units", readBooleanCell, false, "");
    const name = reader.text(index, "name");
    const category = reader.text(index, "category");
    const unitName = reader.text(index, "unit_name");
    if (
      id === undefined ||
      type === undefined ||
      price === undefined ||
      name === undefined ||
      category === undefined ||
      unitName === undefined
    )
      continue;
    drafts.push({
      index,
      product: {
        id,
        name: name || id,
        type,
        ...(category ? { category } : {}),
        ...(wholeUnits === undefined ? {} : { wholeUnits }),
        ...(unitName ? { unitName } : {}),
      },
      priceText: price,
    });
  }
  return { drafts, ids: new Set(ids.filter((id): id is string => id !== undefined)) };
}
