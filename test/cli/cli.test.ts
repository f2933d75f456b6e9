import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// The built CLI, as `npx throughput-accounting` runs it (npm test builds first).
const root = path.join(__dirname, "../..");
const cli = path.join(root, "dist/cli/main.js");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(...args: string[]) {
  const result = run(...args, "--json");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
});

describe("throughput-accounting mix", () => {
  it("--json gives the plan, T, OE, NP, every resource and the constraint for P&Q", () => {
    const out = json("mix", "data/pq");
    expect(out.plan).toEqual([
      { product: "P", quantity: 100 },
      { product: "Q", quantity: 30 },
    ]);
    expect([out.throughput, out.operatingExpense, out.netProfit]).toEqual([6300, 6000, 300]);
    expect(out.resources.map((r: { id: string; used: number; capacity: number }) => [r.id, r.used, r.capacity])).toEqual([
      ["A", 1800, 2400],
      ["B", 2400, 2400],
      ["C", 1650, 2400],
      ["D", 1650, 2400],
    ]);
    expect(out.constraint).toBe("B");
    expect(out.constraints).toEqual(["B"]);
    expect(out.feasible).toBe(true);
  });

  it("--method optimal reports a proven optimum, shadow prices and the ranking plan beside it", () => {
    const out = json("mix", "data/pq", "--method", "optimal");
    expect(out.netProfit).toBe(300);
    expect(out.solver).toMatchObject({ status: "optimal", proven: true, relativeGap: 0 });
    expect(out.shadowPrices.find((price: { resource: string }) => price.resource === "B").value).toBe(2);
    expect(out.ranking.netProfit).toBe(300);
  });

  it("--method margin shows what cost accounting would choose: 60 P + 50 Q, NP −300", () => {
    const out = json("mix", "data/pq", "--method", "margin");
    expect(out.plan.map((line: { quantity: number }) => line.quantity)).toEqual([60, 50]);
    expect(out.netProfit).toBe(-300);
  });

  it("omits OE and NP when the model has no OE, and prints a readable table by default", () => {
    const table = run("mix", "data/salon");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/lady-classic\s+32\s+32/);
    expect(table.stdout).toContain("92.0 %");
    const out = json("mix", "data/expert-sales/today");
    expect(out.constraint).toBe("expert");
    expect(out.plan).toEqual([{ product: "consulting-hour", quantity: 100 }]);
  });
});

describe("throughput-accounting mix --fast (now a no-op)", () => {
  it("says it is ignored and gives the plan of the one engine", () => {
    const full = json("mix", "data/salon");
    const result = run("mix", "data/salon", "--fast", "--json");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/--fast is no longer needed and is ignored/);
    expect(JSON.parse(result.stdout)).toEqual(full);
  });

  it("refuses what the loader refuses (a negative rent)", () => {
    const folder = mkdtempSync(join(tmpdir(), "ta-fast-"));
    cpSync("data/salon", folder, { recursive: true });
    writeFileSync(join(folder, "operating_expenses.csv"), "id,name,category,amount,period\nrent,Rent,rent,-20,\n");
    const result = run("mix", folder, "--fast");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/operating_expenses\.csv, row 2, column "amount"/);
  });
});

describe("throughput-accounting rank, resources, report", () => {
  it("rank --per 6min gives the talk's 17 against 13.93", () => {
    const out = json("rank", "data/salon", "--per", "6min");
    const byId = Object.fromEntries(out.rows.map((row: { product: string }) => [row.product, row]));
    expect(byId["lady-classic"].throughputPerConstraintTime).toBe(17);
    expect(byId["gold-star"].throughputPerConstraintTime).toBeCloseTo(13.93, 2);
    expect(out.rows[0].throughputPerConstraintTime).toBeNull();
  });

  it("resources names the CCR, or the market", () => {
    expect(json("resources", "data/pq").constraint).toEqual({ kind: "resource", resource: "B" });
    expect(json("resources", "data/salon").constraint).toEqual({ kind: "market", busiest: "stylists" });
  });

  it("report gives T, OE and NP per period", () => {
    const out = json("report", "data/salon");
    expect(out.periods.map((p: { netProfit: number }) => p.netProfit)).toEqual([0, 10, -50]);
  });
});

describe("help and bad input", () => {
  it.each(["report", "resources", "rank", "mix"])("%s --help prints its usage and exits 0", (command) => {
    const result = run(command, "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: throughput-accounting ${command}`);
  });

  it("--help alone lists the commands", () => {
    const result = run("--help");
    expect(result.code).toBe(0);
    for (const command of ["report", "resources", "rank", "mix"]) expect(result.stdout).toContain(command);
  });

  it.each([
    [["mix", "data/does-not-exist"], 1, /no such folder/],
    [["mix", "data/pq", "--resource", "Z"], 1, /no resource "Z"/],
    [["mix", "data/pq", "--method", "fastest"], 2, /--method must be one of/],
    [["mix", "data/pq", "--bogus"], 2, /Unknown option '--bogus'/],
    [["mix", "data/pq", "--method", "optimal", "--gap", "lots"], 2, /--gap must be a number ≥ 0, got "lots"/],
    [["mix", "data/pq", "--method", "optimal", "--gap=-1"], 2, /--gap must be a number ≥ 0/],
    [["rank", "data/pq", "--per", "soon"], 2, /--per must be a time/],
    [["mix"], 2, /missing the model folder/],
    [["frobnicate", "data/pq"], 2, /unknown command "frobnicate"/],
    [[], 2, /Usage:/],
  ])("%j exits %i with a clear message and no stack", (args, code, message) => {
    const result = run(...(args as string[]));
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message as RegExp);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  });

  it("political minimums that cannot fit make --method optimal fail clearly", async () => {
    const { mkdtempSync, cpSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const folder = mkdtempSync(path.join(tmpdir(), "pq-"));
    cpSync(path.join(root, "data/pq"), folder, { recursive: true });
    writeFileSync(path.join(folder, "demand.csv"), "product_id,quantity,minimum,maximum\nP,100,100,\nQ,50,50,\n");
    const result = run("mix", folder, "--method", "optimal");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no plan meets the political minimums.*B \(3000 of 2400\)/);
    const greedy = json("mix", folder);
    expect(greedy.feasible).toBe(false);
    expect(greedy.violations[0]).toMatchObject({ kind: "capacity", resourceId: "B" });
  });
});
