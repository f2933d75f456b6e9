/**
 * The what-ifs a trainer tries in front of a room (issue 9): after each, no sentence of the chapter may
 * still state the bundled conclusion, and the library's own verdict for the changed input is shown — in
 * both editions.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { executeNotebookFile } from "../../src/runtime/execute/execute-notebook";
import { describeFailure } from "../../src/runtime/execute/report";
import { notebookText } from "../../src/runtime/notebook/text";
import { KERNEL_TEST_TIMEOUT } from "../runtime/helpers";

const NOTEBOOKS = join(__dirname, "..", "..", "notebooks");

interface WhatIf {
  readonly chapter: string;
  readonly parameters: Record<string, unknown>;
  /** Sentences that must be there, by edition. */
  readonly says: { readonly en: readonly string[]; readonly ru: readonly string[] };
  /** Bundled figures and conclusions that the changed input makes false. */
  readonly never: readonly string[];
}

const WHAT_IFS: readonly WhatIf[] = [
  {
    chapter: "06-hall-special-order",
    parameters: { specialPrice: 20 },
    says: { en: ["₽20.00 − ₽1.00 = ₽19.00", "ΔNP = +₽19.00"], ru: ["20,00 ₽ − 1,00 ₽ = 19,00 ₽", "ΔЧП = +19,00 ₽"] },
    never: ["10 − 1 = +9", "= +₽9.00", "= +9,00 ₽", "The market price is 5 times", "в 5 раз ниже"],
  },
  {
    chapter: "07-expert-sales",
    parameters: { expertHours: 300 },
    says: { en: ["No resource is overloaded", "not worth it"], ru: ["Ни один ресурс не перегружен", "невыгодно"] },
    never: ["still the constraint", "по-прежнему ограничение", ": worth it", ": выгодно"],
  },
  {
    // 18 minutes of P on D, as in Goldratt's variant read with 15 × 1.2.
    chapter: "08-several-constraints",
    parameters: { variantFactor: 1.2 },
    says: { en: ["The ranking plan is already optimal"], ru: [] },
    never: ["The ranking plan loses money", "both to the full", "misses the best mix here. The ranking plan brings T $6"],
  },
];

describe.each(WHAT_IFS.map((w) => [w.chapter, w] as [string, WhatIf]))("%s after its what-if", (_chapter, whatIf) => {
  it.each([["en", ""], ["ru", "ru"]] as const)(
    "the %s edition says what the changed input gives, and nothing it contradicts",
    async (locale, folder) => {
      const run = await executeNotebookFile(join(NOTEBOOKS, folder, `${whatIf.chapter}.ipynb`), { parameters: whatIf.parameters });
      expect(run.failure ? describeFailure(whatIf.chapter, run.failure) : "ok").toBe("ok");
      const text = notebookText(run.notebook).replace(/[\u00a0\u202f]/g, " ");
      expect(whatIf.says[locale].filter((sentence) => !text.includes(sentence))).toEqual([]);
      expect(whatIf.never.filter((sentence) => text.includes(sentence))).toEqual([]);
    },
    KERNEL_TEST_TIMEOUT * 3,
  );
});
