import { ArgumentError } from "../errors";
import type Decimal from "decimal.js";
import { CurrencyMismatchError } from "./errors";
import { DEFAULT_CURRENCY, isCurrencyCode, minorUnitDigits, type CurrencyCode } from "./currency";
import { ExactDecimal, toDecimal, type DecimalInput } from "./decimal";

/**
 * An exact amount of money in one currency. Plain, frozen data: combine amounts with the functions of
 * this module (`add`, `multiply`, ...), which never mutate their arguments.
 *
 * `JSON.stringify` gives `{"amount":"68.5","currency":"RUB"}`; Node prints it as `68.5 RUB`.
 */
export interface Money {
  readonly amount: ExactDecimal;
  readonly currency: CurrencyCode;
}

const inspect = Symbol.for("nodejs.util.inspect.custom");

// Node's printer is inherited from one shared prototype (itself inheriting Object's), so JSON, keys and
// equality checks see only amount and currency, and an amount costs no property definition of its own
// (that was most of the time of a million plan lines).
const MONEY_PROTOTYPE: object = Object.freeze(
  Object.create(Object.prototype, {
    [inspect]: {
      value(this: Money) {
        return `${this.amount.toString()} ${this.currency}`;
      },
      enumerable: false,
    },
  }),
);

function make(amount: ExactDecimal, currency: CurrencyCode): Money {
  const value = Object.create(MONEY_PROTOTYPE) as { amount: ExactDecimal; currency: CurrencyCode };
  value.amount = amount;
  value.currency = currency;
  return Object.freeze(value);
}

/**
 * Money from a decimal the caller has just made (not shared) and a currency already checked: the engine's
 * hot loops (a large plan's lines) skip the copy and the check `money` makes.
 *
 * @example
 * moneyOfExact(new ExactDecimal(5), "USD"); // 5 USD
 */
export function moneyOfExact(amount: ExactDecimal, currency: CurrencyCode): Money {
  return make(amount, currency);
}

/**
 * Makes an amount of money from a decimal string (preferred: exact as written) or a number.
 *
 * @example
 * money("68.50");            // 68.5 RUB
 * money(10, "USD");          // 10 USD
 * money("1e3", "KZT");       // 1000 KZT
 * money("12,5");             // throws ArgumentError not_a_number: not a decimal number: "12,5"
 */
export function money(amount: DecimalInput, currency: CurrencyCode = DEFAULT_CURRENCY): Money {
  if (!isCurrencyCode(currency))
    throw new ArgumentError("unknown_currency", currency, `unknown currency: ${JSON.stringify(currency)}`);
  return make(toDecimal(amount), currency);
}

/**
 * Zero in a currency.
 *
 * @example
 * zero("EUR"); // 0 EUR
 */
export function zero(currency: CurrencyCode = DEFAULT_CURRENCY): Money {
  return money(0, currency);
}

/**
 * True when the value is a Money made by this module (or looks exactly like one).
 *
 * @example
 * isMoney(money(5)); // true
 * isMoney(5);        // false
 */
export function isMoney(value: unknown): value is Money {
  return (
    typeof value === "object" &&
    value !== null &&
    ExactDecimal.isDecimal((value as Money).amount) &&
    typeof (value as Money).currency === "string" &&
    isCurrencyCode((value as Money).currency)
  );
}

function sameCurrency(a: Money, b: Money, operation: string): CurrencyCode {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency, operation);
  return a.currency;
}

/**
 * The exact sum of two amounts in the same currency.
 *
 * @example
 * add(money("0.1"), money("0.2"));              // 0.3 RUB
 * add(money("1000000000000000000"), money("0.01")); // 1000000000000000000.01 RUB
 * add(money(1, "RUB"), money(1, "USD"));       // throws CurrencyMismatchError
 */
export function add(a: Money, b: Money): Money {
  return make(a.amount.plus(b.amount), sameCurrency(a, b, "add"));
}

/**
 * The exact difference `a − b` of two amounts in the same currency.
 *
 * @example
 * subtract(money(50), money(100)); // -50 RUB
 */
export function subtract(a: Money, b: Money): Money {
  return make(a.amount.minus(b.amount), sameCurrency(a, b, "subtract"));
}

/**
 * The amount with its sign flipped.
 *
 * @example
 * negate(money(10)); // -10 RUB
 */
export function negate(a: Money): Money {
  return make(a.amount.negated(), a.currency);
}

/**
 * An amount times a plain factor (a quantity, a share, a number of months), exactly.
 *
 * @example
 * multiply(money(5), 10);        // 50 RUB: ten haircuts of T 5
 * multiply(money("0.1"), "3");   // 0.3 RUB
 */
export function multiply(a: Money, factor: DecimalInput): Money {
  return make(a.amount.times(toDecimal(factor)), a.currency);
}

/**
 * An amount times part / whole, multiplying first so that a third of 30 is exactly 10. A quotient
 * that does not terminate keeps 60 significant digits; round it with {@link round} where it is paid.
 *
 * @example
 * multiplyByFraction(money(30), 1, 3); // 10 RUB
 */
export function multiplyByFraction(a: Money, part: DecimalInput, whole: DecimalInput): Money {
  const by = toDecimal(whole);
  if (by.isZero())
    throw new ArgumentError("division_by_zero", by.toString(), "cannot take a fraction with a zero denominator");
  return make(a.amount.times(toDecimal(part)).dividedBy(by), a.currency);
}

