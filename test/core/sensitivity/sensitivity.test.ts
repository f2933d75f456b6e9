import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError } from "../../../src/core/errors";
import {
  breakEven,
  holdRange,
  inputValue,
  optimalSensitivity,
  outcomeOf,
  outcomeAndPlanOf,
  rankingMix,
  rankingSensitivity,
  rankProducts,
  sweep,
  sweepRecords,
  sweepValues,
  tornado,
  withInput,
  money,
  subtract,
  type BusinessModel,
  type WhatIfInput,
} from "../../../src/core";
import { pq } from "../constraints/fixtures";
import { phoneShop } from "../fixtures";

const price: WhatIfInput = { kind: "price", productId: "P" };
const capacityB: WhatIfInput = { kind: "capacity", resourceId: "B" };
const oe: WhatIfInput = { kind: "operating-expense", itemId: "oe" };
const tvcQ: WhatIfInput = { kind: "tvc", productId: "Q", component: "parts" };
const demandQ: WhatIfInput = { kind: "demand", productId: "Q" };
const minimumP: WhatIfInput = { kind: "minimum", productId: "Q" };
const ALL = [price, capacityB, oe, tvcQ, demandQ, minimumP];

describe("inputs", () => {
  it("reads and sets each kind of input without touching the model", () => {
    const model = pq();
    const before = JSON.stringify(model);
    expect(ALL.map((input) => inputValue(model, input).toString())).toEqual(["90", "2400", "6000", "40", "50", "0"]);
    const changed = ALL.map((input) => withInput(model, input, 7));
    expect(changed.map((m, i) => inputValue(m, ALL[i]!).toString())).toEqual(["7", "7", "7", "7", "7", "7"]);
    expect(JSON.stringify(model)).toBe(before);
  });

  it("says which row is missing and refuses negative quantities", () => {
    expect(() => withInput(pq(), { kind: "price", productId: "Z" }, 1)).toThrow(/no product "Z"/);
    expect(() => withInput(pq(), { kind: "tvc", productId: "P", component: "gold" }, 1)).toThrow(
      /no TVC component "gold"/,
    );
    expect(() => withInput(pq(), capacityB, -1)).toThrow(/cannot be negative/);
    // One error class with a code, so callers (the CLI) branch on it rather than on a built-in class.
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof ArgumentError ? error.code : error;
      }
      return "no error";
    };
    expect(codeOf(() => withInput(pq(), { kind: "price", productId: "Z" }, 1))).toBe("unknown_product");
    expect(codeOf(() => withInput(pq(), { kind: "tvc", productId: "P", component: "gold" }, 1))).toBe("unknown_input");
    expect(codeOf(() => withInput(pq(), capacityB, -1))).toBe("out_of_range");
    expect(codeOf(() => sweepValues([]))).toBe("empty");
    expect(codeOf(() => sweepValues({ from: 0, to: 1, step: 0 }))).toBe("out_of_range");
  });
});

describe("sweepValues", () => {
  it("gives lists and ranges exactly, both ends included", () => {
    expect(sweepValues({ from: 80, to: 120, step: 20 }).map(String)).toEqual(["80", "100", "120"]);
    expect(sweepValues({ from: "0.1", to: "0.3", step: "0.1" }).map(String)).toEqual(["0.1", "0.2", "0.3"]);
    expect(sweepValues({ from: 0, to: 1, steps: 4 }).map(String)).toEqual(["0", "0.25", "0.5", "0.75", "1"]);
    expect(() => sweepValues({ from: 0, to: 1, step: -1 })).toThrow(/never goes/);
    expect(() => sweepValues([])).toThrow(/at least one/);
  });
});

