import { describe, expect, it } from "vitest";
import {
  bestOnConstraint,
  firstDisplaced,
  largestThroughputPerUnit,
  politicalMix,
  rankProducts,
  worstOnConstraint,
} from "../../../src/core";
import { pq } from "./fixtures";

describe("products by their role in the results", () => {
  it("best and worst by T per constraint time, and the largest T per unit", () => {
    const ranking = rankProducts(pq());
    expect(bestOnConstraint(ranking)?.productId).toBe("P");
    expect(worstOnConstraint(ranking)?.productId).toBe("Q");
    expect(largestThroughputPerUnit(ranking)?.productId).toBe("Q");
  });

  it("the first product displaced by a political minimum, or none", () => {
    const kept = pq({
      demand: [
        { productId: "P", quantity: 100 },
        { productId: "Q", quantity: 50, minimum: 50 },
      ],
    });
    expect(firstDisplaced(politicalMix(kept))?.productId).toBe("P");
    expect(firstDisplaced(politicalMix(pq()))).toBeUndefined();
  });
});
