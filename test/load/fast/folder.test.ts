import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carefulLoadModel, safeLoadModel, type SafeLoadResult } from "../../../src/load/load-model";
import { fastLoadFolder } from "../../../src/load/fast/folder";
import { columnsOf } from "../../../src/core/model/columns";
import { rankingMix } from "../../../src/core/constraints";
import { writeModelFolder } from "../helpers";

// Everything a loaded model shows: the object view (read through its lazy getters) and the engine's columns.
function snapshot(result: SafeLoadResult): string {
  if (!result.success)
    return JSON.stringify({ issues: result.error.issues, message: result.error.message, warnings: result.warnings });
  const m = result.model;
  const c = columnsOf(m);
  const column = (col: typeof c.throughput) => ({
    decimals: col.decimals,
    scaled: [...col.scaled],
    approximate: [...col.approximate],
    exact: [...col.scaled].map((_, i) => col.exact(i).toString()),
  });
  // The ranking plan's lines read the names through the columns (without the object view): the same lines.
  let plan: unknown;
  try {
    plan = rankingMix(m).lines;
  } catch (error) {
    plan = String(error);
  }
  return JSON.stringify(
    {
      plan,
      names: m.products.map((product, p) => [product.name, c.productName?.(p)]),
      model: { ...m, products: m.products, usages: m.usages, demand: m.demand },
      warnings: result.warnings,
      columns: {
        ...c,
        productIndex: [...c.productIndex],
        throughput: column(c.throughput),
        usageMinutes: column(c.usageMinutes),
        capacityMinutes: c.capacityMinutes.map(String),
      },
    },
    (_key, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value),
  );
}

