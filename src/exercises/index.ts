/** The chapters' exercises and the checker that gives feedback; the reference solutions stay in the catalogue. */
export { EXERCISES } from "./catalogue";
export { checkAnswer } from "./check";
export type { Answer, Exercise, Feedback, KnownMistake } from "./types";
