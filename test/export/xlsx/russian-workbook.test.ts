import { beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { defineModel } from "../../../src/core/model/define-model";
import type { Money } from "../../../src/core/money/money";
import { rankProducts, type TimeSpan } from "../../../src/core/constraints/ranking";
import { rankingMix } from "../../../src/core/constraints/ranking-mix";
import { politicalMix } from "../../../src/core/constraints/political-mix";
import { reportByPeriod, throughputReport } from "../../../src/core/throughput/report";
import { getDefaultLocale, setDefaultLocale } from "../../../src/i18n/locale";
import { loadModel } from "../../../src/load";
import { loadWorkbookModel } from "../../../src/load/sources/xlsx-load";
import { writeReportWorkbook } from "../../../src/export/xlsx/report-workbook";
import { recalculateWithLibreOffice } from "./libreoffice";

const quiet = { onWarning: () => {} };
const PER_6_MIN: TimeSpan = { amount: 6, unit: "minute" };
const salon = loadModel("data/salon", quiet);
// Digest §5: demand +30 % and 30 blow-dries kept for the regulars: a political mix with a price.
const busy = defineModel({
  ...salon,
  name: "busy salon",
  demand: salon.demand.map((row) => ({
    ...row,
    quantity: Math.round(row.quantity * 1.3),
    ...(row.productId === "blow-dry" ? { minimum: 30 } : {}),
  })),
});
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ta-export-ru-"));
const file = (name: string) => path.join(folder, name);

async function open(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(name);
  return workbook;
}

function valueAt(workbook: ExcelJS.Workbook, sheet: string, address: string): unknown {
  const cell = workbook.getWorksheet(sheet)!.getCell(address);
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

function expectKopeck(workbook: ExcelJS.Workbook, sheet: string, address: string, expected: Money): void {
  const value = valueAt(workbook, sheet, address);
  expect(typeof value, `${sheet}!${address}`).toBe("number");
  expect(
    Math.abs((value as number) - Number(expected.amount.toString())),
    `${sheet}!${address} = ${value}, the library says ${expected.amount}`,
  ).toBeLessThan(0.005);
}

let recalculated: ExcelJS.Workbook;
let recalculatedBusy: ExcelJS.Workbook;
let savedByLibreOffice: string;

beforeAll(async () => {
  await writeReportWorkbook(file("салон.xlsx"), salon, { per: PER_6_MIN, locale: "ru" });
  await writeReportWorkbook(file("busy.xlsx"), busy, { locale: "ru" });
  // Every cached value removed: only LibreOffice's arithmetic over the Russian sheet names can give values.
  const bare = async (source: string, target: string) => {
    const workbook = await open(source);
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula)
            cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
        }),
      );
    await workbook.xlsx.writeFile(target);
    return target;
  };
  const files = await recalculateWithLibreOffice([
    await bare(file("салон.xlsx"), file("salon-bare.xlsx")),
    await bare(file("busy.xlsx"), file("busy-bare.xlsx")),
  ]);
  savedByLibreOffice = files[0]!;
  [recalculated, recalculatedBusy] = (await Promise.all(files.map(open))) as [ExcelJS.Workbook, ExcelJS.Workbook];
}, 600_000);