function both(files: Record<string, string | Uint8Array>): { fast: string; careful: string; taken: boolean } {
  const folder = writeModelFolder(files);
  try {
    const taken = fastLoadFolder(folder, { name: "m" }) !== undefined;
    return {
      fast: snapshot(safeLoadModel(folder, { name: "m" })),
      careful: snapshot(carefulLoadModel(folder, { name: "m" })),
      taken,
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const WELL_FORMED = {
  "model.csv": "name,currency,period_unit\nBench,USD,month\n",
  "products.csv":
    "id,name,type,category,price,whole_units,unit_name\np1,Product 1,product,cat0,528.71,yes,unit\np2,,service,,12,,\np3,Three,product,c,0.5,no,kg\n",
  "tvc.csv":
    "product_id,kind,name,amount,rate\np1,materials,Materials,255.30,\np3,piece-rate,,0.125,\np1,other,Other,1,\n",
  "resources.csv": "id,name,capacity,unit\nA,Resource A,100000,hour\nB,Resource B,9000000,minute\n",
  "usage.csv": "product_id,resource_id,time_per_unit,unit\np1,A,6,minute\np1,B,5.5,\np2,A,0.25,hour\np3,B,2,minute\n",
  "demand.csv": "product_id,quantity,minimum,maximum\np1,71,,\np2,34,3,30\np3,10,,10\n",
  "operating_expenses.csv": "id,name,category,amount,period\noe,Operating expense,other,50000000,\n",
};

describe("the fast path of loadModel", () => {
  it("takes a well-formed folder and gives the careful path's model", () => {
    const { fast, careful, taken } = both(WELL_FORMED);
    expect(taken).toBe(true);
    expect(fast).toBe(careful);
  });

  it("takes products in any order, and leaves a duplicated id to the careful path", () => {
    const [header, ...rows] = WELL_FORMED["products.csv"].trim().split("\n");
    const shuffled = [header, rows[1], rows[2], rows[0]].join("\n") + "\n";
    const unordered = both({ ...WELL_FORMED, "products.csv": shuffled });
    expect(unordered.taken).toBe(true);
    expect(unordered.fast).toBe(unordered.careful);
    const duplicated = [header, rows[1], rows[0], rows[2], rows[1]].join("\n") + "\n";
    const twice = both({ ...WELL_FORMED, "products.csv": duplicated });
    expect(twice.taken).toBe(false);
    expect(twice.fast).toBe(twice.careful);
  });

  it("takes shares of the price (rates) beside amounts, T exact as the careful path computes it", () => {
    const tvc = `${WELL_FORMED["tvc.csv"]}p3,sales-tax,Tax,,6%\np1,sales-tax,,,0.2\np3,other,,0.01,\n`;
    const { fast, careful, taken } = both({ ...WELL_FORMED, "tvc.csv": tvc });
    expect(taken).toBe(true);
    expect(fast).toBe(careful);
    for (const odd of ["p3,sales-tax,Tax,1,6%\n", "p3,sales-tax,Tax,,150%\n", "p3,sales-tax,Tax,,6 %\n"]) {
      const other = both({ ...WELL_FORMED, "tvc.csv": WELL_FORMED["tvc.csv"] + odd });
      expect(other.fast).toBe(other.careful);
    }
  });

  it("takes UTF-8 names, categories and units, trimmed of Unicode spaces as the careful path trims them", () => {
    for (const change of [
      { "products.csv": WELL_FORMED["products.csv"].replace("Product 1", "Стрижка").replace("cat0", "Услуги") },
      {
        "products.csv": WELL_FORMED["products.csv"].replace("Product 1", "\u00a0Стрижка ё\u2003").replace(",kg", ",кг"),
      },
      { "products.csv": WELL_FORMED["products.csv"].replace("Product 1", "\ufeffName") },
      { "tvc.csv": WELL_FORMED["tvc.csv"].replace("Materials", "Материалы") },
    ]) {
      const { fast, careful, taken } = both({ ...WELL_FORMED, ...change });
      expect(taken).toBe(true);
      expect(fast).toBe(careful);
    }
  });

  it("leaves a folder with a quote, a CR alone, a non-ASCII id, a byte order mark, Windows-1251 or sales.csv to the careful path", () => {
    for (const change of [
      { "products.csv": WELL_FORMED["products.csv"].replace("Product 1", '"Product, 1"') },
      { "products.csv": WELL_FORMED["products.csv"].replace("p1,Product 1", "пр1,Product 1") },
      { "products.csv": WELL_FORMED["products.csv"].replace("p1,Product 1", "p1\u00a0,Product 1") },
      { "products.csv": "\ufeff" + WELL_FORMED["products.csv"] },
      // "Стрижка" in Windows-1251: not UTF-8.
      {
        "products.csv": Uint8Array.from([
          ...Buffer.from(WELL_FORMED["products.csv"].split("Product 1")[0]!),
          ...[0xd1, 0xf2, 0xf0, 0xe8, 0xe6, 0xea, 0xe0],
          ...Buffer.from(WELL_FORMED["products.csv"].split("Product 1")[1]!),
        ]),
      },
      { "usage.csv": WELL_FORMED["usage.csv"].replace("p1,A", "p1\u00a0,A") },
      { "usage.csv": WELL_FORMED["usage.csv"].replace(/\n/g, "\r") },
      { "sales.csv": "period,product_id,quantity\nmonth-1,p1,10\n" },
    ]) {
      const { fast, careful, taken } = both({ ...WELL_FORMED, ...change });
      expect(taken).toBe(false);
      expect(fast).toBe(careful);
    }
  });

  // Mostly cells the fast path reads, now and then one only the careful path does (or that is wrong).
  const odd = <T>(good: fc.Arbitrary<T>, bad: readonly T[]) =>
    fc.oneof({ arbitrary: good, weight: 150 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });
  const number = odd(
    fc.oneof(
      fc.integer({ min: 0, max: 100000 }).map(String),
      fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99999 })).map(([a, b]) => `${a}.${b}`),
    ),
    [
      "",
      "-1",
      "1,5",
      " 7 ",
      "1e3",
      "0.1234567891",
      "9999999999999999",
      "12345678901234.5",
      "+3",
      ".5",
      "5.",
      "unlimited",
      "1 000",
      "$5",
      "0007",
      "-0",
    ],
  );
  const text = fc.oneof(
    { arbitrary: odd(fc.constantFrom("", "Name", "A name", "n2"), ["x,y", '"q"', " padded ", "tab\tin"]), weight: 4 },
    { arbitrary: fc.constantFrom("Имя", "Стрижка ё", "\u00a0Имя", "Имя\u2003", "\ufeffN", "日本", "é"), weight: 1 },
  );
  const ids = ["p1", "p2", "p3", "p4", "p5"];
  const ref = (count: number) => odd(fc.constantFrom(...ids.slice(0, count)), ["", " p1", "P1", "пр", "p9"]);
  const table = (header: string, rows: fc.Arbitrary<string[][]>) =>
    rows.map((list) => `${header}\n${list.map((cells) => cells.join(",")).join("\n")}\n`);
  const folder = fc.integer({ min: 1, max: 5 }).chain((count) =>
    fc.record({
      "products.csv": table(
        "id,name,type,category,price,whole_units,unit_name",
        fc.tuple(
          ...ids
            .slice(0, count)
            .map((id) =>
              fc.tuple(
                odd(fc.constant(id), ["", "p1"]),
                text,
                odd(fc.constantFrom("product", "service"), ["Product", "goods", ""]),
                text,
                number,
                odd(fc.constantFrom("", "yes", "no", "1", "0", "y", "n", "true", "false"), ["Yes", "maybe"]),
                text,
              ),
            ),
        ),
      ),
      "tvc.csv": table(
        "product_id,kind,name,amount,rate",
        fc.array(
          fc
            .tuple(
              ref(count),
              odd(fc.constantFrom("materials", "piece-rate", "other", "sales-tax"), ["Materials", "bogus"]),
              text,
              // An amount per unit, or a share of the price (a rate) with the amount blank, now and then both.
              fc.oneof(
                { arbitrary: fc.tuple(number, odd(fc.constant(""), ["6%"])), weight: 3 },
                {
                  arbitrary: fc.tuple(
                    odd(fc.constant(""), ["2"]),
                    odd(fc.constantFrom("6%", "0.06", "12.5%", "1", "0", "0.125", "100%"), [
                      "150%",
                      "-1%",
                      "x",
                      "6 %",
                      "0,5",
                    ]),
                  ),
                  weight: 1,
                },
              ),
            )
            .map(([product, kind, name, [amount, rate]]) => [product, kind, name, amount, rate]),
          { maxLength: 6 },
        ),
      ),
      "resources.csv": fc.constant("id,name,capacity,unit\nA,Resource A,100,hour\nB,Resource B,9000,minute\n"),
      "usage.csv": table(
        "product_id,resource_id,time_per_unit,unit",
        fc.uniqueArray(
          fc.tuple(
            ref(count),
            odd(fc.constantFrom("A", "B"), ["C", ""]),
            number,
            odd(fc.constantFrom("", "minute", "hour"), ["min", "day", "Hour"]),
          ),
          { maxLength: 8, selector: (cells) => `${cells[0]} ${cells[1]}` },
        ),
      ),
      "demand.csv": table(
        "product_id,quantity,minimum,maximum",
        fc.uniqueArray(
          fc.tuple(
            ref(count),
            number,
            odd(fc.constantFrom("", "0"), ["x", "500", "1"]),
            odd(fc.constant(""), ["3", "-1", "100000"]),
          ),
          { maxLength: 5, selector: (cells) => cells[0] },
        ),
      ),
    }),
  );
  // A byte changed, added or removed somewhere in one file: the odd lines real files have.
  const mutated = fc
    .tuple(
      folder,
      fc.nat(4),
      fc.nat(),
      fc.constantFrom("\r\n", "\r", "\n", ",", '"', " ", "\n\n", ";", "\uFEFF", "", "x"),
    )
    .map(([files, which, at, piece]) => {
      const name = Object.keys(files)[which] as keyof typeof files;
      const content = files[name];
      const i = at % (content.length + 1);
      return { ...files, [name]: content.slice(0, i) + piece + content.slice(i + (piece === "" ? 1 : 0)) };
    });

  it("gives the careful path's model or errors on random and mutated folders", () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(folder, mutated), (files) => {
        const result = both(files);
        if (result.taken) taken++;
        expect(result.fast).toBe(result.careful);
      }),
      { numRuns: 300 },
    );
    // Some of them must have gone the fast way, or the property says nothing about it.
    expect(taken).toBeGreaterThan(60);
    // (Three hundred folders written, loaded both ways and planned: seconds on a busy machine.)
  }, 120_000);

  it("gives the careful path's model on the bench's generated data", () => {
    const bench = path.join(__dirname, "..", "..", "..", "out", "bench", "constraints-10000-v1");
    if (!fs.existsSync(path.join(bench, ".complete"))) return;
    expect(snapshot(safeLoadModel(bench))).toBe(snapshot(carefulLoadModel(bench)));
  }, 120_000);
});
