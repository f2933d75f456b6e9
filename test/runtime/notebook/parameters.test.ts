import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Notebook } from "../../../src/runtime/notebook/nbformat";
import { joinSource } from "../../../src/runtime/notebook/nbformat";
import {
  declaredParameters,
  describeInjectionError,
  injectedSource,
  injectParameters,
  parseParameterArg,
} from "../../../src/runtime/notebook/parameters";

const notebook = (minor = 5): Notebook => ({
  nbformat: 4,
  nbformat_minor: minor,
  metadata: {},
  cells: [
    { cell_type: "markdown", id: "intro", metadata: {}, source: "# Ranking" },
    {
      cell_type: "code",
      id: "params",
      metadata: { tags: ["parameters"] },
      source: ["let capacityHours = 100;\n", 'const currency: string = "RUB";'],
      outputs: [],
      execution_count: null,
    },
    { cell_type: "code", id: "use", metadata: {}, source: "capacityHours * 2", outputs: [], execution_count: null },
  ],
});

describe("-p name=value", () => {
  it("parses JSON values and falls back to the text", () => {
    expect(parseParameterArg("capacityHours=120")).toEqual({ success: true, name: "capacityHours", value: 120 });
    expect(parseParameterArg("rate=0.15")).toEqual({ success: true, name: "rate", value: 0.15 });
    expect(parseParameterArg("strict=false")).toEqual({ success: true, name: "strict", value: false });
    expect(parseParameterArg('products=["a","b"]')).toEqual({ success: true, name: "products", value: ["a", "b"] });
    expect(parseParameterArg("currency=USD")).toEqual({ success: true, name: "currency", value: "USD" });
    expect(parseParameterArg('label="a=b"')).toEqual({ success: true, name: "label", value: "a=b" });
    expect(parseParameterArg("empty=")).toEqual({ success: true, name: "empty", value: "" });
  });

  it("rejects a missing name, a non-identifier and infinite numbers", () => {
    expect(parseParameterArg("=5").success).toBe(false);
    expect(parseParameterArg("novalue").success).toBe(false);
    expect(parseParameterArg("capacity-hours=5")).toEqual({
      success: false,
      error: expect.stringContaining("identifier"),
    });
    expect(parseParameterArg("big=1e400")).toEqual({ success: false, error: expect.stringContaining("finite") });
  });
});

describe("the parameters cell", () => {
  it("finds top-level declarations with their kind, ignoring comments", () => {
    const source =
      "// defaults\nlet a = 1;\nconst b: string = 'x'; // note\nvar c=[1,2]\n/* let hidden = 1; */\n  let d: number | null = null;\nfoo = 3;";
    expect(declaredParameters(source)).toEqual({ a: "let", b: "const", c: "var", d: "let" });
  });

  it("assigns let/var parameters inside a block (no echo) and redeclares const ones", () => {
    expect(injectedSource({ capacityHours: 120, currency: "USD" }, { capacityHours: "let", currency: "const" })).toBe(
      '// Injected by the runner (-p): replaces the defaults above.\nconst currency = "USD";\n{\n  capacityHours = 120;\n}\n',
    );
  });

  it("writes every JSON value as a TypeScript literal that evaluates back to it", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const source = injectedSource({ p: value }, { p: "let" });
        const literal = /p = (.*);\n/.exec(source)![1];
        expect(new Function(`return (${literal});`)()).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe("injecting parameters", () => {
  it("inserts a tagged cell right after the parameters cell, leaving the input untouched", () => {
    const source = notebook();
    const before = structuredClone(source);
    const result = injectParameters(source, { capacityHours: 120 });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const cells = result.notebook.cells;
    expect(cells.map((c) => c.id)).toEqual(["intro", "params", "injected-parameters", "use"]);
    expect(cells[2]?.metadata.tags).toEqual(["injected-parameters"]);
    expect(joinSource(cells[2]!.source)).toContain("capacityHours = 120;");
    expect(result.injectedIndex).toBe(2);
    expect(source).toEqual(before);
  });

  it("replaces an injected cell left from an earlier run instead of stacking a second one", () => {
    const first = injectParameters(notebook(), { capacityHours: 120 });
    if (!first.success) throw new Error("first injection failed");
    const second = injectParameters(first.notebook, { capacityHours: 80 });
    if (!second.success) throw new Error("second injection failed");
    expect(second.notebook.cells).toHaveLength(4);
    expect(joinSource(second.notebook.cells[2]!.source)).toContain("capacityHours = 80;");
    expect(second.notebook.cells[2]?.id).toBe("injected-parameters");
  });

  it("gives the injected cell an id only where nbformat 4.5 requires ids", () => {
    const old = notebook(4);
    for (const c of old.cells) delete c.id;
    const result = injectParameters(old, { capacityHours: 1 });
    expect(result.success && result.notebook.cells[2]!.id).toBeUndefined();
  });

  it("is a no-op without parameters", () => {
    const source = notebook();
    expect(injectParameters(source, {})).toEqual({ success: true, notebook: source, injectedIndex: undefined });
  });

  it("refuses a name the parameters cell does not declare, naming what it does declare", () => {
    const result = injectParameters(notebook(), { capacityHour: 120, capacityHours: 1 });
    expect(result).toEqual({
      success: false,
      error: { kind: "unknown-parameters", names: ["capacityHour"], known: ["capacityHours", "currency"] },
    });
    if (!result.success)
      expect(describeInjectionError(result.error)).toBe(
        "unknown parameter capacityHour: the parameters cell declares capacityHours, currency",
      );
  });

  it("refuses parameters for a notebook without a parameters cell", () => {
    const source = notebook();
    source.cells[1]!.metadata = {};
    const result = injectParameters(source, { capacityHours: 1 });
    expect(result).toEqual({ success: false, error: { kind: "no-parameters-cell" } });
  });
});
