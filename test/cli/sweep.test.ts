import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { sweep, tornado } from "../../src/core/sensitivity";
import { loadModel } from "../../src/load";

const T = 180_000;
const root = path.join(__dirname, "../..");
const cli = path.join(root, "dist/cli/main.js");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ta-cli-sweep-"));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
});

describe("throughput-accounting sweep", () => {
  it(
    "prints T, OE, NP and the CCR at each value of a range, and marks where the CCR and the plan change",
    () => {
      const result = run("sweep", "data/salon", "--input", "capacity:stylists=80..120/10");
      expect(result.code).toBe(0);
      const lines = result.stdout.split("\n");
      expect(lines.find((line) => /^\s+100\s/.test(line))).toMatch(/₽11,915\.00\s+—\s+CCR changed, plan changed$/);
      expect(lines.filter((line) => /^\s+(80|90|100|110|120)\s/.test(line))).toHaveLength(5);
    },
    T,
  );

  it(
    "--json gives the library's sweep, money as decimal strings; --locale ru changes only the text",
    () => {
      const json = JSON.parse(
        run("sweep", "data/pq", "--input", "price:P=80,90", "--input", "capacity:B=2400,3000", "--json").stdout,
      );
      const library = sweep(
        loadModel("data/pq", { onWarning: () => {} }),
        [
          { kind: "price", productId: "P" },
          { kind: "capacity", resourceId: "B" },
        ],
        [
          [80, 90],
          [2400, 3000],
        ],
      );
      expect(json.rows.map((row: { netProfit: string }) => row.netProfit)).toEqual(
        library.rows.map((row) => row.netProfit.amount.toFixed(2)),
      );
      expect(json.rows[1]).toMatchObject({
        values: { "price:P": "80", "capacity:B": "3000" },
        constraint: null,
        constraintChanged: true,
      });
      expect(
        JSON.parse(run("sweep", "data/pq", "--input", "price:P=80,90", "--json", "--locale", "ru").stdout).rows,
      ).toHaveLength(2);
      expect(run("sweep", "data/pq", "--input", "price:P=80", "--locale", "ru").stdout).toMatch(/ЧП\s+РОМ/);
    },
    T,
  );

  it(
    "--xlsx writes the sweep workbook (and the NP table for two inputs), in the --locale's language",
    async () => {
      const file = path.join(folder, "sweep.xlsx");
      const result = run(
        "sweep",
        "data/pq",
        "--input",
        "price:P=80,90",
        "--input",
        "capacity:B=2400,3000",
        "--locale",
        "ru",
        "--xlsx",
        file,
        "--json",
      );
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(`wrote ${file}\n`);
      JSON.parse(result.stdout);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      expect(workbook.worksheets.map((sheet) => sheet.name).slice(0, 3)).toEqual(["что если", "таблица ЧП", "модель"]);
    },
    T,
  );

  it(
    "refuses a bad input clearly: an unknown product, a value that is not a number, no --input",
    () => {
      const unknown = run("sweep", "data/pq", "--input", "price:X=1");
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('no product "X" in the model (it has: P, Q)');
      const notNumber = run("sweep", "data/pq", "--input", "price:P=1..a/2");
      expect(notNumber.code).toBe(2);
      expect(notNumber.stderr).toContain('"1..a/2" is not a number');
      expect(run("sweep", "data/pq").stderr).toContain("give --input");
      expect(run("sweep", "data/pq", "--input", "speed:B=1").stderr).toContain("expected price:<product>");
      const negative = run("sweep", "data/pq", "--input", "capacity:B=-5");
      expect(negative.code).toBe(1);
      expect(negative.stderr).toContain("cannot be negative");
    },
    T,
  );
});

describe("throughput-accounting tornado", () => {
  it(
    "NP at both ends of each input, sorted by the swing, as the library's tornado; --xlsx writes it with ΔNP by formula",
    async () => {
      const model = loadModel("data/salon", { onWarning: () => {} });
      const library = tornado(model, [
        { kind: "price", productId: "lady-classic" },
        { input: { kind: "capacity", resourceId: "stylists" }, low: 80, high: 120 },
      ]);
      const file = path.join(folder, "tornado.xlsx");
      const result = run(
        "tornado",
        "data/salon",
        "--input",
        "price:lady-classic",
        "--input",
        "capacity:stylists=80..120",
        "--json",
        "--xlsx",
        file,
        "--locale",
        "ru",
      );
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout);
      expect(json.bars.map((bar: { name: string; swing: string }) => [bar.name, bar.swing])).toEqual(
        library.bars.map((bar) => [bar.name, bar.swing.amount.toFixed(2)]),
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.getWorksheet("чувствительность ЧП")!;
      expect(sheet.getCell("A4").value).toBe(library.bars[0]!.name);
      expect(sheet.getCell("I4").formula).toBe("ABS(H4-G4)");
      expect((sheet.getCell("I4").value as { result: number }).result).toBe(
        Number(library.bars[0]!.swing.amount.toString()),
      );
      expect(run("tornado", "data/salon", "--input", "price:lady-classic", "--locale", "ru").stdout).toMatch(/размах/);
      expect(run("tornado", "data/salon", "--input", "capacity:stylists=80").stderr).toContain("low..high");
    },
    T,
  );
});
