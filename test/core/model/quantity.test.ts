import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addQuantities, subtractQuantities } from "../../../src/core/model/quantity";
import { toDecimal } from "../../../src/core/money/decimal";

describe("quantities add and subtract exactly from their text", () => {
  it("0.1 + 0.2 is 0.3 and 0.3 − 0.1 is 0.2", () => {
    expect(addQuantities(0.1, 0.2)).toBe(0.3);
    expect(subtractQuantities(0.3, 0.1)).toBe(0.2);
    expect(subtractQuantities(100, 68.57)).toBe(31.43);
  });

  it("agree with decimal arithmetic on short decimals", () => {
    const quantity = fc
      .integer({ min: 0, max: 10 ** 9 })
      .chain((units) => fc.integer({ min: 0, max: 4 }).map((places) => units / 10 ** places));
    fc.assert(
      fc.property(quantity, quantity, (a, b) => {
        expect(String(addQuantities(a, b))).toBe(toDecimal(a).plus(toDecimal(b)).toString());
        expect(String(subtractQuantities(a, b))).toBe(toDecimal(a).minus(toDecimal(b)).toString());
      }),
    );
  });
});
