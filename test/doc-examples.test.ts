/**
 * The worked example in each public doc comment, run. A line `expression; // value` checks the value, which may
 * go on over the `//` lines that follow: an amount (`50 RUB`), a literal (`"1.1"`, `68.5`, `true`,
 * `[120 RUB, 600 RUB]`, `{ kind: "exact", ... }`) or `throws Name`. In a string `…` stands for any text; in an
 * array or object `...` (or `…`) for further elements or fields, and a number ending in `…` is cut short
 * (`0.833…`). Words after the value (`// 50 RUB: ten haircuts`) are prose; a comment that starts like a value but
 * is not one fails the example, so a stated value is never silently unchecked. A statement may span lines (its
 * brackets tell where it ends). Other lines run as written, in order, so an example can build what it shows,
 * with paths relative to the project root. The example's free names are the public API, a few bundled models
 * and `outDir`, a fresh temporary directory for the examples that write files. `DOC_EXAMPLES_SHOW=1` prints
 * what each checked line gives, to write its comment from.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Decimal from "decimal.js";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import * as api from "../src/index";

const root = path.join(__dirname, "..");

/** Every public value with its examples, as the compiler reads the doc comments. */
function publicExamples(): Map<string, string[]> {
  const file = path.join(root, "src/index.ts");
  const program = ts.createProgram([file], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const examples = new Map<string, string[]>();
  for (const symbol of checker.getExportsOfModule(entry)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!(target.flags & ts.SymbolFlags.Value)) continue;
    const texts = target
      .getJsDocTags(checker)
      .filter((tag) => tag.name === "example")
      .map((tag) => ts.displayPartsToString(tag.text));
    examples.set(symbol.getName(), texts);
  }
  return examples;
}

/** An expression statement (not a declaration or a block's head), with what its comment says. */
const CHECK = /^(\s*)(?!\s|const |let |await |import |return |if |for |}|\/\/)([^;]+?);\s*(?:\/\/\s*(.*))?$/s;
const COMMENT_LINE = /^\s*\/\/\s?(.*)$/;

/** How many round and square brackets a line leaves open, strings and its comment aside. */
function openBrackets(line: string): number {
  let open = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === "/" && line[i + 1] === "/") break;
    if (char === '"' || char === "'" || char === "`") {
      for (i++; i < line.length && line[i] !== char; i++) if (line[i] === "\\") i++;
    } else if (char === "(" || char === "[") open++;
    else if (char === ")" || char === "]") open--;
  }
  return open;
}

/**
 * The example as a script: a statement that ends in `;` (over one line or several) and is followed by a
 * comment becomes a call of `check`; a statement with no comment after it runs as written.
 */
function script(example: string): string {
  // the API is in scope already, so an example's own import of it is left out
  const lines = example.split("\n").filter((line) => !/^\s*import .* from "throughput-accounting";/.test(line));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    for (let open = openBrackets(lines[i]!); open > 0 && i + 1 < lines.length;) open += openBrackets(lines[++i]!);
    const statement = lines.slice(first, i + 1).join("\n");
    const said: string[] = [];
    while (COMMENT_LINE.test(lines[i + 1] ?? "")) said.push(COMMENT_LINE.exec(lines[++i]!)![1]!.trim());
    const match = CHECK.exec(statement);
    if (match === null || (match[3] === undefined && said.length === 0)) {
      out.push(lines.slice(first, i + 1).join("\n"));
      continue;
    }
    const [, indent, expression, comment] = match;
    const text = [...(comment === undefined ? [] : [comment]), ...said].join(" ");
    out.push(`${indent}await check(() => (${expression}), ${JSON.stringify(text)});`);
  }
  return ts.transpile(out.join("\n"), { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None });
}

/** A value as a comment writes it. */
type Pattern =
  | { kind: "money"; amount: string; currency: string }
  | { kind: "number"; text: string; cut: boolean }
  | { kind: "string"; parts: string[] }
  | { kind: "atom"; value: boolean | null | undefined }
  | { kind: "array"; items: (Pattern | "more")[] }
  | { kind: "object"; fields: [string, Pattern][]; more: boolean };