describe("sweep", () => {
  it("marks where the plan and the CCR change along a capacity sweep", () => {
    const s = sweep(pq(), capacityB, { from: 2400, to: 3600, step: 300 });
    expect(s.rows.map((row) => [row.values["capacity:B"], row.netProfit.amount.toString(), row.constraint])).toEqual([
      ["2400", "300", "B"],
      ["2700", "900", "B"],
      ["3000", "1500", undefined],
      ["3300", "1500", undefined],
      ["3600", "1500", undefined],
    ]);
    expect(s.rows.map((row) => row.changed)).toEqual([
      { constraint: false, plan: false },
      { constraint: false, plan: false },
      { constraint: true, plan: true },
      { constraint: false, plan: false },
      // B at 3600 is as loaded as A (5/6): the ranking switches to A, where Q comes first.
      { constraint: false, plan: true },
    ]);
    expect(sweepRecords(s)[0]).toMatchObject({
      "capacity:B": "2400",
      throughput: "6300",
      netProfit: "300",
      "units:P": 100,
      "units:Q": 30,
    });
  });

  it("sweeps two inputs as a grid, the first outermost", () => {
    const s = sweep(pq(), [price, capacityB], [[80, 90], { from: 2400, to: 2700, step: 300 }]);
    expect(s.rows.map((row) => Object.values(row.values))).toEqual([
      ["80", "2400"],
      ["80", "2700"],
      ["90", "2400"],
      ["90", "2700"],
    ]);
    expect(() => sweep(pq(), [price, price], [[1], [2]])).toThrow(/must differ/);
  });

  it("property: each row equals the same computation on the changed model", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL),
        fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 5 }),
        (input, values) => {
          const model = pq();
          const rows = sweep(model, input, values).rows;
          rows.forEach((row, i) => {
            const direct = outcomeOf(withInput(model, input, values[i]!));
            expect({ ...row, values: undefined, changed: undefined }).toEqual({
              ...direct,
              values: undefined,
              changed: undefined,
            });
            expect(row.throughput).toEqual(rankingMix(withInput(model, input, values[i]!)).throughput);
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("tornado", () => {
  it("sorts inputs by NP swing", () => {
    const t = tornado(pq(), [demandQ, oe, price, capacityB], { percent: 10 });
    expect(t.bars.map((bar) => [bar.name, bar.deltaLow.amount.toString(), bar.deltaHigh.amount.toString()])).toEqual([
      ["price:P", "-900", "900"],
      ["operating-expense:oe", "600", "-600"],
      ["capacity:B", "-480", "480"],
      ["demand:Q", "0", "0"],
    ]);
  });

  it("property: at ±0 % every ΔNP is 0", () => {
    fc.assert(
      fc.property(fc.subarray(ALL, { minLength: 1 }), fc.integer({ min: 1, max: 200 }), (inputs, pPrice) => {
        const t = tornado(withInput(pq(), price, pPrice), inputs, { percent: 0 });
        for (const bar of t.bars) {
          expect(bar.deltaLow.amount.isZero()).toBe(true);
          expect(bar.deltaHigh.amount.isZero()).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("takes explicit ranges", () => {
    const bar = tornado(pq(), [{ input: oe, low: 5000, high: 7000 }]).bars[0]!;
    expect([bar.low, bar.high, bar.swing.amount.toString()]).toEqual(["5000", "7000", "2000"]);
  });
});

describe("breakEven", () => {
  it("solves linear inputs exactly and searches stepped ones", () => {
    expect(breakEven(pq(), oe)).toMatchObject({ kind: "exact", value: "6300" });
    expect(breakEven(pq(), price)).toMatchObject({ kind: "exact", value: "87" });
    // Whole units of Q: NP is a staircase in B's capacity; NP ≥ 0 from 2250 minutes (25 Q).
    expect(breakEven(pq(), capacityB)).toMatchObject({
      kind: "search",
      value: "2250",
      lower: "2249.999999",
      upper: "2250",
    });
    expect(breakEven(withInput(pq(), oe, 0), capacityB)).toMatchObject({ kind: "none" });
  });

  it("property: where NP is linear in the input, NP is exactly 0 at the break-even value", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(price, oe, tvcQ),
        fc.integer({ min: 1000, max: 12000 }),
        fc.integer({ min: 46, max: 200 }),
        (input, oeAmount, pPrice) => {
          const model = withInput(withInput(pq(), oe, oeAmount), price, pPrice);
          const result = breakEven(model, input);
          if (result.kind !== "exact") return; // a plan that changes shape on the way is searched instead
          const np = outcomeOf(withInput(model, input, result.value)).netProfit.amount;
          expect(np.equals(result.measure.amount)).toBe(true);
          // Exactly zero, unless the root does not terminate (NP ÷ 30 units of Q): then it is cut at 60
          // digits and the residue is far below any money.
          if (!np.isZero()) {
            expect(result.value.replace(/[^0-9]/g, "").length).toBeGreaterThan(50);
            expect(np.abs().lessThan("1e-40")).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("solves a share-of-price TVC whose root does not terminate, leaving a residue far below a kopeck", () => {
    const tax: WhatIfInput = { kind: "tvc", productId: "phone", component: "tax on sales" };
    const shop = withInput(phoneShop(), { kind: "demand", productId: "phone" }, 15);
    // NP = 15 × (10 − 2 − 10 r) − 100 = 20 − 150 r: zero at r = 2/15 = 0.1333…
    const result = breakEven(shop, tax);
    expect(result.kind).toBe("exact");
    if (result.kind !== "exact") return;
    expect(result.value.startsWith("0.13333333333")).toBe(true);
    expect(result.measure.amount.abs().lessThan("1e-40")).toBe(true);
  });

  it("finds where a decision flips with a custom measure (ΔT − ΔOE of renting more B time)", () => {
    // Renting 300 more minutes of B costs `rental` a week; it pays while ΔT (10 more Q: 600) exceeds it.
    const base = pq();
    const model: BusinessModel = {
      ...base,
      operatingExpenses: [
        ...base.operatingExpenses,
        { id: "rental", name: "Rental", category: "other", amount: money(100, "USD") },
      ],
    };
    const rental: WhatIfInput = { kind: "operating-expense", itemId: "rental" };
    const measure = (changed: BusinessModel) =>
      subtract(
        outcomeOf(withInput(changed, capacityB, 2700)).netProfit,
        outcomeOf(withInput(changed, rental, 0)).netProfit,
      );
    expect(breakEven(model, rental, { measure })).toMatchObject({ kind: "exact", value: "600" });
  });
});

describe("ranges", () => {
  it("ranking: each product's T range is exact and moving past it reorders the ranking", () => {
    const report = rankingSensitivity(pq());
    const [p, q] = report.products;
    expect([
      p!.throughputLower?.amount.toString(),
      p!.throughputUpper,
      q!.throughputLower,
      q!.throughputUpper?.amount.toString(),
    ]).toEqual(["30", undefined, undefined, "90"]);
    expect(p!.priceLower?.amount.toString()).toBe("75");
    const order = (model: ReturnType<typeof pq>) => rankProducts(model).rows.map((row) => row.productId);
    expect(order(withInput(pq(), price, "75.01"))).toEqual(["P", "Q"]);
    expect(order(withInput(pq(), price, "74.99"))).toEqual(["Q", "P"]);
    const b = report.resources.find((resource) => resource.resourceId === "B")!;
    expect(b.valuePerUnit.amount.toString()).toBe("2");
    expect([b.from, b.changesAbove]).toEqual(["1530", "3000"]);
  });

  it("holdRange: inside the range the plan keeps its shape, just outside it does not", () => {
    const range = holdRange(pq(), capacityB);
    const key = (value: string) => outcomeOf(withInput(pq(), capacityB, value)).planKey;
    expect(key(range.from)).toBe(outcomeOf(pq()).planKey);
    expect(key(range.to!)).toBe(outcomeOf(pq()).planKey);
    expect(key(range.changesAbove!)).not.toBe(outcomeOf(pq()).planKey);
    expect(key(range.changesBelow!)).not.toBe(outcomeOf(pq()).planKey);
  });

  it("LP: HiGHS ranging gives B's shadow price and the capacity range it holds over", async () => {
    const report = await optimalSensitivity(pq());
    const b = report.resources.find((resource) => resource.resourceId === "B")!;
    expect([b.shadowPrice.amount.toString(), b.capacityLower, b.capacityUpper]).toEqual(["2", 1500, 3000]);
    const a = report.resources.find((resource) => resource.resourceId === "A")!;
    expect([a.shadowPrice.amount.toString(), a.capacityLower, a.capacityUpper]).toEqual(["0", 1800, undefined]);
    const q = report.products.find((product) => product.productId === "Q")!;
    expect(q.throughputUpper?.amount.toString()).toBe("90");
  });
});

describe("the what-if's problem cache", () => {
  it("property: a plan made after a chain of capacity and OE moves equals rankingMix on the same model", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(capacityB, oe, { kind: "capacity", resourceId: "A" } as WhatIfInput),
            fc.integer({ min: 0, max: 5000 }),
            fc.boolean(),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        (moves) => {
          let model = pq();
          for (const [input, value, political] of moves) {
            model = withInput(model, input, input.kind === "capacity" ? value + (value % 3 === 0 ? 0.5 : 0) : value);
            expect(JSON.stringify(outcomeAndPlanOf(model, { political }).plan)).toBe(
              JSON.stringify(rankingMix(model, { political })),
            );
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
