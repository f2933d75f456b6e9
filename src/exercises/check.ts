import { isMoney } from "../core/money/money";
import { toDecimal } from "../core/money/decimal";
import type { Answer, Exercise, Feedback } from "./types";

/** Options of {@link checkAnswer}. */
export interface CheckOptions {
  /** Show the expected answer in the feedback (for trainers and for the tests). */
  readonly reveal?: boolean;
}

/**
 * Checks a reader's answer against the reference solution: right; wrong and why (when it matches a
 * known mistake); or wrong with a hint.
 *
 * @example
 * checkAnswer(haircutThroughput, 5, salon);  // { correct: true, message: "Right: 5 roubles." }
 * checkAnswer(haircutThroughput, 10, salon); // { correct: false, message: "Not 10: that is the price; T is price minus TVC." }
 */
export function checkAnswer<Context>(exercise: Exercise<Context>, answer: Answer, context: Context, options: CheckOptions = {}): Feedback {
  const expected = exercise.solve(context);
  const tolerance = exercise.tolerance ?? 0.005;
  const reveal = options.reveal ? { expected: show(expected) } : {};
  const unit = exercise.unit ? ` ${exercise.unit}` : "";
  if (answer === undefined || answer === null || (typeof answer === "number" && Number.isNaN(answer)))
    return { kind: "exercise-feedback", exerciseId: exercise.id, correct: false, message: "No answer yet: replace the placeholder with your answer.", hint: exercise.hint, ...reveal };
  if (same(answer, expected, tolerance))
    return { kind: "exercise-feedback", exerciseId: exercise.id, correct: true, message: `Right: ${show(answer)}${unit}.`, ...reveal };
  for (const mistake of exercise.mistakes ?? [])
    if (same(answer, mistake.answer(context), tolerance))
      return { kind: "exercise-feedback", exerciseId: exercise.id, correct: false, message: `Not ${show(answer)}: ${mistake.why}`, hint: exercise.hint, ...reveal };
  return { kind: "exercise-feedback", exerciseId: exercise.id, correct: false, message: `Not ${show(answer)}${unit}.`, hint: exercise.hint, ...reveal };
}

function same(answer: Answer, expected: Answer, tolerance: number): boolean {
  const a = numeric(answer);
  const b = numeric(expected);
  if (a !== undefined && b !== undefined) return a.minus(b).abs().lte(tolerance);
  if (Array.isArray(answer) && Array.isArray(expected))
    return answer.length === expected.length && answer.every((item, i) => normalise(item) === normalise(expected[i]!));
  if (typeof answer === "string" && typeof expected === "string") return normalise(answer) === normalise(expected);
  return false;
}

function numeric(value: Answer) {
  if (isMoney(value)) return value.amount;
  if (typeof value === "number") return Number.isFinite(value) ? toDecimal(value) : undefined;
  if (typeof value === "string") {
    const text = value.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
    try {
      return toDecimal(text);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

function show(value: Answer): string {
  if (isMoney(value)) return `${value.amount.toString()} ${value.currency}`;
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}
