import type { Feedback } from "../exercises/types";
import { labels, type Labels } from "../i18n";
import { escapeHtml } from "../text/escape";
import { cell, type Table } from "./table";

const RIGHT = "#2e7d32";
const WRONG = "#c62828";

/** Whether a value is an exercise's {@link Feedback}. */
export function isFeedback(value: unknown): value is Feedback {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "feedback";
}

/**
 * Feedback as a table (for text output and `toTables`): the exercise, a ✓ or ✗, the message, and the
 * hint or the expected answer when there is one.
 */
export function feedbackTable(feedback: Feedback, l: Labels): Table {
  return {
    title: `${l.exercise} ${feedback.exerciseId} ${feedback.correct ? "✓" : "✗"}`,
    columns: [{ label: l.answerFeedback }],
    rows: [{ cells: [cell.text(feedback.message)] }],
    notes: [
      ...(feedback.hint === undefined ? [] : [`${l.hint}: ${feedback.hint}`]),
      ...(feedback.expected === undefined ? [] : [`${l.expectedAnswer}: ${feedback.expected}`]),
    ],
  };
}

/**
 * Feedback as HTML: ✓ in green or ✗ in red (inline style, so it survives any notebook's CSS; the sign
 * and the words carry the meaning without colour), the message, then the hint or the expected answer.
 * Every text is escaped. Labels are in the feedback's own language.
 *
 * @example
 * feedbackHtml(checkAnswer(EXERCISES["01-1"], 4, salon));
 * // '<div class="ta-feedback ta-right" …><p …><span … style="color:#2e7d32;…">✓</span> <b>Exercise 01-1</b>: Right: ₽4.00.</p></div>'
 */
export function feedbackHtml(feedback: Feedback): string {
  const l = labels(feedback.locale);
  const mark = feedback.correct
    ? `<span class="ta-mark" aria-label="${escapeHtml(l.answerRight)}" style="color:${RIGHT};font-weight:bold">✓</span>`
    : `<span class="ta-mark" aria-label="${escapeHtml(l.answerWrong)}" style="color:${WRONG};font-weight:bold">✗</span>`;
  const extra = [
    feedback.hint === undefined
      ? ""
      : `<p style="margin:0.2em 0 0 1.4em"><i>${escapeHtml(l.hint)}:</i> ${escapeHtml(feedback.hint)}</p>`,
    feedback.expected === undefined
      ? ""
      : `<p style="margin:0.2em 0 0 1.4em"><i>${escapeHtml(l.expectedAnswer)}:</i> ${escapeHtml(feedback.expected)}</p>`,
  ].join("");
  return (
    `<div class="ta-feedback ${feedback.correct ? "ta-right" : "ta-wrong"}" lang="${feedback.locale}" ` +
    `style="border-left:3px solid ${feedback.correct ? RIGHT : WRONG};padding:0.2em 0.6em;margin:0.5em 0">` +
    `<p style="margin:0">${mark} <b>${escapeHtml(`${l.exercise} ${feedback.exerciseId}`)}</b>: ${escapeHtml(feedback.message)}</p>${extra}</div>`
  );
}

/** Feedback as plain text: "✓ Exercise 01-1: Right: ₽4.00." and the hint on the next line. */
export function feedbackText(feedback: Feedback): string {
  const l = labels(feedback.locale);
  return [
    `${feedback.correct ? "✓" : "✗"} ${l.exercise} ${feedback.exerciseId}: ${feedback.message}`,
    ...(feedback.hint === undefined ? [] : [`  ${l.hint}: ${feedback.hint}`]),
    ...(feedback.expected === undefined ? [] : [`  ${l.expectedAnswer}: ${feedback.expected}`]),
  ].join("\n");
}
