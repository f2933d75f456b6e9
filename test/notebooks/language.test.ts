/**
 * A chapter run with a what-if parameter in the reader's language. (The digest's numbers are checked on
 * the default run of every chapter, in execute.test.ts.)
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { executeNotebookFile } from "../../src/runtime/execute/execute-notebook";
import { describeFailure } from "../../src/runtime/execute/report";
import { notebookText } from "../../src/runtime/notebook/text";
import { KERNEL_TEST_TIMEOUT } from "../runtime/helpers";

const NOTEBOOKS = join(__dirname, "..", "..", "notebooks");

describe("a chapter in the reader's language", () => {
  it("04 with -p locale=ru shows the plan with Russian labels and numbers", async () => {
    const run = await executeNotebookFile(join(NOTEBOOKS, "04-mix-and-political-mix.ipynb"), { parameters: { locale: "ru" } });
    if (run.failure) throw new Error(describeFailure("04-mix-and-political-mix", run.failure));
    const text = notebookText(run.notebook);
    expect(text).toContain("Проход (T)");
    // Intl puts no-break spaces between the digits' groups and before % and ₽.
    expect(text).toContain("Карта боя: план по рейтингу");
    expect(text).toContain("самый загруженный ресурс, «Stylists' chair time», занят на 92\u00a0%");
    expect(text).not.toContain("The battle map");
    expect(text).toContain("11\u00a0955,00\u00a0₽");
  }, KERNEL_TEST_TIMEOUT * 3);

  it("08 and 09 in Russian: the library's sentences and tables, no English frame words", async () => {
    const ru = join(NOTEBOOKS, "ru");
    const texts: Record<string, string> = {};
    for (const name of ["08-several-constraints", "09-your-own-data"]) {
      const run = await executeNotebookFile(join(ru, `${name}.ipynb`));
      if (run.failure) throw new Error(describeFailure(name, run.failure));
      texts[name] = notebookText(run.notebook);
    }
    const ch08 = texts["08-several-constraints"]!;
    expect(ch08).toMatch(/Product P в варианте: 24 мин на единицу на ресурсе «Resource D» вместо 15 мин \(×1,6\)\./);
    expect(ch08).toContain("План учёта затрат (по марже на единицу)");
    expect(ch08).not.toMatch(/Product id|Resource id|Time per unit|margin —/);
    const ch09 = texts["09-your-own-data"]!;
    expect(ch09).toMatch(/цена 10,00\s₽ → 12,00\s₽ в копии \(\+2,00\s₽\)/);
    expect(ch09).toContain("Haircut: записано «10,00», прочитано точно как 10.");
    expect(ch09).toMatch(/Файл\s+Строка\s+Столбец\s+Значение\s+Ошибка\s+Ожидалось/);
    expect(ch09).toContain("Не удалось загрузить модель из");
    expect(ch09).toContain("файл sales.csv, строка 2, столбец «quantity»: не число: указано «ten»");
    expect(ch09).not.toMatch(/\b(File|Row|Column|Expected|Problem|not a number|unknown product|missing column|in the copy|read exactly)\b/);
  }, KERNEL_TEST_TIMEOUT * 4);
});
