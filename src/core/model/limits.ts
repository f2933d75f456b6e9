import { ExactDecimal } from "../money/decimal";

/**
 * The largest amount of money a model may hold (exclusive): 10^15, a quadrillion. Money stays exact at any
 * size, but T per unit becomes the solver's objective and ratios and charts become floats: beyond this they
 * lose the kopeck or overflow, so a model is refused, naming the value, rather than giving Infinity later.
 *
 * @example
 * MONEY_LIMIT.toString(); // "1000000000000000"
 */
export const MONEY_LIMIT = new ExactDecimal("1e15");

/**
 * The largest quantity, time or capacity a model may hold (exclusive): 10^12. Times × units meet in the
 * solver's matrix and bounds, which HiGHS treats as infinite from 10^15 and 10^20.
 *
 * @example
 * 5e11 < QUANTITY_LIMIT; // true
 */
export const QUANTITY_LIMIT = 1e12;

/**
 * Significant digits a quantity may have: 15 is what a JS number holds exactly, so a quantity's shortest
 * text is exactly the value written, and every sum of quantities is computed exactly from that text.
 *
 * @example
 * String(0.1); // "0.1": one digit, exact
 */
export const QUANTITY_DIGITS = 15;

/** What a quantity above {@link QUANTITY_LIMIT} is told to be. */
export const QUANTITY_LIMIT_EXPECTED = "a number below 1 000 000 000 000 (10^12)";
/** What an amount above {@link MONEY_LIMIT} is told to be. */
export const MONEY_LIMIT_EXPECTED = "an amount below 1 000 000 000 000 000 (10^15)";
