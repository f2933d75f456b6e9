import type { ResourceUsage, TimeUnit } from "../../core/model/types";
import type { TableReader, TableSpec } from "../reader";
import { readTimeUnit } from "../parse/cells";
import { knownIdsHint } from "./unique-ids";
import { USAGE_ALIASES } from "./aliases";

/** Columns of `usage.csv`. */
export const USAGE_SPEC: TableSpec = {
  required: ["product_id", "resource_id", "time_per_unit"],
  optional: ["unit"],
  aliases: USAGE_ALIASES,
};

/**
 * Reads `usage.csv`: the time of a resource one unit of a product takes. A blank unit means the
 * resource's own unit. One row per product and resource.
 */
export function readUsage(
  reader: TableReader,
  productIds: ReadonlySet<string> | undefined,
  resourceIds: ReadonlySet<string> | undefined,
  resourceUnits: ReadonlyMap<string, TimeUnit>,
): { index: number; usage: ResourceUsage }[] {
  const drafts: { index: number; usage: ResourceUsage }[] = [];
  const pairs = new Map<string, number>();
  const knownProducts = knownIdsHint(productIds ?? [], "the products table");
  const knownResources = knownIdsHint(resourceIds ?? [], "the resources table");
  for (let index = 0; index < reader.rowCount; index++) {
    const productId = reader.requiredText(index, "product_id", "the id of a product");
    if (productId !== undefined && productIds !== undefined && !productIds.has(productId))
      reader.issue(
        "unknown_product",
        index,
        "product_id",
        reader.raw(index, "product_id"),
        knownProducts,
        "unknown product",
      );
    const resourceId = reader.requiredText(index, "resource_id", "the id of a resource");
    if (resourceId !== undefined && resourceIds !== undefined && !resourceIds.has(resourceId))
      reader.issue(
        "unknown_resource",
        index,
        "resource_id",
        reader.raw(index, "resource_id"),
        knownResources,
        "unknown resource",
      );
    const timePerUnit = reader.quantity(index, "time_per_unit", true, "the time one unit takes (a number ≥ 0)");
    const written = reader.parse(index, "unit", readTimeUnit, false, "");
    if (productId !== undefined && resourceId !== undefined) {
      const pair = `${productId}\u0000${resourceId}`;
      const first = pairs.get(pair);
      if (first !== undefined) {
        reader.issue(
          "duplicate_usage",
          index,
          "resource_id",
          reader.raw(index, "resource_id"),
          `one row per product and resource (row ${reader.rowNumber(first)} has ${productId} on ${resourceId})`,
          "duplicate usage",
        );
        continue;
      }
      pairs.set(pair, index);
    }
    const unit = written ?? (resourceId === undefined ? undefined : resourceUnits.get(resourceId));
    if (productId === undefined || resourceId === undefined || timePerUnit === undefined || unit === undefined)
      continue;
    drafts.push({ index, usage: { productId, resourceId, timePerUnit, unit } });
  }
  return drafts;
}
