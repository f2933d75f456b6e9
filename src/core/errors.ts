/**
 * What was wrong with an argument given to a core function, stable across versions: branch on this,
 * never on the message or on a built-in error class.
 */
export type ArgumentErrorCode =
  | "unknown_currency"
  | "currency_mismatch"
  | "not_a_number"
  | "division_by_zero"
  | "unknown_product"
  | "unknown_resource"
  | "unknown_input"
  | "unknown_locale"
  | "out_of_range"
  | "count_mismatch"
  | "duplicate"
  | "invalid_name"
  | "unsupported_type"
  | "empty";

/**
 * Thrown by the core, and by the display, charts, explanations and export built on it, when called with an
 * argument they cannot work with: an unknown currency or resource id, a division by zero, an empty list, a
 * sweep of two inputs given to a one-input chart. Data problems of a whole model are a `ModelError`
 * instead (every issue at once, each with a path); this is one bad argument, with its code and value.
 *
 * @example
 * try { money("12,5"); } catch (error) {
 *   if (error instanceof ArgumentError) [error.code, error.value]; // ["not_a_number", "12,5"]
 * }
 */
export class ArgumentError extends Error {
  override readonly name: string = "ArgumentError";
  constructor(
    readonly code: ArgumentErrorCode,
    readonly value: unknown,
    message: string,
  ) {
    super(message);
  }
}
