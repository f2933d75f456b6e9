/**
 * The worked example in each public doc comment, run. A line `expression; // value` checks the value:
 * an amount (`50 RUB`), a literal (`"1.1"`, `68.5`, `true`, `["a", "b"]`) or `throws Name`; words after
 * the value (`// 50 RUB: ten haircuts`) are prose. Other lines run as written, in order, so an example
 * can build what it shows. The example's free names are the public API and a few bundled models.
 */
import * as path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
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

const CHECK = /^(\s*)(?!const |let |await |import |return |if |for )([^;]+?);\s*\/\/\s*(.+)$/;

/** The example as a script: checked lines become calls of `check`. */
function script(example: string): string {
  const lines = example.split("\n").map((line) => {
    const match = CHECK.exec(line);
    if (match === null) return line;
    const [, indent, expression, expected] = match;
    return `${indent}await check(() => (${expression}), ${JSON.stringify(expected)});`;
  });
  return ts.transpile(lines.join("\n"), { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None });
}

/** What a `// …` comment after an expression says the value is, or undefined when it is prose only. */
function expectation(
  comment: string,
):
  { kind: "throws"; name: string } | { kind: "money"; text: string } | { kind: "literal"; value: unknown } | undefined {
  const thrown = /^throws (\w+)/.exec(comment);
  if (thrown) return { kind: "throws", name: thrown[1]! };
  const amount = /^(-?\d[\d.]*(?:e\d+)? [A-Z]{3})\b/.exec(comment);
  if (amount) return { kind: "money", text: amount[1]! };
  for (let end = comment.length; end > 0; end--) {
    const head = comment.slice(0, end).trim();
    if (!/^(["[\-\d]|true|false|null)/.test(head)) return undefined;
    try {
      return { kind: "literal", value: JSON.parse(head) };
    } catch {
      // a shorter prefix may be the literal, the rest prose
    }
  }
  return undefined;
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
  if (wanted === undefined) return;
  if (wanted.kind === "money") expect(api.isMoney(value) ? api.toText(value) : value, comment).toBe(wanted.text);
  else expect(value, comment).toEqual(wanted.value);
}

const fixtures = () => {
  const salon = api.loadModel(path.join(root, "data/salon"));
  return { salon, pq: api.loadModel(path.join(root, "data/pq")), haircut: api.productById(salon, "haircut") };
};

async function runExample(example: string): Promise<void> {
  const scope: Record<string, unknown> = { ...api, ...fixtures(), check };
  const names = Object.keys(scope);
  const body = `return (async () => {\n${script(example)}\n})();`;
  await new Function(...names, body)(...names.map((name) => scope[name]));
}

// The public values whose examples run and hold (104 of 154). Growing this list is the point; a name leaves
// it only with its example fixed. The others' examples name values they do not build (`model`, `runs`),
// elide arguments (`{ ... }`), or write files (the workbook writers, kept out so a test run writes nothing).
const RUNNING = [
  "CurrencyMismatchError",
  "EXERCISES",
  "getDefaultLocale",
  "isMoney",
  "isNegative",
  "isPositive",
  "ISSUE_CODES",
  "isZero",
  "ModelError",
  "add",
  "advertisingChannel",
  "bestOnConstraint",
  "breakEven",
  "breakEvenFigure",
  "breakEvenThroughput",
  "breakEvenUnits",
  "compare",
  "convertTime",
  "costAccountingMix",
  "defineModel",
  "demandOf",
  "divide",
  "equals",
  "ExactDecimal",
  "explain",
  "explainBreakEven",
  "explainCostAccounting",
  "explainPoliticalMinimum",
  "explainPoliticalMix",
  "explainRanking",
  "explainResourceLoads",
  "explainRevenueMixes",
  "explainSpecialOrder",
  "explainThroughputPlan",
  "explainThroughputReport",
  "explanationHtml",
  "explanationText",
  "findConstraint",
  "formatIssue",
  "formatLoadIssue",
  "formatLoadWarning",
  "isCoreResult",
  "isExplanation",
  "isWorthIt",
  "largestThroughputPerUnit",
  "LoadError",
  "loadModel",
  "localized",
  "marginOfSafety",
  "mixPlanLoadFigure",
  "modelFromDataFrames",
  "modelFromRecords",
  "money",
  "multiply",
  "optimalSensitivity",
  "payFor",
  "politicalMix",
  "politicalMixFigure",
  "prepareModel",
  "productById",
  "projectDecision",
  "rankingFigure",
  "rankingMix",
  "rankingSensitivity",
  "rankProducts",
  "ratio",
  "resourceById",
  "resourceLoads",
  "revenuePlan",
  "round",
  "safeLoadModel",
  "safeLoadWorkbookModel",
  "safeModelFromDataFrames",
  "safeModelFromRecords",
  "subtract",
  "sum",
  "sweep",
  "sweepFigure",
  "sweepRecords",
  "tableHtml",
  "tableText",
  "TALK_COST_EXAMPLES",
  "throughputAccountingRatios",
  "throughputByPeriodFigure",
  "throughputOfRevenue",
  "throughputPerUnit",
  "throughputReport",
  "throughputWaterfallFigure",
  "toDecimal",
  "toNumber",
  "tornado",
  "toTables",
  "toText",
  "tvcBreakdown",
  "tvcPerUnit",
  "utilisationFigure",
  "whatIfHtml",
  "withCapacity",
  "withDemandScaled",
  "withInput",
  "withInputs",
  "withPoliticalMinimum",
  "worstOnConstraint",
  "zero",
];

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
    await runExample('money("1"); // 1 RUB: prose after the value');
  });

  it.each(RUNNING)("%s: its example runs and shows what it says", async (name) => {
    const texts = examples.get(name);
    expect(texts?.length, `${name} has an example`).toBeGreaterThan(0);
    for (const text of texts!) await runExample(text);
  });
});
