import { describe, expect, it } from "vitest";
import { parseArgs } from "../../../src/runtime/cli/args";
import { describeInjectionError } from "../../../src/runtime/notebook/parameters";

describe("the words of the runner's argument and parameter errors, pinned: rewording one is a visible decision", () => {
  it("says what is wrong with each bad argument", () => {
    const errors = [
      ["-p"],
      ["-p", "capacityHours"],
      ["-p", "capacity hours=1"],
      ["--grid", "capacityHours="],
      ["-p", "capacityHours=1e999"],
      ["--grid", "capacityHours=80,80"],
      ["--grid", "a=1,2", "--grid", "a=3"],
      ["-p", "a=1", "--grid", "a=1,2"],
      ["--timeout", "soon"],
      ["--out"],
      ["--frobnicate"],
      ["notes.txt"],
    ].map((argv) => {
      const parsed = parseArgs(argv);
      return `${argv.join(" ")}: ${parsed.success ? "accepted" : parsed.error}`;
    });
    expect(errors).toMatchInlineSnapshot(`
      [
        "-p: -p expects name=value",
        "-p capacityHours: -p expects name=value, got "capacityHours"",
        "-p capacity hours=1: -p "capacity hours": a parameter name must be a TypeScript identifier",
        "--grid capacityHours=: --grid capacityHours: value 1 is empty",
        "-p capacityHours=1e999: -p capacityHours: 1e999 is not a finite number",
        "--grid capacityHours=80,80: --grid capacityHours: 80 is listed twice",
        "--grid a=1,2 --grid a=3: --grid a is given twice: list all its values in one --grid",
        "-p a=1 --grid a=1,2: a is given both with -p and with --grid: keep one",
        "--timeout soon: --timeout expects a positive number of seconds, got "soon"",
        "--out: --out expects a folder",
        "--frobnicate: unknown option --frobnicate",
        "notes.txt: notes.txt is not a notebook (.ipynb)",
      ]
    `);
  });

  it("says why parameters cannot be injected", () => {
    expect([
      describeInjectionError({ kind: "no-parameters-cell" }),
      describeInjectionError({ kind: "unknown-parameters", names: ["x", "y"], known: [] }),
    ]).toMatchInlineSnapshot(`
      [
        "the notebook has no cell tagged "parameters", so -p has nothing to override",
        "unknown parameters x, y: the parameters cell declares nothing",
      ]
    `);
  });
});
