import type { Money } from "../core/money/money";
import type { Locale } from "../i18n/locale";

/** What a reader may answer: a number, an amount, a word or a list of words. */
export type Answer = number | string | Money | readonly string[];

/**
 * A text in the workbook's two languages, or one string used in both (the catalogue's English text
 * until its Russian is written).
 */
export type LocalText = string | { readonly en: string; readonly ru: string };

/**
 * The text of a {@link LocalText} in a locale.
 *
 * @example
 * localText({ en: "that is the price", ru: "это цена" }, "ru"); // "это цена"
 * localText("that is the price", "ru");                         // "that is the price"
 */
export function localText(text: LocalText, locale: Locale): string {
  return typeof text === "string" ? text : text[locale];
}

/** A common wrong answer and why it is wrong, so the feedback can say more than "no". */
export interface KnownMistake<Context> {
  /** The wrong answer this mistake produces, computed from the same data as the solution. */
  readonly answer: (context: Context) => Answer;
  /** Why it is wrong, in a sentence. */
  readonly why: LocalText;
}

/**
 * An exercise at the end of a chapter. The reference solution is computed by the library from the
 * chapter's data, so changing a parameter changes the expected answer too.
 */
export interface Exercise<Context> {
  readonly id: string;
  readonly question: LocalText;
  readonly hint: LocalText;
  /** The reference solution. */
  readonly solve: (context: Context) => Answer;
  readonly mistakes?: readonly KnownMistake<Context>[];
  /** Allowed absolute difference for numbers and amounts; default 0.005 (half a kopeck). */
  readonly tolerance?: number;
  /**
   * The unit of the answer, for the message ("haircuts", "hours"). A currency code ("RUB") is not
   * repeated after an amount, which already shows its currency.
   */
  readonly unit?: LocalText;
}

/** Why the checker judged an answer as it did. */
export type FeedbackReason =
  /** The answer is right. */
  | "right"
  /** No answer was given yet (the placeholder is still there). */
  | "empty"
  /** The answer is one of the exercise's known mistakes, explained. */
  | "known-mistake"
  /** The answer has the right size but the wrong sign. */
  | "sign"
  /** The answer could not be read as what the exercise expects (a number, an id). */
  | "unreadable"
  /** Wrong, and no known mistake explains it: the hint is given. */
  | "wrong";

/** The checker's verdict on an answer, as plain data. */
export interface Feedback {
  readonly kind: "feedback";
  readonly exerciseId: string;
  readonly correct: boolean;
  readonly reason: FeedbackReason;
  /** The language of the message and hint. */
  readonly locale: Locale;
  readonly message: string;
  /** Given when the answer is wrong and no known mistake explains it. */
  readonly hint?: string;
  /** The expected answer, given only with `reveal`. */
  readonly expected?: string;
}
