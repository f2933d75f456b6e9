import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rankingMix } from "../../src/core/constraints";
import { fastRankingMix } from "../../src/cli/fast/fast-ranking-mix";
import { loadModel } from "../../src/load";

const root = path.join(__dirname, "../..");
const scratch = mkdtempSync(path.join(tmpdir(), "fast-mix-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The large-file path must give exactly what the core gives on the loaded model. */
function expectSameAsCore(folder: string): void {
  const outcome = fastRankingMix(folder);
  if (!outcome.success) throw new Error(`declined: ${outcome.reason}`);
  const fast = outcome.result;
  const core = rankingMix(loadModel(folder, { onWarning: () => {} }));
  expect(fast.throughput.amount.toString()).toBe(core.throughput.amount.toString());
  expect(fast.netProfit?.amount.toString()).toBe(core.netProfit?.amount.toString());
  expect(fast.constraint?.resourceId).toBe(core.constraint?.resourceId);
  // Same order, same quantities.
  expect([...fast.order].map((p) => [fast.ids[p], fast.quantities[p]])).toEqual(core.lines.map((line) => [line.productId, line.quantity]));
  expect(fast.resources.map((load) => load.used)).toEqual(core.resources.map((load) => load.used));
}

describe("the large-file ranking plan", () => {
  it("agrees with the core on data/pq and data/salon", () => {
    expectSameAsCore(path.join(root, "data/pq"));
    expectSameAsCore(path.join(root, "data/salon"));
  });

  it("declines what it does not handle, saying why, instead of guessing", () => {
    const outcome = fastRankingMix(path.join(root, "data/expert-sales/today"));
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.reason).toMatch(/whole_units|share of the price/);
    expect(fastRankingMix(path.join(root, "data/nope")).success).toBe(false);
  });

  it("agrees with the core on random folders (ties, hours, political limits, CRLF, quotes)", () => {
    let run = 0;
    fc.assert(
      fc.property(
        fc.record({
          resources: fc.array(fc.record({ capacity: fc.integer({ min: 0, max: 500 }), hours: fc.boolean() }), { minLength: 1, maxLength: 3 }),
          products: fc.array(
            fc.record({
              price: fc.integer({ min: 0, max: 5000 }).map((cents) => cents / 100),
              tvc: fc.integer({ min: 0, max: 3000 }).map((cents) => cents / 100),
              times: fc.array(fc.integer({ min: 0, max: 12 }).map((quarters) => quarters / 4), { minLength: 3, maxLength: 3 }),
              demand: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
              maximum: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
            }),
            { minLength: 1, maxLength: 12 },
          ),
          crlf: fc.boolean(),
        }),
        (s) => {
          const folder = path.join(scratch, `m${run++}`);
          const eol = s.crlf ? "\r\n" : "\n";
          const write = (file: string, lines: string[]) => {
            mkdirSync(folder, { recursive: true });
            writeFileSync(path.join(folder, file), lines.join(eol) + eol);
          };
          write("model.csv", ["name,currency,period_unit", '"Random, quoted",USD,week']);
          write("products.csv", ["id,name,type,category,price,whole_units,unit_name", ...s.products.map((p, i) => `p${i},"Product ""${i}""",product,,${p.price},yes,unit`)]);
          write("tvc.csv", ["product_id,kind,name,amount,rate", ...s.products.map((p, i) => `p${i},materials,m,${p.tvc},`)]);
          write("resources.csv", ["id,name,capacity,unit", ...s.resources.map((r, i) => `r${i},R ${i},${r.capacity},${r.hours ? "hour" : "minute"}`)]);
          write("usage.csv", [
            "product_id,resource_id,time_per_unit,unit",
            ...s.products.flatMap((p, i) => s.resources.flatMap((_, r) => (p.times[r] ? [`p${i},r${r},${p.times[r]},minute`] : []))),
          ]);
          write("demand.csv", [
            "product_id,quantity,minimum,maximum",
            ...s.products.flatMap((p, i) => (p.demand === undefined ? [] : [`p${i},${p.demand},,${p.maximum !== undefined && p.maximum <= p.demand ? p.maximum : ""}`])),
          ]);
          write("operating_expenses.csv", ["id,name,category,amount,period", "oe,OE,other,100.5,"]);
          expectSameAsCore(folder);
        },
      ),
      { numRuns: 120 },
    );
  });
});
