import type { Money } from "../core/money/money";

/** What a reader may answer: a number, an amount, a word or a list of words. */
export type Answer = number | string | Money | readonly string[];

/** A common wrong answer and why it is wrong, so the feedback can say more than "no". */
export interface KnownMistake<Context> {
  /** The wrong answer this mistake produces, computed from the same data as the solution. */
  readonly answer: (context: Context) => Answer;
  /** Why it is wrong, in a sentence. */
  readonly why: string;
}

/**
 * An exercise at the end of a chapter. The reference solution is computed by the library from the
 * chapter's data, so changing a parameter changes the expected answer too.
 */
export interface Exercise<Context> {
  readonly id: string;
  readonly question: string;
  readonly hint: string;
  /** The reference solution. */
  readonly solve: (context: Context) => Answer;
  readonly mistakes?: readonly KnownMistake<Context>[];
  /** Allowed absolute difference for numbers and amounts; default 0.005 (half a kopeck). */
  readonly tolerance?: number;
  /** The unit of the answer, for the message ("roubles", "units", "%"). */
  readonly unit?: string;
}

/** The checker's verdict on an answer, as plain data. */
export interface Feedback {
  readonly kind: "exercise-feedback";
  readonly exerciseId: string;
  readonly correct: boolean;
  readonly message: string;
  /** Given when the answer is wrong and no known mistake explains it. */
  readonly hint?: string;
  /** The expected answer, given only with `reveal`. */
  readonly expected?: string;
}