/**
 * The exact sum of many amounts in `currency`. The currency is required so that an empty list sums
 * to zero in the right currency; an amount in another currency is an error.
 *
 * @example
 * sum([money(3), money(2)], "RUB"); // 5 RUB
 * sum([], "USD");                   // 0 USD
 */
export function sum(amounts: Iterable<Money>, currency: CurrencyCode): Money {
  let total = zero(currency);
  for (const amount of amounts) total = add(total, amount);
  return total;
}

/** How a result is rounded when it has to be: to `digits` after the point (default: the currency's minor unit). */
export interface RoundingPolicy {
  /** Digits after the decimal point; defaults to the currency's minor unit (2 for RUB). */
  readonly digits?: number;
  /** Default `"half-up"`, the commercial rounding of invoices and tax returns. */
  readonly mode?: RoundingMode;
}

/** Rounding modes by name, so a policy reads in plain words. */
export type RoundingMode = "half-up" | "half-even" | "half-down" | "up" | "down" | "ceil" | "floor";

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  "half-up": ExactDecimal.ROUND_HALF_UP,
  "half-even": ExactDecimal.ROUND_HALF_EVEN,
  "half-down": ExactDecimal.ROUND_HALF_DOWN,
  up: ExactDecimal.ROUND_UP,
  down: ExactDecimal.ROUND_DOWN,
  ceil: ExactDecimal.ROUND_CEIL,
  floor: ExactDecimal.ROUND_FLOOR,
};

/**
 * Rounds an amount as a policy says: by default to the currency's minor unit, half up.
 *
 * @example
 * round(money("10.005"));                          // 10.01 RUB
 * round(money("10.005"), { mode: "half-even" });   // 10 RUB
 * round(money("1234.5"), { digits: 0 });           // 1235 RUB
 */
export function round(a: Money, policy: RoundingPolicy = {}): Money {
  const digits = policy.digits ?? minorUnitDigits(a.currency);
  return make(a.amount.toDecimalPlaces(digits, MODES[policy.mode ?? "half-up"]), a.currency);
}

/**
 * An amount divided by a plain divisor, rounded by the policy (default: to the minor unit, half up),
 * because a share of money has to be payable.
 *
 * @example
 * divide(money(100), 3);                  // 33.33 RUB
 * divide(money(100), 3, { digits: 4 });   // 33.3333 RUB
 */
export function divide(a: Money, divisor: DecimalInput, policy: RoundingPolicy = {}): Money {
  const by = toDecimal(divisor);
  if (by.isZero()) throw new ArgumentError("division_by_zero", by.toString(), "cannot divide an amount by zero");
  return round(make(a.amount.dividedBy(by), a.currency), policy);
}

/**
 * The ratio of two amounts in the same currency, as an unrounded decimal (60 significant digits).
 * Round it where you show it.
 *
 * @example
 * ratio(money(110), money(100)).toString(); // "1.1": productivity T / OE
 */
export function ratio(numerator: Money, denominator: Money): ExactDecimal {
  sameCurrency(numerator, denominator, "divide");
  if (denominator.amount.isZero())
    throw new ArgumentError("division_by_zero", denominator, "cannot divide by a zero amount");
  return numerator.amount.dividedBy(denominator.amount);
}

/**
 * Compares two amounts in the same currency: −1, 0 or 1.
 *
 * @example
 * compare(money("10.01"), money(10)); // 1
 */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b, "compare");
  return a.amount.comparedTo(b.amount) as -1 | 0 | 1;
}

/**
 * True when two amounts are equal in value and currency (`68.5` equals `68.50`).
 *
 * @example
 * equals(money("68.50"), money("68.5")); // true
 */
export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount.equals(b.amount);
}

/**
 * True when the amount is zero.
 *
 * @example
 * isZero(subtract(money(5), money("5.00"))); // true
 */
export function isZero(a: Money): boolean {
  return a.amount.isZero();
}

/**
 * True when the amount is below zero (a loss, a shortfall).
 *
 * @example
 * isNegative(subtract(money(50), money(100))); // true
 * isNegative(zero());                          // false
 */
export function isNegative(a: Money): boolean {
  return a.amount.isNegative() && !a.amount.isZero();
}

/**
 * True when the amount is above zero.
 *
 * @example
 * isPositive(money("0.01")); // true
 * isPositive(zero());        // false
 */
export function isPositive(a: Money): boolean {
  return a.amount.isPositive() && !a.amount.isZero();
}

/**
 * The larger of two amounts in the same currency.
 *
 * @example
 * max(money(9), money(10)); // 10 RUB
 */
export function max(a: Money, b: Money): Money {
  return compare(a, b) >= 0 ? a : b;
}

/**
 * The smaller of two amounts in the same currency.
 *
 * @example
 * min(money(9), money(10)); // 9 RUB
 */
export function min(a: Money, b: Money): Money {
  return compare(a, b) <= 0 ? a : b;
}

/**
 * The amount as a plain decimal string with its currency, for logs and text tables.
 *
 * @example
 * toText(money("68.50")); // "68.5 RUB"
 */
export function toText(a: Money): string {
  return `${a.amount.toString()} ${a.currency}`;
}

/**
 * A JS number approximation of the amount, only for the edges that need one (chart axes, solvers).
 * Never compute money with it.
 *
 * @example
 * toNumber(money("68.50")); // 68.5
 */
export function toNumber(a: Money): number {
  return a.amount.toNumber();
}
