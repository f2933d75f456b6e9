import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  add,
  compare,
  CurrencyMismatchError,
  divide,
  money,
  multiply,
  ratio,
  round,
  subtract,
  sum,
  toDecimal,
  zero,
} from "../../../src/core/money";
import { equals, negate } from "../../../src/core/money/money";

describe("money", () => {
  it("adds 0.1 and 0.2 to exactly 0.3", () => {
    expect(add(money("0.1"), money("0.2")).amount.toString()).toBe("0.3");
    expect(add(money(0.1), money(0.2)).amount.toString()).toBe("0.3");
  });

  it("keeps the kopeck of 1 000 000 000 000 000 000 + 0.01", () => {
    const big = add(money("1000000000000000000"), money("0.01"));
    expect(big.amount.toFixed(2)).toBe("1000000000000000000.01");
    expect(subtract(big, money("1000000000000000000")).amount.toString()).toBe("0.01");
  });

  it("defaults to roubles and knows USD, EUR and KZT", () => {
    expect(money(1).currency).toBe("RUB");
    for (const code of ["USD", "EUR", "KZT"] as const) expect(money(1, code).currency).toBe(code);
    expect(() => money(1, "XYZ" as never)).toThrow(/unknown currency: "XYZ"/);
  });

  it("refuses text that is not a number, instead of making NaN", () => {
    expect(() => money("12,5")).toThrow(/not a decimal number: "12,5"/);
    expect(() => money("")).toThrow(/not a decimal number/);
    expect(() => money(Number.NaN)).toThrow(/not a finite number/);
    expect(() => money(Infinity)).toThrow(/not a finite number/);
  });

  it("refuses to mix currencies", () => {
    expect(() => add(money(1), money(1, "USD"))).toThrow(CurrencyMismatchError);
    expect(() => add(money(1), money(1, "USD"))).toThrow(/cannot add USD and RUB/);
    expect(() => sum([money(1), money(1, "EUR")], "RUB")).toThrow(CurrencyMismatchError);
    expect(() => compare(money(1), money(1, "KZT"))).toThrow(CurrencyMismatchError);
    expect(() => sum([money(1)], "USD")).toThrow(CurrencyMismatchError);
  });

  it("multiplies by quantities exactly and divides by a rounding policy", () => {
    expect(multiply(money(5), 10).amount.toString()).toBe("50");
    expect(multiply(money("0.1"), 3).amount.toString()).toBe("0.3");
    expect(divide(money(100), 3).amount.toString()).toBe("33.33");
    expect(divide(money(100), 3, { digits: 4 }).amount.toString()).toBe("33.3333");
    expect(divide(money(2), 3).amount.toString()).toBe("0.67");
    expect(() => divide(money(1), 0)).toThrow(/by zero/);
  });

  it("rounds only as the policy says", () => {
    expect(round(money("10.005")).amount.toString()).toBe("10.01");
    expect(round(money("10.005"), { mode: "half-even" }).amount.toString()).toBe("10");
    expect(round(money("10.015"), { mode: "half-even" }).amount.toString()).toBe("10.02");
    expect(round(money("1234.5"), { digits: 0 }).amount.toString()).toBe("1235");
    expect(round(money("-1.005")).amount.toString()).toBe("-1.01");
  });

  it("gives ratios unrounded", () => {
    expect(ratio(money(110), money(100)).toString()).toBe("1.1");
    expect(ratio(money(1), money(3)).toString()).toMatch(/^0\.3{50,}$/);
    expect(() => ratio(money(1), zero())).toThrow(/zero amount/);
  });

  it("prints as plain data", () => {
    expect(JSON.parse(JSON.stringify(money("68.50")))).toEqual({ amount: "68.5", currency: "RUB" });
    expect(Object.isFrozen(money(1))).toBe(true);
    // Node prints the amount and currency; keys, spreads and equality see only the two fields.
    expect(inspect(money("68.50"))).toBe("68.5 RUB");
    expect(inspect({ t: money(5, "USD") })).toBe("{ t: 5 USD }");
    expect(Object.keys(money(1))).toEqual(["amount", "currency"]);
    expect({ ...money(2, "USD") }).toEqual({ amount: toDecimal(2), currency: "USD" });
    expect(money(2, "USD")).toEqual({ amount: toDecimal(2), currency: "USD" });
  });
});

// Amounts as decimal strings with up to 20 integer and 4 fraction digits.
const amountText = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 9999 }))
  .map(([whole, fraction]) => `${whole}.${String(fraction).padStart(4, "0")}`);

describe("money properties", () => {
  it("addition is exact: (a + b) − b = a, and the sum of parts equals the decimal sum", () => {
    fc.assert(
      fc.property(amountText, amountText, (a, b) => {
        const sumAB = add(money(a), money(b));
        expect(equals(subtract(sumAB, money(b)), money(a))).toBe(true);
        expect(sumAB.amount.equals(toDecimal(a).plus(toDecimal(b)))).toBe(true);
      }),
    );
  });

  it("addition is commutative and associative, negation cancels", () => {
    fc.assert(
      fc.property(amountText, amountText, amountText, (a, b, c) => {
        expect(equals(add(money(a), money(b)), add(money(b), money(a)))).toBe(true);
        expect(equals(add(add(money(a), money(b)), money(c)), add(money(a), add(money(b), money(c))))).toBe(true);
        expect(add(money(a), negate(money(a))).amount.isZero()).toBe(true);
      }),
    );
  });

  it("multiplying by a whole quantity equals adding that many times", () => {
    fc.assert(
      fc.property(amountText, fc.integer({ min: 0, max: 40 }), (a, n) => {
        const repeated = sum(
          Array.from({ length: n }, () => money(a)),
          "RUB",
        );
        expect(equals(multiply(money(a), n), repeated)).toBe(true);
      }),
    );
  });

  it("never mutates its arguments", () => {
    fc.assert(
      fc.property(amountText, amountText, (a, b) => {
        const x = money(a);
        const y = money(b);
        add(x, y);
        multiply(x, 3);
        round(y);
        expect(x.amount.toString()).toBe(toDecimal(a).toString());
        expect(y.amount.toString()).toBe(toDecimal(b).toString());
      }),
    );
  });
});
