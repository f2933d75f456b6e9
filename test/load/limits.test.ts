import { describe, expect, it } from "vitest";
import { loadModel, safeLoadModel, type LoadError } from "../../src/load";
import { throughputOf } from "../../src/core/throughput/period";
import { optimalMix, rankingMix } from "../../src/core/constraints";
import { GOOD, quiet, writeModelFolder } from "./helpers";

function failure(files: Record<string, string>): LoadError {
  const result = safeLoadModel(writeModelFolder({ ...GOOD, ...files }));
  if (result.success) throw new Error("expected the model to fail to load");
  return result.error;
}

const RESOURCES = {
  "resources.csv": "id,name,capacity,unit\nstylist,Stylist,100,hour\n",
  "usage.csv": "product_id,resource_id,time_per_unit,unit\nhaircut,stylist,30,minute\n",
  "demand.csv": "product_id,quantity\nhaircut,100\n",
};

describe("extreme but loadable values are refused at load, naming the cell and the limit", () => {
  it("a capacity with 20 significant digits is refused, never silently rounded", () => {
    const error = failure({
      ...RESOURCES,
      "resources.csv": "id,name,capacity,unit\nstylist,Stylist,12345678901234567890.5,hour\n",
    });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({
      file: "resources.csv",
      row: 2,
      column: "capacity",
      value: "12345678901234567890.5",
    });
    expect(error.issues[0]!.expected).toContain("15 significant digits");
  });

  it("a usage of 10^15 minutes is refused with the limit, not a solver failure", () => {
    const error = failure({
      ...RESOURCES,
      "usage.csv": "product_id,resource_id,time_per_unit,unit\nhaircut,stylist,1e15,minute\n".replace(
        "1e15",
        "1000000000000000",
      ),
    });
    expect(error.issues[0]).toMatchObject({
      file: "usage.csv",
      row: 2,
      column: "time_per_unit",
      message: "number too large",
    });
    expect(error.issues[0]!.expected).toContain("10^12");
  });

  it('a price of 10^20 is refused naming file, row and column (no "Infinity")', () => {
    const error = failure({ "products.csv": "id,name,type,price\nhaircut,Haircut,service,100000000000000000000\n" });
    expect(error.issues[0]).toMatchObject({
      file: "products.csv",
      row: 2,
      column: "price",
      message: "amount too large",
    });
    expect(error.message).not.toMatch(/Infinity|NaN/);
  });

  it("an amount just below the limit loads, and every result is finite", async () => {
    const model = loadModel(
      writeModelFolder({
        ...GOOD,
        ...RESOURCES,
        "products.csv": "id,name,type,price\nhaircut,Haircut,service,999999999999999\n",
      }),
      quiet,
    );
    const plan = rankingMix(model);
    expect(plan.throughput.amount.isFinite()).toBe(true);
    const optimum = await optimalMix(model);
    expect(optimum.kind).toBe("optimal-mix");
    if (optimum.kind === "optimal-mix") expect(Number.isFinite(optimum.solver.relativeGap)).toBe(true);
  });
});

describe("quantities are exact from their text", () => {
  it("sales of 0.1 and 0.2 hours sum to 0.3", () => {
    const model = loadModel(
      writeModelFolder({
        ...GOOD,
        "products.csv": "id,name,type,price,whole_units\nadvice,Advice,service,100,no\n",
        "tvc.csv": "product_id,kind,amount\nadvice,materials,1\n",
        "sales.csv": "period,product_id,quantity\nm1,advice,0.1\nm1,advice,0.2\n",
      }),
      quiet,
    );
    expect(throughputOf(model).byProduct[0]!.quantity).toBe(0.3);
  });

  it("a capacity-limited fractional plan is in hundredths and its T carries no float noise", () => {
    const model = loadModel(
      writeModelFolder({
        "products.csv": "id,name,type,price,whole_units\nhour,Consulting hour,service,100,no\n",
        "tvc.csv": "product_id,kind,amount\nhour,materials,10\n",
        "operating_expenses.csv": "id,name,category,amount\nrent,Rent,rent,8000\n",
        "resources.csv": "id,name,capacity,unit\nexpert,Expert,140,hour\n",
        "usage.csv": "product_id,resource_id,time_per_unit,unit\nhour,expert,90,minute\n",
        "demand.csv": "product_id,quantity\nhour,200\n",
      }),
      quiet,
    );
    const plan = rankingMix(model);
    expect(plan.lines[0]!.quantity).toBe(93.33);
    expect(plan.throughput.amount.toString()).toBe("8399.7");
    expect(plan.netProfit?.amount.toString()).toBe("399.7");
    expect(plan.resources[0]!.used).toBe(139.995);
  });
});
