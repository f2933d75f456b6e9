import type { Parameters } from "../notebook/parameters";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** More runs than this is a typo in a grid, not a sweep anyone wants to wait for. */
export const MAX_GRID_RUNS = 200;

/**
 * Splits a grid's values at the commas that are not inside JSON brackets or strings, so a value may
 * itself be a JSON array: `[1,2],[3,4]` is two values.
 *
 * @example
 * splitGridValues("80,100,120");   // ["80", "100", "120"]
 * splitGridValues('[1,2],"a,b"');  // ["[1,2]", '"a,b"']
 */
export function splitGridValues(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === "\\") i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Parses one `--grid NAME=V1,V2,…` argument: each value is JSON, else the text itself (as `-p` reads a
 * value). `-p` never splits: `-p x=[1,2]` stays one JSON array, so the two flags cannot be confused.
 *
 * @example
 * parseGridArg("capacityHours=80,100,120"); // { success: true, name: "capacityHours", values: [80, 100, 120] }
 * parseGridArg("capacityHours=");           // { success: false, error: "--grid capacityHours: value 1 is empty" }
 */
export function parseGridArg(
  arg: string,
): { success: true; name: string; values: unknown[] } | { success: false; error: string } {
  const at = arg.indexOf("=");
  if (at <= 0) return { success: false, error: `--grid expects name=value,value,…, got ${JSON.stringify(arg)}` };
  const name = arg.slice(0, at).trim();
  if (!IDENTIFIER.test(name))
    return {
      success: false,
      error: `--grid ${JSON.stringify(name)}: a parameter name must be a TypeScript identifier`,
    };
  const texts = splitGridValues(arg.slice(at + 1));
  const values: unknown[] = [];
  for (const [i, raw] of texts.entries()) {
    const text = raw.trim();
    if (text === "") return { success: false, error: `--grid ${name}: value ${i + 1} is empty` };
    let value: unknown = text;
    try {
      value = JSON.parse(text);
    } catch {
      // Not JSON: the text itself.
    }
    if (typeof value === "number" && !Number.isFinite(value))
      return { success: false, error: `--grid ${name}: ${text} is not a finite number` };
    if (values.some((seen) => JSON.stringify(seen) === JSON.stringify(value)))
      return { success: false, error: `--grid ${name}: ${text} is listed twice` };
    values.push(value);
  }
  return { success: true, name, values };
}

/**
 * Every combination of a grid, the first parameter outermost (its values change slowest), each merged over `base`.
 *
 * @example
 * gridRuns({ a: [1, 2], b: ["x", "y"] }); // [{ a: 1, b: "x" }, { a: 1, b: "y" }, { a: 2, b: "x" }, { a: 2, b: "y" }]
 */
export function gridRuns(grid: Readonly<Record<string, readonly unknown[]>>, base: Parameters = {}): Parameters[] {
  let runs: Parameters[] = [{ ...base }];
  for (const [name, values] of Object.entries(grid))
    runs = runs.flatMap((run) => values.map((value) => ({ ...run, [name]: value })));
  return runs;
}