describe("a workbook in Russian (locale ru)", () => {
  it("names its sheets, headers and totals in Russian, with the Russian money and percent formats", async () => {
    const workbook = await open(file("салон.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "отчёт",
      "рейтинг",
      "карта боя",
      "политический ассортимент",
      "оптимальный ассортимент",
      "модель",
      "продукты",
      "переменные расходы",
      "продажи",
      "операционные расходы",
      "ресурсы",
      "использование",
      "спрос",
    ]);
    expect(workbook.getWorksheet("отчёт")!.getRow(1).values).toEqual([
      undefined,
      "период",
      "выручка",
      "TVC",
      "T = выручка − TVC",
      "ОЕ",
      "ЧП = T − ОЕ",
    ]);
    expect(valueAt(workbook, "рейтинг", "J1")).toBe("T на 6 мин stylists");
    expect(valueAt(workbook, "продукты", "A1")).toBe("ид");
    expect(workbook.getWorksheet("рейтинг")!.getCell("H2").numFmt).toBe('#,##0.00 "₽";-#,##0.00 "₽"');
    expect(workbook.getWorksheet("карта боя")!.getCell("I2").numFmt).toBe("0.0 %");
    const reports = reportByPeriod(salon);
    expect(valueAt(workbook, "отчёт", `A${reports.length + 2}`)).toBe("итого");
    // Whole quantities without the decimal point Excel would show for "#,##0.####" (40, not "40.").
    expect(valueAt(workbook, "карта боя", "F2")).toBe(40);
    expect(workbook.getWorksheet("карта боя")!.getCell("F2").numFmt).toBe("#,##0");
    // English stays the default, with the sign before the amount as the library writes it.
    await writeReportWorkbook(file("salon-en.xlsx"), salon, { sheets: ["ranking"] });
    const english = await open(file("salon-en.xlsx"));
    expect(english.worksheets[0]!.name).toBe("ranking");
    expect(english.getWorksheet("ranking")!.getCell("H2").numFmt).toBe('"₽"#,##0.00;-"₽"#,##0.00');
  });

  it("follows the session's locale when none is given (a Russian notebook's setDefaultLocale)", async () => {
    const previous = getDefaultLocale();
    setDefaultLocale("ru");
    try {
      await writeReportWorkbook(file("session.xlsx"), salon, { sheets: ["battle map"] });
    } finally {
      setDefaultLocale(previous);
    }
    expect((await open(file("session.xlsx"))).worksheets.map((sheet) => sheet.name).slice(0, 2)).toEqual([
      "рейтинг",
      "карта боя",
    ]);
  });

  it("recalculated by LibreOffice from its formulas alone (over the Russian sheet names), equals the library to the kopeck", () => {
    const reports = [...reportByPeriod(salon), throughputReport(salon)];
    reports.forEach((report, index) => {
      expectKopeck(recalculated, "отчёт", `D${index + 2}`, report.throughput);
      expectKopeck(recalculated, "отчёт", `F${index + 2}`, report.netProfit);
    });
    rankProducts(salon, { per: PER_6_MIN }).rows.forEach((row, index) => {
      expectKopeck(recalculated, "рейтинг", `G${index + 2}`, row.tvcPerUnit);
      expectKopeck(recalculated, "рейтинг", `H${index + 2}`, row.throughputPerUnit);
      if (row.throughputPerConstraintTime)
        expectKopeck(recalculated, "рейтинг", `J${index + 2}`, row.throughputPerConstraintTime);
      else expect(valueAt(recalculated, "рейтинг", `J${index + 2}`)).toBe("не занимает РОМ");
    });
    const plan = rankingMix(salon);
    plan.lines.forEach((line, index) => expectKopeck(recalculated, "карта боя", `G${index + 2}`, line.throughput));
    expectKopeck(recalculated, "карта боя", `H${plan.lines.length + 4}`, plan.throughput);
    const political = politicalMix(busy);
    const last = political.political.lines.length + 1;
    expectKopeck(recalculatedBusy, "политический ассортимент", `G${last + 4}`, political.throughputLost);
    expect(valueAt(recalculatedBusy, "политический ассортимент", `A${last + 4}`)).toBe(
      "цена политического ассортимента: потеря T (и ЧП) за период",
    );
  });

  it("reads back as the same model, as written and after LibreOffice saved it", async () => {
    const json = (value: unknown) => JSON.parse(JSON.stringify(value));
    const warnings: unknown[] = [];
    expect(
      json(await loadWorkbookModel(file("салон.xlsx"), { onWarning: (warning) => warnings.push(warning) })),
    ).toEqual(json(salon));
    expect(warnings).toEqual([]);
    expect(json(await loadWorkbookModel(savedByLibreOffice, quiet))).toEqual(json(salon));
  });

  it("writes no demand limit as «без ограничений», which reads back as unlimited", async () => {
    // (Only products that take chair time can be unlimited: retail sales use no resource.)
    const timed = new Set(salon.usages.map((usage) => usage.productId));
    const unlimited = defineModel({
      ...salon,
      demand: salon.demand
        .filter((row) => timed.has(row.productId))
        .map((row) => ({ productId: row.productId, quantity: Infinity })),
    });
    await writeReportWorkbook(file("unlimited.xlsx"), unlimited, { sheets: ["battle map"], locale: "ru" });
    expect(valueAt(await open(file("unlimited.xlsx")), "спрос", "B2")).toBe("без ограничений");
    expect(
      (await loadWorkbookModel(file("unlimited.xlsx"), quiet)).demand.every((row) => row.quantity === Infinity),
    ).toBe(true);
  });
});
