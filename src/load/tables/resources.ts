import type { Resource, TimeUnit } from "../../core/model/types";
import type { TableReader, TableSpec } from "../reader";
import { readTimeUnit } from "../parse/cells";
import { readUniqueIds } from "./unique-ids";
import { RESOURCES_ALIASES } from "./aliases";

/** Columns of `resources.csv`. */
export const RESOURCES_SPEC: TableSpec = {
  required: ["id", "capacity", "unit"],
  optional: ["name"],
  aliases: RESOURCES_ALIASES,
};

/** Reads `resources.csv`: resources with their time available per period. */
export function readResources(reader: TableReader): {
  drafts: { index: number; resource: Resource }[];
  units: Map<string, TimeUnit>;
  ids: Set<string>;
} {
  const ids = readUniqueIds(reader, "id", "an id for the resource");
  const drafts: { index: number; resource: Resource }[] = [];
  const units = new Map<string, TimeUnit>();
  for (let index = 0; index < reader.rowCount; index++) {
    const capacity = reader.quantity(index, "capacity", true, "the time available per period (a number ≥ 0)");
    const unit = reader.parse(index, "unit", readTimeUnit, true, "minute or hour");
    const name = reader.text(index, "name");
    const id = ids[index];
    if (id !== undefined && unit !== undefined) units.set(id, unit);
    if (id === undefined || capacity === undefined || unit === undefined || name === undefined) continue;
    drafts.push({ index, resource: { id, name: name || id, capacity, unit } });
  }
  return { drafts, units, ids: new Set(ids.filter((id): id is string => id !== undefined)) };
}
