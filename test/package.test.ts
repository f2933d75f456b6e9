// The package as a user gets it: built dist/, imported by name from a plain Node process.
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(__dirname, "..");

describe("the built package, imported by name from Node", () => {
  it("gives haircut T = 5, the salon's NP 0 / 10 / −50 and the phone shop's T 110, NP 10", () => {
    const script = `
      const ta = require("throughput-accounting");
      const salon = ta.loadModel("data/salon");
      const haircut = salon.products.find((p) => p.id === "haircut");
      const shop = ta.throughputReport(ta.loadModel("data/phone-shop"), { period: "month-1" });
      console.log(JSON.stringify({
        haircut: ta.throughputPerUnit(haircut).amount,
        salon: ["month-1", "month-2", "month-3"].map((period) => ta.throughputReport(salon, { period }).netProfit.amount),
        shop: { throughput: shop.throughput.amount, netProfit: shop.netProfit.amount },
      }));`;
    const output = execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(output)).toEqual({
      haircut: "5",
      salon: ["0", "10", "-50"],
      shop: { throughput: "110", netProfit: "10" },
    });
  });
});
