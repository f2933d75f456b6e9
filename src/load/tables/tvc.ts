import type { ExactDecimal } from "../../core/money/decimal";
import type { TvcKind } from "../../core/model/types";
import type { TableReader, TableSpec } from "../reader";
import { readRateCell, readTvcKind } from "../parse/cells";
import { knownIdsHint } from "./unique-ids";
import { TVC_ALIASES } from "./aliases";

/** Columns of `tvc.csv`. */
export const TVC_SPEC: TableSpec = {
  required: ["product_id", "kind"],
  optional: ["name", "amount", "rate", "currency"],
  aliases: TVC_ALIASES,
};

/** One TVC component as read: a money amount per unit (as plain decimal text), or a share of the price. */
export type TvcDraft =
  | {
      readonly index: number;
      readonly productId: string;
      readonly kind: TvcKind;
      readonly name: string;
      readonly basis: "per-unit";
      readonly amountText: string;
    }
  | {
      readonly index: number;
      readonly productId: string;
      readonly kind: TvcKind;
      readonly name: string;
      readonly basis: "share-of-price";
      readonly rate: ExactDecimal;
    };

/**
 * Reads `tvc.csv`: one component per row, with exactly one of `amount` (money per unit sold) or `rate`
 * (a share of the price: `6%` or `0.06`).
 */
export function readTvc(reader: TableReader, productIds: ReadonlySet<string> | undefined): TvcDraft[] {
  const drafts: TvcDraft[] = [];
  if (!reader.has("amount") && !reader.has("rate"))
    reader.issue(
      "missing_column",
      -1,
      "amount",
      reader.table.header.join(", "),
      'a column "amount" (money per unit) or "rate" (a share of the price), or both',
      "missing column",
    );
  const known = knownIdsHint(productIds ?? [], "the products table");
  for (let index = 0; index < reader.rowCount; index++) {
    const productId = reader.requiredText(index, "product_id", "the id of a product");
    if (productId !== undefined && productIds !== undefined && !productIds.has(productId))
      reader.issue("unknown_product", index, "product_id", reader.raw(index, "product_id"), known, "unknown product");
    const kind = reader.parse(index, "kind", readTvcKind, true, "a TVC kind");
    const name = reader.text(index, "name");
    const amountText = reader.text(index, "amount");
    const rateText = reader.text(index, "rate");
    if (amountText === undefined || rateText === undefined || name === undefined) continue;
    if (amountText !== "" && rateText !== "") {
      reader.issue(
        "both_amount_and_rate",
        index,
        "rate",
        reader.raw(index, "rate"),
        "either an amount or a rate in a row, not both",
        "both amount and rate are filled in",
      );
      continue;
    }
    if (amountText === "" && rateText === "") {
      if (reader.has("amount") || reader.has("rate"))
        reader.issue(
          "missing_value",
          index,
          reader.has("amount") ? "amount" : "rate",
          "",
          "an amount per unit (2) or a rate (6%)",
          "missing value",
        );
      continue;
    }
    if (amountText !== "") {
      const amount = reader.currencyMatches(index)
        ? reader.moneyText(index, "amount", true, "an amount per unit")
        : undefined;
      if (productId !== undefined && kind !== undefined && amount !== undefined)
        drafts.push({ index, productId, kind, name: name || kind, basis: "per-unit", amountText: amount });
    } else {
      const rate = reader.parse(index, "rate", (text) => readRateCell(text, reader.table.numberStyle), true, "a rate");
      if (productId !== undefined && kind !== undefined && rate !== undefined)
        drafts.push({ index, productId, kind, name: name || kind, basis: "share-of-price", rate });
    }
  }
  return drafts;
}
