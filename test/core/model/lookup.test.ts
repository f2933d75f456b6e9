import { describe, expect, it } from "vitest";
import { equalsAmount } from "../../../src/core/model/lookup";
import {
  demandOf,
  money,
  productById,
  resourceById,
  withCapacity,
  withDemandScaled,
  withPoliticalMinimum,
} from "../../../src/core";
import { pq } from "../constraints/fixtures";
import { salon } from "../fixtures";

describe("productById and resourceById", () => {
  it("find by id, and refuse an unknown id listing the valid ones", () => {
    expect(productById(pq(), "P").name).toBe("P");
    expect(() => productById(pq(), "R")).toThrow('the model "P&Q" has no product "R" (its products: P, Q)');
    expect(resourceById(pq(), "B").capacity).toBe(2400);
    expect(() => resourceById(pq(), "Z")).toThrow("(its resources: A, B, C, D)");
  });

  it("suggest the id when a name or another spelling was given", () => {
    expect(() => productById(salon(), "HAIRCUT")).toThrow('did you mean "haircut" (Haircut)?');
    expect(() => productById(salon(), "blow dry")).not.toThrow(/did you mean/);
  });
});

describe("withCapacity", () => {
  it("changes one resource and leaves the input untouched", () => {
    const model = pq();
    const changed = withCapacity(model, "B", 3000);
    expect(resourceById(changed, "B").capacity).toBe(3000);
    expect(resourceById(changed, "A").capacity).toBe(2400);
    expect(resourceById(model, "B").capacity).toBe(2400);
  });

  it("refuses a negative or non-numeric capacity, naming the resource", () => {
    expect(() => withCapacity(pq(), "B", -5)).toThrow('the capacity of "B" must be a number ≥ 0 (minutes), got -5');
    expect(() => withCapacity(pq(), "B", Number.NaN)).toThrow(/got NaN/);
    expect(() => withCapacity(pq(), "X", 10)).toThrow(/no resource "X"/);
  });
});

describe("withDemandScaled", () => {
  it("scales exactly and rounds whole units half up; the input is untouched", () => {
    const model = pq();
    const more = withDemandScaled(model, "1.3");
    expect(demandOf(more, "P")?.quantity).toBe(130);
    expect(demandOf(more, "Q")?.quantity).toBe(65);
    expect(demandOf(withDemandScaled(model, "0.33"), "Q")?.quantity).toBe(17); // 16.5 → 17
    expect(demandOf(model, "P")?.quantity).toBe(100);
    expect(() => withDemandScaled(model, -1)).toThrow(expect.objectContaining({ code: "out_of_range", value: -1 }));
  });

  it("keeps a minimum within the scaled demand", () => {
    const model = pq({
      demand: [
        { productId: "P", quantity: 10, minimum: 10 },
        { productId: "Q", quantity: 50 },
      ],
    });
    expect(demandOf(withDemandScaled(model, "0.5"), "P")).toEqual({ productId: "P", quantity: 5, minimum: 5 });
  });
});

describe("withPoliticalMinimum", () => {
  it("sets a minimum that fits, and caps one above demand, saying so", () => {
    const fits = withPoliticalMinimum(pq(), "Q", 20);
    expect(fits).toMatchObject({ requested: 20, applied: 20, capped: false, demand: 50 });
    expect(demandOf(fits.model, "Q")?.minimum).toBe(20);
    const capped = withPoliticalMinimum(pq(), "Q", 80);
    expect(capped).toMatchObject({ requested: 80, applied: 50, capped: true });
    expect(() => withPoliticalMinimum(pq(), "q", 5)).toThrow('did you mean "Q" (Q)?');
  });
});

describe("equalsAmount", () => {
  it("compares an amount with a plain number exactly", () => {
    expect(equalsAmount(money("68.50"), 68.5)).toBe(true);
    expect(equalsAmount(money("68.50"), "68.51")).toBe(false);
  });
});
