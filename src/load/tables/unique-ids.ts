import type { TableReader } from "../reader";

/**
 * Reads the required, unique `id` column of a table: an issue for a blank id and for an id used by an
 * earlier row (naming that row). Returns the ids by row index (undefined where missing or repeated).
 */
export function readUniqueIds(reader: TableReader, column = "id", what = "an id"): (string | undefined)[] {
  const seen = new Map<string, number>();
  const ids: (string | undefined)[] = [];
  for (let index = 0; index < reader.rowCount; index++) {
    const id = reader.requiredText(index, column, what);
    if (id !== undefined && seen.has(id)) {
      const first = seen.get(id)!;
      const label =
        reader.table.rowKind === "row" ? `row ${reader.rowNumber(first)}` : `record ${reader.rowNumber(first)}`;
      reader.issue(
        "duplicate_id",
        index,
        column,
        reader.raw(index, column),
        `an id not used before (${label} has it)`,
        "duplicate id",
      );
      ids.push(undefined);
      continue;
    }
    if (id !== undefined) seen.set(id, index);
    ids.push(id);
  }
  return ids;
}

/** Names at most a few known ids, for "expected …" of unknown-id issues. */
export function knownIdsHint(ids: Iterable<string>, file: string): string {
  const list = [...ids];
  if (list.length === 0) return `an id from ${file} (it has none)`;
  const shown = list.slice(0, 6).join(", ");
  return `an id from ${file} (${shown}${list.length > 6 ? `, … ${list.length - 6} more` : ""})`;
}