/** Reads the value at the start of a comment; `rest` is the prose after it. */
function readValue(text: string): { pattern: Pattern; rest: string } {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`cannot read ${what} at ${JSON.stringify(text.slice(at, at + 20))} in // ${text}`);
  };
  const space = () => {
    while (/\s/.test(text[at] ?? "")) at++;
  };
  const ellipsis = (): boolean => {
    for (const mark of ["...", "…"]) if (text.startsWith(mark, at)) return ((at += mark.length), true);
    return false;
  };
  const string = (): string[] => {
    const quote = text[at++]!;
    const parts = [""];
    while (text[at] !== quote) {
      if (at >= text.length) fail("the end of a string");
      let char = text[at++]!;
      if (char === "\\") char = JSON.parse(`"\\${text[at++]}"`) as string;
      else if (char === "…") {
        parts.push("");
        continue;
      }
      parts[parts.length - 1] += char;
    }
    at++;
    return parts;
  };
  const value = (): Pattern => {
    space();
    const char = text[at];
    if (char === '"' || char === "'") return { kind: "string", parts: string() };
    if (char === "[") {
      at++;
      const items: (Pattern | "more")[] = [];
      for (space(); text[at] !== "]"; space()) {
        items.push(ellipsis() ? "more" : value());
        space();
        if (text[at] === ",") at++;
        else if (text[at] !== "]") fail("an array");
      }
      at++;
      return { kind: "array", items };
    }
    if (char === "{") {
      at++;
      const fields: [string, Pattern][] = [];
      let more = false;
      for (space(); text[at] !== "}"; space()) {
        if (ellipsis()) more = true;
        else {
          let key: string;
          if (text[at] === '"' || text[at] === "'") key = string().join("…");
          else {
            key = /^[\w$]+/.exec(text.slice(at))?.[0] ?? fail("a key");
            at += key.length;
          }
          space();
          if (text[at++] !== ":") fail("a ':'");
          fields.push([key, value()]);
        }
        space();
        if (text[at] === ",") at++;
        else if (text[at] !== "}") fail("an object");
      }
      at++;
      return { kind: "object", fields, more };
    }
    const number = /^-?\d[\d_]*(?:\.\d+)?(?:e-?\d+)?/.exec(text.slice(at));
    if (number) {
      at += number[0].length;
      const amount = number[0].replaceAll("_", "");
      const currency = /^ ([A-Z]{3})\b/.exec(text.slice(at));
      if (currency) return ((at += currency[0].length), { kind: "money", amount, currency: currency[1]! });
      return { kind: "number", text: amount, cut: ellipsis() };
    }
    for (const [word, atom] of [
      ["true", true],
      ["false", false],
      ["null", null],
      ["undefined", undefined],
    ] as const)
      if (new RegExp(`^${word}\\b`).test(text.slice(at))) return ((at += word.length), { kind: "atom", value: atom });
    return fail("a value");
  };
  const pattern = value();
  return { pattern, rest: text.slice(at) };
}

/** What a `// …` comment after an expression says, or undefined when it is prose only. */
function expectation(
  comment: string,
): { kind: "throws"; name: string } | { kind: "value"; pattern: Pattern } | undefined {
  const thrown = /^throws (\w+)/.exec(comment);
  if (thrown) return { kind: "throws", name: thrown[1]! };
  if (!/^(["'[{\d-]|(true|false|null|undefined)\b)/.test(comment)) return undefined;
  const { pattern, rest } = readValue(comment);
  if (/^[\w.]/.test(rest)) throw new Error(`cannot tell the value from the prose in // ${comment}`);
  return { kind: "value", pattern };
}

/** How a value reads in a failure message: amounts as text, decimals as numbers, and not a page long. */
function shown(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) =>
    api.isMoney(v) ? `${api.toText(v)}` : Decimal.isDecimal(v) ? `${v.toString()}` : v === undefined ? "undefined" : v,
  );
  return text.length > 2000 ? `${text.slice(0, 1000)}…${text.slice(-1000)}` : text;
}

/** Where `actual` differs from the pattern, or undefined when it matches. */
function mismatch(pattern: Pattern, actual: unknown, where = "the value"): string | undefined {
  const differ = () => `${where} is ${shown(actual)}`;
  switch (pattern.kind) {
    case "money":
      return api.isMoney(actual) &&
        actual.currency === pattern.currency &&
        api.equals(actual, api.money(pattern.amount, actual.currency))
        ? undefined
        : differ();
    case "number": {
      const text = typeof actual === "number" || Decimal.isDecimal(actual) ? new Decimal(String(actual)) : undefined;
      if (text === undefined) return differ();
      if (pattern.cut) return text.toString().startsWith(pattern.text) ? undefined : differ();
      return text.equals(pattern.text) ? undefined : differ();
    }
    case "string": {
      // any space matches any space: the Russian formats group digits with non-breaking ones
      const string = typeof actual === "string" ? actual : Decimal.isDecimal(actual) ? actual.toString() : undefined;
      const text = string?.replace(/[\u00a0\u202f\u2009]/g, " ");
      const shape = new RegExp(
        `^${pattern.parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`,
        "s",
      );
      return text !== undefined && shape.test(text) ? undefined : differ();
    }
    case "atom":
      return Object.is(actual, pattern.value) ? undefined : differ();
    case "array": {
      if (!Array.isArray(actual)) return differ();
      const from = (p: number, a: number): boolean => {
        if (p === pattern.items.length) return a === actual.length;
        const item = pattern.items[p]!;
        if (item === "more")
          return Array.from({ length: actual.length - a + 1 }, (_, skip) => a + skip).some((n) => from(p + 1, n));
        return a < actual.length && mismatch(item, actual[a]) === undefined && from(p + 1, a + 1);
      };
      if (from(0, 0)) return undefined;
      if (!pattern.items.includes("more") && pattern.items.length === actual.length)
        for (const [i, item] of pattern.items.entries()) {
          const inner = mismatch(item as Pattern, actual[i], `${where}[${i}]`);
          if (inner) return inner;
        }
      return differ();
    }
    case "object": {
      if (typeof actual !== "object" || actual === null) return differ();
      const record = actual as Record<string, unknown>;
      for (const [key, inner] of pattern.fields) {
        const found = mismatch(inner, record[key], `${where}.${key}`);
        if (found) return found;
      }
      const named = new Set(pattern.fields.map(([key]) => key));
      const others = Object.keys(record).filter((key) => !named.has(key) && record[key] !== undefined);
      return pattern.more || others.length === 0
        ? undefined
        : `${where} has more fields (${others.join(", ")}): end with "..."`;
    }
  }
}

async function check(run: () => unknown, comment: string): Promise<void> {
  const wanted = expectation(comment);
  if (wanted?.kind === "throws") {
    let thrown: unknown;
    try {
      await run();
    } catch (error) {
      thrown = error;
    }
    expect(thrown, `expected to throw ${wanted.name}`).toBeInstanceOf(Error);
    expect(
      (thrown as Error).name === wanted.name || (thrown as Error).constructor.name === wanted.name,
      `threw ${String(thrown)}`,
    ).toBe(true);
    return;
  }
  const value = await run();
  if (process.env.DOC_EXAMPLES_SHOW) console.log(`${comment}\n  => ${shown(value)}`); // to write a comment from
  if (wanted === undefined) return;
  const found = mismatch(wanted.pattern, value);
  if (found !== undefined) throw new Error(`not what // ${comment} says: ${found}`);
}

const fixtures = () => {
  const salon = api.loadModel(path.join(root, "data/salon"));
  return { salon, pq: api.loadModel(path.join(root, "data/pq")), haircut: api.productById(salon, "haircut") };
};

/** Where the examples that write files write: one fresh directory under the system's temporary one. */
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "doc-examples-"));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

