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
});
