import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
    // Money as decimal strings with the currency's two digits, so no reader parses an amount as a float.
    expect([out.throughput, out.operatingExpense, out.netProfit]).toEqual(["6300.00", "6000.00", "300.00"]);
    expect(
      out.resources.map((r: { id: string; used: number; capacity: number }) => [r.id, r.used, r.capacity]),
    ).toEqual([
      ["A", 1800, 2400],
      ["B", 2400, 2400],
      ["C", 1650, 2400],
      ["D", 1650, 2400],
    ]);
    expect(out.constraint).toBe("B");
    expect(out.constraints).toEqual(["B"]);
    expect(out.feasible).toBe(true);
    expect(out.resources[0].utilisation).toBe("0.7500");
    expect(out.lines.map((line: { cumulativeConstraintLoad: string }) => line.cumulativeConstraintLoad)).toEqual([
      "0.6250",
      "1.0000",
    ]);
  });

  it("--method optimal reports a proven optimum, shadow prices and the ranking plan beside it", () => {
    const out = json("mix", "data/pq", "--method", "optimal");
    expect(out.netProfit).toBe("300.00");
    expect(out.solver).toMatchObject({ status: "optimal", proven: true, relativeGap: 0 });
    expect(out.shadowPrices.find((price: { resource: string }) => price.resource === "B").value).toBe("2.00");
    expect(out.ranking.netProfit).toBe("300.00");
  });

  it("--method margin shows what cost accounting would choose: 60 P + 50 Q, NP −300", () => {
    const out = json("mix", "data/pq", "--method", "margin");
    expect(out.plan.map((line: { quantity: number }) => line.quantity)).toEqual([60, 50]);
    expect(out.netProfit).toBe("-300.00");
  });

  it("gives OE and NP as null when the model has no OE, and prints a readable table by default", () => {
    const table = run("mix", "data/salon");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/lady-classic\s+32\s+32/);
    expect(table.stdout).toContain("92%");
    const out = json("mix", "data/expert-sales/today");
    expect(out.constraint).toBe("expert");
    expect(out.plan).toEqual([{ product: "consulting-hour", quantity: 100 }]);
    const folder = mkdtempSync(path.join(tmpdir(), "pq-no-oe-"));
    cpSync(path.join(root, "data/pq"), folder, { recursive: true });
    rmSync(path.join(folder, "operating_expenses.csv"));
    const noOe = json("mix", folder);
    expect(noOe).toHaveProperty("operatingExpense", null);
    expect(noOe).toHaveProperty("netProfit", null);
    const report = json("report", folder);
    expect(report.total).toMatchObject({ operatingExpense: null, netProfit: null });
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

describe("no demand forecast", () => {
  it.each(["mix", "rank", "resources"])(
    "%s warns on stderr when products use resources but none has a demand row (the hall)",
    (command) => {
      const result = run(command, "data/hall-rental", "--json");
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(
        /warning: no product has a row in demand\.csv, so the plan sells nothing.*`unlimited`/,
      );
      JSON.parse(result.stdout);
    },
  );

  it("with demand `unlimited` the whole capacity goes to the best product: 90 evenings of the hall's 360 hours", async () => {
    const { mkdtempSync, cpSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const folder = mkdtempSync(path.join(tmpdir(), "hall-"));
    cpSync(path.join(root, "data/hall-rental"), folder, { recursive: true });
    writeFileSync(
      path.join(folder, "demand.csv"),
      "product_id,quantity\nhall-evening,unlimited\nhall-evening-special,unlimited\n",
    );
    const out = json("mix", folder);
    expect(out.plan).toEqual([
      { product: "hall-evening", quantity: 90 },
      { product: "hall-evening-special", quantity: 0 },
    ]);
    expect(out.constraint).toBe("hall");
  });
});

describe("throughput-accounting rank, resources, report", () => {
  it("rank --per 6min gives the talk's 17 against 13.93", () => {
    const out = json("rank", "data/salon", "--per", "6min");
    const byId = Object.fromEntries(out.rows.map((row: { product: string }) => [row.product, row]));
    expect(byId["lady-classic"].throughputPerConstraintTime).toBe("17.00");
    expect(byId["gold-star"].throughputPerConstraintTime).toBe("13.93");
    expect(out.rows[0].throughputPerConstraintTime).toBeNull();
    // Ratios and derived amounts as decimal strings with fixed digits, not floats nor 58-digit quotients.
    expect(byId["gold-star"].tpar).toMatch(/^\d+\.\d{4}$/);
    expect(out.costPerConstraintHour).toMatch(/^\d+\.\d{2}$/);
  });

  it("resources names the CCR, or the market", () => {
    expect(json("resources", "data/pq").constraint).toEqual({ kind: "resource-constraint", resource: "B" });
    expect(json("resources", "data/salon").constraint).toEqual({ kind: "market-constraint", busiest: "stylists" });
  });

  it("report gives T, OE and NP per period", () => {
    const out = json("report", "data/salon");
    expect(out.periods.map((p: { netProfit: string }) => p.netProfit)).toEqual(["0.00", "10.00", "-50.00"]);
  });
});

describe("decisions from a model folder plus parameters", () => {
  it("special-order: the hall at 10 instead of 50 brings T 9 an evening into idle capacity (accept, ΔNP 9)", () => {
    const out = json("special-order", "data/hall-rental", "--product", "hall-evening", "--price", "10");
    expect(out).toMatchObject({
      accept: true,
      throughputPerUnit: "9.00",
      deltaNetProfit: "9.00",
      deltaOperatingExpense: "0.00",
      capacityNeeded: 4,
      idleCapacity: 340,
    });
    expect(out.resource).toMatchObject({ id: "hall", unit: "hour", perUnit: 4, idle: 340 });
    const text = run("special-order", "data/hall-rental", "--product", "hall-evening", "--price", "10");
    expect(text.stdout).toContain("needs 4 h of hall, 340 idle in month-1");
    expect(text.stdout).toContain("Accept: ΔT = ΔNP = ₽9.00");
  });

  it("special-order: an order larger than the idle capacity, or below TVC, is rejected", () => {
    expect(
      json("special-order", "data/hall-rental", "--product", "hall-evening", "--price", "10", "--quantity", "90")
        .accept,
    ).toBe(false);
    const cheap = json("special-order", "data/hall-rental", "--product", "hall-evening", "--price", "0.5");
    expect(cheap.accept).toBe(false);
    expect(cheap.reasons[0]).toMatch(/does not cover TVC/);
  });

  it("special-order: asks for the period when sales have several, and names unknown products", () => {
    expect(run("special-order", "data/salon", "--product", "lady-classic").stderr).toMatch(
      /sales in 3 periods.*--period/,
    );
    expect(run("special-order", "data/hall-rental", "--product", "nope").stderr).toMatch(/no product "nope"/);
    expect(run("special-order", "data/hall-rental").stderr).toMatch(/missing --product/);
  });

  it("compare: an administrator for 10 a month with T up by 30 is accepted (ΔNP +20)", async () => {
    const { mkdtempSync, cpSync, appendFileSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const changed = mkdtempSync(path.join(tmpdir(), "salon-admin-"));
    cpSync(path.join(root, "data/salon"), changed, { recursive: true });
    appendFileSync(path.join(changed, "operating_expenses.csv"), "admin,Administrator,salaries,10,\n");
    // Six more haircuts at T 5 each: T +30 in month-1.
    writeFileSync(
      path.join(changed, "sales.csv"),
      "period,product_id,quantity,price\nmonth-1,haircut,16,\nmonth-2,haircut,10,\nmonth-3,haircut,10,\n",
    );
    const out = json("compare", "data/salon", "--with", changed, "--period", "month-1");
    expect(out).toMatchObject({
      deltaThroughput: "30.00",
      deltaOperatingExpense: "10.00",
      deltaNetProfit: "20.00",
      verdict: "accept",
    });
    expect(out.base.netProfit).toBe("0.00");
    expect(out.changed.netProfit).toBe("20.00");
    const text = run("compare", "data/salon", "--with", changed, "--period", "month-1", "--locale", "ru");
    expect(text.stdout).toContain("Принять: ΔT 30,00\u00a0₽ > ΔОЕ 10,00\u00a0₽");
    expect(run("compare", "data/salon").stderr).toMatch(/missing --with/);
  });
});

describe("text output for analysts", () => {
  it("--version prints the package's version", () => {
    const result = run("--version");
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version);
  });

  it("uses the library's one money format (symbol, thousands separators) and separators on quantities", () => {
    const table = run("mix", "data/pq");
    expect(table.stdout).toContain("$6,300.00");
    expect(table.stdout).not.toContain("USD 6,300.00");
    expect(table.stdout).toMatch(/B\s+2,400\s+2,400\s+min\s+100%/);
  });

  it("--locale ru prints Russian words from the labels and Russian number formats", () => {
    const table = run("mix", "data/pq", "--locale", "ru");
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("план по рейтингу (карта боя)");
    expect(table.stdout).toMatch(/продукт\s+штук\s+спрос/);
    expect(table.stdout).toContain("6\u00a0300,00\u00a0$");
    expect(table.stdout).toContain("2\u00a0400");
    const report = run("report", "data/salon", "--locale", "ru");
    expect(report.stdout).toMatch(/итого\s+300,00\u00a0₽/);
  });

  it("JSON does not change with --locale", () => {
    expect(json("mix", "data/pq", "--locale", "ru")).toEqual(json("mix", "data/pq"));
  });
});

describe("help and bad input", () => {
  it.each(["report", "resources", "rank", "mix", "compare", "special-order"])(
    "%s --help prints its usage and exits 0",
    (command) => {
      const result = run(command, "--help");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: throughput-accounting ${command}`);
    },
  );

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
    [["report", "data/pq", "--locale", "de"], 2, /--locale must be en or ru, got "de"/],
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
    expect(result.stderr).toMatch(/no plan meets the political minimums.*B \(3,000 of 2,400\)/);
    const greedy = json("mix", folder);
    expect(greedy.feasible).toBe(false);
    expect(greedy.violations[0]).toMatchObject({ kind: "capacity", resourceId: "B" });
  });

  it("--locale ru writes a load error in Russian, naming the same file, row, column and value", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "salon-ru-"));
    cpSync(path.join(root, "data/salon"), folder, { recursive: true });
    writeFileSync(path.join(folder, "sales.csv"), "period,product_id,quantity\nmonth-1,haircut,десять\n");
    const russian = run("report", folder, "--locale", "ru");
    expect(russian.code).toBe(1);
    expect(russian.stderr).toContain("Не удалось загрузить модель из");
    expect(russian.stderr).toContain(
      "файл sales.csv, строка 2, столбец «quantity»: не число: указано «десять», ожидалось: число, например 68,50",
    );
    const english = run("report", folder);
    expect(english.stderr).toContain('sales.csv, row 2, column "quantity": not a number: found "десять"');
  });
});