async function runExample(example: string): Promise<void> {
  const scope: Record<string, unknown> = { ...api, ...fixtures(), outDir, check };
  const names = Object.keys(scope);
  const body = `return (async () => {\n${script(example)}\n})();`;
  try {
    await new Function(...names, body)(...names.map((name) => scope[name]));
  } finally {
    api.setDefaultLocale("en"); // an example that sets the session's locale sets it for itself only
  }
}

describe("doc examples", () => {
  const examples = publicExamples();

  it("every public value has a worked example", () => {
    const without = [...examples]
      .filter(([, texts]) => texts.length === 0)
      .map(([name]) => name)
      .sort();
    expect(without).toEqual([]);
  }, 120_000);

  it("fails an example whose value is not what its comment says", async () => {
    await expect(runExample('money("1"); // 2 RUB')).rejects.toThrow();
    await expect(runExample('ratio(money(110), money(100)).toString(); // "1.2"')).rejects.toThrow();
    await expect(runExample('money("1"); // throws ArgumentError')).rejects.toThrow();
    await expect(runExample("[money(1), money(2)]; // [1 RUB, 3 RUB]")).rejects.toThrow();
    await expect(runExample("({ a: 1, b: 2 }); // { a: 1 }")).rejects.toThrow();
    await expect(runExample('"Right: ₽4.00."; // "Wrong: …"')).rejects.toThrow();
    await expect(runExample("[1, 2];\n// [1, 3]")).rejects.toThrow();
    await expect(runExample("1; // -… a value the harness cannot read")).rejects.toThrow();
    await runExample('money("1"); // 1 RUB: prose after the value');
    await runExample('[money(1), money("2.50")]; // [1 RUB, 2.5 RUB]');
    await runExample('({ a: 1, b: [1, 2, 3], c: "x" }); // { a: 1, b: [1, ...], ... }');
    await runExample('"Right: ₽4.00, well done."; // "Right: …, well done." (prose)');
    await runExample("[1, 2];\n// [1,\n//  2]");
    await runExample("2 / 3; // 0.666…");
    await runExample("Math.max(\n  1,\n  [2][0],\n); // 2: a statement over lines");
    await expect(runExample("Math.max(\n  1,\n  [2][0],\n); // 1")).rejects.toThrow();
  });

  it.each([...examples.keys()])("%s: its example runs and shows what it says", { timeout: 60_000 }, async (name) => {
    for (const text of examples.get(name)!) await runExample(text);
  });
});
