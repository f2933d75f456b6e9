/** Exact money: amounts as decimals in a currency, never a JS number. */
export {
  money,
  zero,
  isMoney,
  add,
  subtract,
  multiply,
  sum,
  round,
  divide,
  ratio,
  compare,
  equals,
  isZero,
  isNegative,
  isPositive,
} from "./money";
export { toText, toNumber } from "./money";
export type { Money, RoundingMode } from "./money";
export { ExactDecimal, toDecimal, type DecimalInput } from "./decimal";
export { type CurrencyCode } from "./currency";
export { CurrencyMismatchError } from "./errors";
