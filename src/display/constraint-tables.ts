import type { Labels } from "../i18n";
import type { Table } from "./table";

/**
 * Tables of the constraint results (ranking, mix plan, political mix, utilisation, optimal mix), or
 * undefined when the value is none of them.
 */
export function constraintTables(_value: unknown, _l: Labels): Table[] | undefined {
  return undefined;
}
