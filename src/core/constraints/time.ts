import { toDecimal, type ExactDecimal } from "../money/decimal";
import type { TimeUnit } from "../model/types";

/** Minutes in one hour: the only conversion the model's two time units need. */
export const MINUTES_PER_HOUR = 60;

/**
 * A time in minutes, exactly. Every comparison of usage with capacity is made in minutes, because
 * hours → minutes multiplies by 60 (exact) while minutes → hours divides by 60 (20 min is 0.333… h).
 *
 * @example
 * minutesOf(1.5, "hour").toString();  // "90"
 * minutesOf(20, "minute").toString(); // "20"
 */
export function minutesOf(value: number, unit: TimeUnit): ExactDecimal {
  const exact = toDecimal(value);
  return unit === "hour" ? exact.times(MINUTES_PER_HOUR) : exact;
}

/**
 * Converts a time between minutes and hours, as a plain number (for display and for the solver).
 *
 * @example
 * convertTime(90, "minute", "hour"); // 1.5
 * convertTime(2, "hour", "minute");  // 120
 */
export function convertTime(value: number, from: TimeUnit, to: TimeUnit): number {
  if (from === to) return value;
  return from === "hour" ? value * MINUTES_PER_HOUR : value / MINUTES_PER_HOUR;
}

/**
 * An exact number of minutes expressed in `unit` (hours are minutes ÷ 60, kept exact to 60 digits).
 *
 * @example
 * fromMinutes(toDecimal(90), "hour").toString(); // "1.5"
 */
export function fromMinutes(minutes: ExactDecimal, unit: TimeUnit): ExactDecimal {
  return unit === "hour" ? minutes.dividedBy(MINUTES_PER_HOUR) : minutes;
}
