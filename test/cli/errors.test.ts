import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/errors";

// The built CLI, as `npx throughput-accounting` runs it (npm test builds first).
const root = path.join(__dirname, "../..");
const cli = path.join(root, "dist/cli/main.js");

/** The exit code and the error line a call prints (the usage that follows a usage error left out). */
function refused(line: string): string {
  const result = spawnSync(process.execPath, [cli, ...line.split(" ")], { cwd: root, encoding: "utf8" });
  return `${result.status} ${line}: ${result.stderr.split("\n")[0]}`;
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
});

describe("the words of the command line's errors, pinned: rewording one is a visible decision", () => {
  it("usage errors exit 2, bad input exits 1, each with one line saying what was wrong", () => {
    expect(EXIT).toEqual({ ok: 0, input: 1, usage: 2, internal: 3 });
    expect(
      [
        "frobnicate data/pq",
        "mix",
        "mix data/pq --bogus",
        "mix data/pq --method fastest",
        "mix data/pq --gap 0.1",
        "mix data/pq --locale de",
        "mix no/such/folder",
        "rank data/salon --per 6parsecs",
        "rank data/salon --resource chairs",
        "report data/salon --period month-9",
        "special-order data/salon",
        "special-order data/salon --product haircut --quantity=0",
        "special-order data/salon --product haircut --quantity 1 --price ten",
        "compare data/salon",
        "sweep data/salon",
        "sweep data/salon --input capacity:chairs=80..120/10",
        "sweep data/salon --input capacity:stylists=80,x",
        "tornado data/salon",
        "tornado data/salon --input price:haircut --percent lots",
      ].map(refused),
    ).toMatchInlineSnapshot(`
      [
        "2 frobnicate data/pq: error: unknown command "frobnicate"",
        "2 mix: error: missing the model folder",
        "2 mix data/pq --bogus: error: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--bogus"",
        "2 mix data/pq --method fastest: error: --method must be one of greedy, optimal, margin, absorption, got "fastest"",
        "2 mix data/pq --gap 0.1: error: --gap, --time-limit and --continuous apply to --method optimal only",
        "2 mix data/pq --locale de: error: --locale must be en or ru, got "de"",
        "1 mix no/such/folder: error: Could not load the model in no/such/folder: 1 problem.",
        "2 rank data/salon --per 6parsecs: error: --per must be a time such as 1h, 6min or 90m, got "6parsecs"",
        "1 rank data/salon --resource chairs: error: no resource "chairs" in the model (it has: stylists)",
        "1 report data/salon --period month-9: error: unknown period "month-9"; the model's periods are month-1, month-2, month-3 (from sales.csv and operating_expenses.csv)",
        "2 special-order data/salon: error: missing --product <id>: the product ordered",
        "2 special-order data/salon --product haircut --quantity=0: error: --quantity must be a number > 0, got "0"",
        "2 special-order data/salon --product haircut --quantity 1 --price ten: error: --price must be an amount such as 10 or 10.50, got "ten"",
        "2 compare data/salon: error: missing --with <changed-folder>: the scenario to compare the base with",
        "2 sweep data/salon: error: give --input <input>=<values> once, or twice for a two-way table",
        "1 sweep data/salon --input capacity:chairs=80..120/10: error: --input capacity:chairs: no resource "chairs" in the model (it has: stylists)",
        "2 sweep data/salon --input capacity:stylists=80,x: error: "x" is not a number (values are written 80,90,100 or 80..120/10)",
        "2 tornado data/salon: error: give at least one --input <input>",
        "2 tornado data/salon --input price:haircut --percent lots: error: --percent must be a number, got "lots"",
      ]
    `);
  }, 120_000);
});
