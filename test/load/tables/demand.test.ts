import { describe, expect, it } from "vitest";
import { loadModel, safeLoadModel } from "../../../src/load";
import { rankingMix } from "../../../src/core/constraints";
import { GOOD, writeModelFolder } from "../helpers";

const RESOURCES = {
  "resources.csv": "id,name,capacity,unit\nstylists,Stylists,100,hour\n",
  "usage.csv": "product_id,resource_id,time_per_unit,unit\nhaircut,stylists,0.5,hour\n",
};

describe("demand.csv: no demand limit", () => {
  it.each(["unlimited", "Unlimited", "∞", "без ограничений"])(
    "reads %j as no demand limit, and the plan fills the capacity",
    (word) => {
      const model = loadModel(
        writeModelFolder({ ...GOOD, ...RESOURCES, "demand.csv": `product_id,quantity\nhaircut,${word}\n` }),
        { onWarning: () => {} },
      );
      expect(model.demand[0]!.quantity).toBe(Infinity);
      expect(rankingMix(model).lines.map((line) => [line.productId, line.quantity])).toEqual([["haircut", 200]]);
    },
  );

  it("still refuses a quantity that is neither a number nor unlimited, naming both", () => {
    const result = safeLoadModel(
      writeModelFolder({ ...GOOD, ...RESOURCES, "demand.csv": "product_id,quantity\nhaircut,lots\n" }),
    );
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toMatch(/demand\.csv, row 2, column "quantity".*or unlimited/s);
  });
});
