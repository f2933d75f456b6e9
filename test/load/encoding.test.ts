import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "../../src/load/csv/decode";
import { readCsvText } from "../../src/load/csv/read-csv-text";
import { loadModel, safeLoadModel, type LoadWarning } from "../../src/load";
import { quiet, writeModelFolder } from "./helpers";

// One small model written in several encodings and header languages; every variant must load to this.
const FILES = {
  "products.csv": "id;name;type;price\nhaircut;Стрижка «Классика»;service;10,50\ncolour;Окрашивание;service;68,50\n",
  "tvc.csv": "product_id;kind;amount\nhaircut;piece-rate;3\ncolour;materials;12,25\n",
  "sales.csv": "period;product_id;quantity\nмесяц-1;haircut;10\nмесяц-1;colour;2\n",
};
const reference = JSON.parse(JSON.stringify(loadModel(writeModelFolder(FILES), { ...quiet, name: "m" })));

/** Windows-1251 bytes of a text made of ASCII and Russian letters (the encoder Node lacks). */
function cp1251(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (code >= 0x410 && code <= 0x44f) out.push(code - 0x410 + 0xc0);
    else if (char === "ё") out.push(0xb8);
    else if (char === "Ё") out.push(0xa8);
    else if (char === "«") out.push(0xab);
    else if (char === "»") out.push(0xbb);
    else throw new Error(`no Windows-1251 byte for ${char} in this helper`);
  }
  return Uint8Array.from(out);
}

function utf16(text: string, order: "le" | "be", bom: boolean): Uint8Array {
  const units = (bom ? "\uFEFF" : "") + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    out[order === "le" ? 2 * i : 2 * i + 1] = unit & 0xff;
    out[order === "le" ? 2 * i + 1 : 2 * i] = unit >> 8;
  }
  return out;
}

function encodeAll(encode: (text: string) => Uint8Array): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(FILES).map(([name, text]) => [name, encode(text)]));
}

function loadWithWarnings(files: Record<string, string | Uint8Array>) {
  const warnings: LoadWarning[] = [];
  const model = loadModel(writeModelFolder(files), { name: "m", onWarning: (warning) => warnings.push(warning) });
  return { model: JSON.parse(JSON.stringify(model)), warnings };
}

describe("decodeCsvBytes", () => {
  it("reads UTF-8 with and without a byte-order mark, saying it did not guess", () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]), "x.csv")).toEqual({
      success: true,
      text: "id",
      encoding: "utf-8",
      guessed: false,
    });
    expect(decodeCsvBytes(new TextEncoder().encode("цена"), "x.csv")).toEqual({
      success: true,
      text: "цена",
      encoding: "utf-8",
      guessed: false,
    });
  });

  it("reads Windows-1251 when the bytes are not UTF-8", () => {
    expect(decodeCsvBytes(cp1251("id,цена,Ёлка «х»"), "x.csv")).toEqual({
      success: true,
      text: "id,цена,Ёлка «х»",
      encoding: "windows-1251",
      guessed: true,
    });
  });

  it("refuses bytes that are neither UTF-8 nor Russian Windows-1251 text (here: DOS code page 866)", () => {
    // "цена" in CP866: ц е н а = E6 A5 AD A0; A5 is "Ґ" in Windows-1251, not Russian.
    const result = decodeCsvBytes(new Uint8Array([0x69, 0x64, 0x2c, 0xe6, 0xa5, 0xad, 0xa0]), "products.csv");
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issue.message).toContain("not UTF-8");
      expect(result.issue.message).toContain("Windows-1251");
      expect(result.issue.expected).toContain("CSV UTF-8");
      expect(result.issue.value).toContain("offset 4");
    }
  });

  it.each([
    ["le", true, "utf-16le", false],
    ["le", false, "utf-16le", true],
    ["be", true, "utf-16be", false],
    ["be", false, "utf-16be", true],
  ] as const)("reads UTF-16 %s (byte-order mark: %s)", (order, bom, encoding, guessed) => {
    const text = "ид\tцена\nстрижка\t10,50\n";
    expect(decodeCsvBytes(utf16(text, order, bom), "x.csv")).toEqual({ success: true, text, encoding, guessed });
  });

  it("names damaged UTF-16 as UTF-16, a workbook renamed to .csv as a zip file, and keeps a stray NUL in UTF-8 text", () => {
    const cut = utf16("id\tprice\n", "le", true).subarray(0, 9);
    const damaged = decodeCsvBytes(cut, "x.csv");
    expect(damaged.success === false && damaged.issue.message).toContain("UTF-16");
    const zip = decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08]), "x.csv");
    expect(zip.success === false && zip.issue.message).toContain("zip");
    expect(decodeCsvBytes(new TextEncoder().encode("id\nhair\u0000cut\n"), "x.csv")).toMatchObject({
      success: true,
      encoding: "utf-8",
      text: "id\nhair\u0000cut\n",
    });
  });
});

