import { ArgumentError } from "../errors";
import type { CurrencyCode } from "./currency";

/**
 * Thrown when two amounts in different currencies meet in one sum or comparison: converting them needs
 * a rate and a date, which the caller has and the library does not.
 *
 * @example
 * add(money(1, "RUB"), money(1, "USD")); // throws CurrencyMismatchError
 */
export class CurrencyMismatchError extends ArgumentError {
  override readonly name: string = "CurrencyMismatchError";
  constructor(
    readonly expected: CurrencyCode,
    readonly actual: CurrencyCode,
    readonly operation: string,
  ) {
    super(
      "currency_mismatch",
      actual,
      `cannot ${operation} ${actual} and ${expected}: amounts in different currencies need an explicit conversion`,
    );
  }
}
