import type { Feedback } from "../exercises/types";
import type { Labels } from "../i18n";
import { cell, type Table } from "./table";

// An exercise's verdict reads as a sentence, marked right or wrong by a sign as well as by words.
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