describe("a model saved in each encoding loads as the same model", () => {
  it("Windows-1251, with a warning naming the encoding read", () => {
    const { model, warnings } = loadWithWarnings(encodeAll(cp1251));
    expect(model).toEqual(reference);
    // tvc.csv is plain ASCII, which is UTF-8 too: nothing was guessed there.
    expect(warnings.map((w) => w.file).sort()).toEqual(["products.csv", "sales.csv"]);
    expect(warnings[0]!.message).toContain("Windows-1251");
  });

  it.each([
    ["le", true],
    ["le", false],
    ["be", true],
    ["be", false],
  ] as const)("UTF-16 %s, byte-order mark %s (Excel's Unicode text, tab-separated)", (order, bom) => {
    // Excel's "Unicode text" is tab-separated; its commas are decimal commas that nothing else can mean.
    const { model, warnings } = loadWithWarnings(encodeAll((text) => utf16(text.replaceAll(";", "\t"), order, bom)));
    expect(model).toEqual(reference);
    if (bom) expect(warnings).toEqual([]);
    else expect(warnings[0]!.message).toContain(order === "le" ? "UTF-16 LE" : "UTF-16 BE");
  });

  it("UTF-16 without a byte-order mark no longer reads as a missing column of i\\u0000d\\u0000…", () => {
    const result = safeLoadModel(writeModelFolder({ ...encodeAll((text) => utf16(text, "le", false)) }));
    expect(result.success).toBe(true);
  });

  it("a UTF-8 file is not warned about", () => {
    expect(loadWithWarnings(FILES).warnings).toEqual([]);
  });
});

describe("Excel's sep= first line", () => {
  it("names the separator and is not a row: the header is row 1, as Excel shows it", () => {
    const csv = readCsvText("sep=,\r\nid;name,price\r\nhaircut;x,10\r\n", { file: "p.csv" });
    expect(csv.separator).toBe(",");
    expect(csv.sepLine).toBe(true);
    expect(csv.header).toEqual(["id;name", "price"]);
    expect(csv.rowNumbers).toEqual([2]);
  });

  it("sep=; makes commas decimal commas and rows keep Excel's numbers in errors", () => {
    const folder = writeModelFolder({
      "products.csv": "sep=;\nid;type;price\nhaircut;service;10,50\ncolour;service;дорого\n",
    });
    const result = safeLoadModel(folder);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues).toMatchObject([{ file: "products.csv", row: 3, column: "price", value: "дорого" }]);
    const ok = loadModel(
      writeModelFolder({ "products.csv": "SEP=;\r\nid;type;price\r\nhaircut;service;1,500\r\n" }),
      quiet,
    );
    expect(ok.products[0]!.price.amount.toString()).toBe("1.5");
  });

  it("sep= with a tab, and an unreadable separator is an error naming the line", () => {
    expect(readCsvText("sep=\t\nid\tprice\n", { file: "p.csv" }).separator).toBe("\t");
    const bad = readCsvText("sep=|\nid|price\n", { file: "p.csv" });
    expect(bad.issues).toMatchObject([
      { file: "p.csv", value: "sep=|", message: expect.stringContaining("separator") },
    ]);
  });
});

describe("Russian column names", () => {
  it("load the same model as the English ones, whatever their case, ё or spacing", () => {
    const russian = {
      "products.csv":
        "Ид;Название;Тип;Цена\nhaircut;Стрижка «Классика»;service;10,50\ncolour;Окрашивание;service;68,50\n",
      "tvc.csv": "ид продукта;вид;сумма\nhaircut;piece-rate;3\ncolour;materials;12,25\n",
      "sales.csv": "ПЕРИОД;Продукт;Кол-во\nмесяц-1;haircut;10\nмесяц-1;colour;2\n",
    };
    const { model, warnings } = loadWithWarnings(russian);
    expect(model).toEqual(reference);
    expect(warnings).toEqual([]);
  });

  it("cover every table: resources, usage, demand, OE, investments and model", () => {
    const model = loadModel(
      writeModelFolder({
        "model.csv": "название;валюта;единица периода\nСалон;руб.;month\n",
        "products.csv":
          "код;наименование;тип;категория;цена;штучный;ед. изм.;валюта\nhaircut;Стрижка;услуга;стрижки;10;да;шт;RUB\n",
        "resources.csv": "ид;название;мощность;единица\nstylists;Мастера;100;ч\n",
        "usage.csv": "товар;ресурс;время на единицу;единица\nhaircut;stylists;30;мин\n",
        "demand.csv": "продукт;спрос;минимум;максимум\nhaircut;20;1;20\n",
        "operating_expenses.csv": "ид;название;категория;сумма;период;валюта\nrent;Аренда;rent;30;;RUB\n",
        "investments.csv": "ид;название;категория;сумма\nchairs;Кресла;equipment;400\n",
        "tvc.csv": "продукт;вид;название;ставка\nhaircut;tax;УСН;6%\n",
      }),
      quiet,
    );
    expect(model.name).toBe("Салон");
    expect(model.products[0]).toMatchObject({
      id: "haircut",
      name: "Стрижка",
      category: "стрижки",
      unitName: "шт",
      wholeUnits: true,
    });
    expect(model.resources[0]).toMatchObject({ id: "stylists", name: "Мастера", capacity: 100, unit: "hour" });
    expect(model.usages[0]).toMatchObject({
      productId: "haircut",
      resourceId: "stylists",
      timePerUnit: 30,
      unit: "minute",
    });
    expect(model.demand[0]).toMatchObject({ productId: "haircut", quantity: 20, minimum: 1, maximum: 20 });
    expect(model.operatingExpenses[0]!.amount.amount.toString()).toBe("30");
    expect(model.investments[0]!.amount.amount.toString()).toBe("400");
    expect(model.products[0]!.tvc[0]).toMatchObject({ kind: "sales-tax", basis: "share-of-price" });
  });

  it("a column named twice, once in each language, is the duplicate-column error", () => {
    const result = safeLoadModel(writeModelFolder({ "products.csv": "id;ид;type;price\na;b;service;1\n" }));
    expect(result.success === false && result.error.issues[0]).toMatchObject({
      row: 1,
      column: "id",
      value: "ид",
      message: expect.stringContaining("twice"),
    });
  });
});
