import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readNumberText } from "../../../src/load/parse/number";
import { ExactDecimal } from "../../../src/core/money/decimal";

describe("readNumberText", () => {
  it.each([
    ["68,50", "decimal-comma", "68.50"],
    ["68.50", "decimal-comma", "68.50"],
    ["1 000,50", "decimal-comma", "1000.50"],
    ["1\u00A0000\u00A0000,50", "decimal-comma", "1000000.50"],
    ["1\u202F000,5", "either", "1000.5"],
    ["1,000", "decimal-comma", "1.000"],
    ["1,000.50", "either", "1000.50"],
    ["1.000,50", "either", "1000.50"],
    ["1,000,000", "either", "1000000"],
    ["0,125", "either", "0.125"],
    ["1,5", "either", "1.5"],
    ["−50", "either", "-50"],
    ["+7", "either", "7"],
    [",5", "decimal-comma", "0.5"],
  ] as const)("reads %j (%s) as %s", (text, style, expected) => {
    expect(readNumberText(text, style)).toEqual({ success: true, text: expected });
  });

  it.each([
    ["12abc", "not a number"],
    ["1,500", "ambiguous"],
    ["1 00", "groups of three"],
    ["1.000.000", "more than one"],
    ["", "not a number"],
    ["-", "not a number"],
    ["NaN", "not a number"],
    ["1e3", "not a number"],
  ])("refuses %j (%s)", (text, problem) => {
    const result = readNumberText(text, "either");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.problem).toContain(problem);
  });

  it("reads 1,500 as 1.5 in a ;-separated file, where the comma is the decimal mark", () => {
    expect(readNumberText("1,500", "decimal-comma")).toEqual({ success: true, text: "1.500" });
  });

  it("reads back any decimal formatted Russian-style, exactly", () => {
    const spaces = fc.constantFrom(" ", "\u00A0", "\u202F");
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc.integer({ min: 0, max: 4 }),
        spaces,
        fc.boolean(),
        (units, scale, space, semicolonFile) => {
          const exact = new ExactDecimal(units.toString()).dividedBy(new ExactDecimal(10).pow(scale));
          const [integer, fraction] = exact.abs().toFixed(scale).split(".");
          const grouped = integer!.replace(/\B(?=(\d{3})+(?!\d))/g, space);
          // In a ,-separated file a lone comma before three digits is ambiguous unless spaces group the thousands.
          if (!semicolonFile && scale === 3 && integer!.length <= 3 && integer !== "0") return;
          const text = `${exact.isNegative() ? "-" : ""}${grouped}${fraction === undefined ? "" : `,${fraction}`}`;
          const read = readNumberText(text, semicolonFile ? "decimal-comma" : "either");
          expect(read.success).toBe(true);
          if (read.success) expect(new ExactDecimal(read.text).equals(exact)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
