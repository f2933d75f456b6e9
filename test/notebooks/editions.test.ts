/**
 * The Russian edition (notebooks/ru/) is the English workbook with Russian prose: the same chapters, the
 * same cells in the same order, and the same code, except that its parameters cell says `locale = "ru"`
 * and reaches the bundled data from one folder deeper. Any other difference in code fails here, so the two
 * editions cannot drift apart.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { listNotebooks } from "../../src/runtime/notebook/discover";
import { joinSource, tagsOf, type Notebook } from "../../src/runtime/notebook/nbformat";

const EN = join(__dirname, "..", "..", "notebooks");
const RU = join(EN, "ru");
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Notebook;
const CYRILLIC = /[а-яё]/i;

/** The ru parameters cell as the English one reads: the locale, and paths one folder less deep. */
function asEnglish(source: string): string {
  return source.replace(/^let locale = "ru";/m, 'let locale = "en";').replace(/"\.\.\/\.\.\//g, '"../');
}

describe("the Russian edition", () => {
  const chapters = listNotebooks(EN).map((path) => basename(path));

  it("has every chapter of the English one, and no other", () => {
    expect(listNotebooks(RU).map((path) => basename(path))).toEqual(chapters);
  });

  it.each(chapters)("%s: the same code as the English chapter, with locale = \"ru\"", (chapter) => {
    expect(existsSync(join(RU, chapter))).toBe(true);
    const en = read(join(EN, chapter)).cells;
    const ru = read(join(RU, chapter)).cells;
    expect(ru.map((c) => c.cell_type)).toEqual(en.map((c) => c.cell_type));
    const differences = en.flatMap((cell, i) => {
      if (cell.cell_type !== "code") return [];
      const theirs = joinSource(ru[i]!.source);
      const parameters = tagsOf(cell).includes("parameters");
      if (parameters !== tagsOf(ru[i]!).includes("parameters")) return [`cell ${i}: tagged parameters in one edition only`];
      if (parameters && !/^let locale = "ru";/m.test(theirs)) return [`cell ${i}: the parameters cell does not set locale = "ru"`];
      return (parameters ? asEnglish(theirs) : theirs) === joinSource(cell.source) ? [] : [`cell ${i}: the code differs`];
    });
    expect(differences).toEqual([]);
  });

  it.each(chapters)("%s: every prose cell is written in Russian", (chapter) => {
    const ru = read(join(RU, chapter)).cells;
    const english = ru.flatMap((cell, i) => (cell.cell_type === "markdown" && !CYRILLIC.test(joinSource(cell.source)) ? [i] : []));
    expect(english).toEqual([]);
  });
});
