import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

// Each test starts the CLI several times; on a loaded machine a start takes seconds.
const T = 180_000;

// The built CLI, as `npx throughput-accounting` runs it (npm test builds first): this also checks that the
// compiled package loads exceljs when a workbook is written or read.
const root = path.join(__dirname, "../..");
const cli = path.join(root, "dist/cli/main.js");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ta-cli-xlsx-"));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function sheetsOf(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => sheet.name);
}

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
});

describe("--xlsx <file>", () => {
  it(
    "rank writes the ranking and the model's sheets, says so on stderr, and leaves --json clean",
    async () => {
      const file = path.join(folder, "rank.xlsx");
      const result = run("rank", "data/salon", "--per", "6min", "--json", "--xlsx", file);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).rows[1].product).toBe("lady-classic");
      expect(result.stderr).toBe(`wrote ${file}\n`);
      expect(await sheetsOf(file)).toEqual([
        "ranking",
        "model",
        "products",
        "tvc",
        "sales",
        "operating_expenses",
        "resources",
        "usage",
        "demand",
      ]);
    },
    T,
  );

  it(
    "--locale ru writes the workbook in Russian, and the commands read it back as the same model",
    async () => {
      const file = path.join(folder, "mix-ru.xlsx");
      const result = run("mix", "data/pq", "--locale", "ru", "--xlsx", file);
      expect(result.code).toBe(0);
      expect(await sheetsOf(file)).toEqual([
        "рейтинг",
        "карта боя",
        "политический ассортимент",
        "модель",
        "продукты",
        "переменные расходы",
        "операционные расходы",
        "ресурсы",
        "использование",
        "спрос",
      ]);
      expect(JSON.parse(run("mix", file, "--json").stdout)).toEqual(JSON.parse(run("mix", "data/pq", "--json").stdout));
    },
    T,
  );

  it(
    "mix --method optimal writes the ranking, the battle map, the political mix and the optimal mix",
    async () => {
      const file = path.join(folder, "mix.xlsx");
      expect(run("mix", "data/pq", "--method", "optimal", "--xlsx", file).code).toBe(0);
      expect((await sheetsOf(file)).slice(0, 4)).toEqual(["ranking", "battle map", "political mix", "optimal mix"]);
      const report = path.join(folder, "report.xlsx");
      expect(run("report", "data/salon", "--xlsx", report).code).toBe(0);
      expect((await sheetsOf(report))[0]).toBe("report");
    },
    T,
  );

  it(
    "the commands read a workbook as the model, and give the same results as from the CSV folder",
    () => {
      const file = path.join(folder, "salon-model.xlsx");
      expect(run("report", "data/salon", "--xlsx", file).code).toBe(0);
      for (const command of [["report"], ["rank", "--per", "6min"], ["mix"]]) {
        const fromCsv = run(command[0]!, "data/salon", ...command.slice(1), "--json");
        const fromXlsx = run(command[0]!, file, ...command.slice(1), "--json");
        expect(fromXlsx.code).toBe(0);
        expect(fromXlsx.stderr).toBe("");
        expect({ ...JSON.parse(fromXlsx.stdout), model: "" }).toEqual({ ...JSON.parse(fromCsv.stdout), model: "" });
      }
    },
    T,
  );

  it(
    "a file that cannot be written is an input error; --fast (a no-op now) still writes the workbook",
    () => {
      const blocked = path.join(folder, "not-a-folder");
      fs.writeFileSync(blocked, "");
      const result = run("rank", "data/salon", "--xlsx", path.join(blocked, "x.xlsx"));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("cannot write");
      const fast = run("mix", "data/salon", "--fast", "--xlsx", path.join(folder, "f.xlsx"));
      expect(fast.code).toBe(0);
      expect(fast.stderr).toContain("--fast is no longer needed");
      expect(fs.existsSync(path.join(folder, "f.xlsx"))).toBe(true);
    },
    T,
  );

  it(
    "a workbook with a bad cell names the sheet and cell",
    () => {
      const broken = path.join(folder, "broken.xlsx");
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("products").addRows([
        ["id", "type", "price"],
        ["haircut", "service", "ten"],
      ]);
      return workbook.xlsx.writeFile(broken).then(() => {
        const result = run("rank", broken);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('broken.xlsx, products!C2, column "price": not a number: found "ten"');
      });
    },
    T,
  );
});
