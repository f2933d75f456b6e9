import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * The knob of the fuzz suite: how many cases each property tries. `npm test` keeps the default, small
 * enough for a few seconds per property on a loaded 2-core machine; `FUZZ_RUNS=5000 npx vitest run
 * test/fuzz` searches longer.
 */
export function fuzzRuns(defaultRuns: number): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : defaultRuns;
}

/** Enough time for FUZZ_RUNS cases: the default test timeout is for unit tests, not searches. */
export function fuzzTimeout(defaultRuns: number, msPerRun: number): number {
  return Math.max(60_000, fuzzRuns(defaultRuns) * msPerRun);
}

/** The files of a bundled model folder as text, by file name. */
export function modelFiles(folder: string): Record<string, string> {
  const dir = path.join(__dirname, "..", "..", "data", folder);
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]),
  );
}

/** Writes a model folder into a fresh temporary folder and gives it to `use`; removes it afterwards. */
export function withFolder<T>(files: Record<string, string | Uint8Array>, use: (folder: string) => T): T {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ta-fuzz-"));
  try {
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), content);
    return use(folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Strings an attacker or a careless user puts in a field: markup, script ends, terminal escapes,
 * invisible characters, quotes and separators, a very long value, right-to-left marks, a lone surrogate.
 */
export const HOSTILE = [
  "<img src=x onerror=alert(1)>",
  "</script><script>alert(1)</script>",
  "<!--",
  '"><svg onload=alert(1)>',
  "\u001b]0;pwned\u0007\u001b[2J",
  "\u001b[31mred\u001b[0m",
  "haircut\u200b",
  "nul\u0000byte",
  "bom\ufeffinside",
  "rtl\u202eevil",
  "line\u2028sep",
  "a;b,c\td",
  "'single' & \"double\"",
  "x".repeat(5_000),
  "\ud800lone",
] as const;

/** Every string inside a value (object keys too), for checks over a whole result or figure. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsOf(item, out);
    }
  }
  return out;
}

/** Every number inside a JSON-like value. */
export function numbersOf(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (Array.isArray(value)) for (const item of value) numbersOf(item, out);
  else if (typeof value === "object" && value !== null) for (const item of Object.values(value)) numbersOf(item, out);
  return out;
}
