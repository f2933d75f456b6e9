import { escapeHtml } from "../text/escape";
import type { Explanation, Tone } from "./sentence";

// The words carry the meaning; colour is a third signal after the tone class and the wording.
const TONE_STYLE: Record<Tone, string> = {
  neutral: "",
  good: "border-left:3px solid #2e7d32;padding-left:0.5em",
  bad: "border-left:3px solid #c62828;padding-left:0.5em",
  warning: "border-left:3px solid #ef6c00;padding-left:0.5em",
};

/**
 * An explanation as HTML: one paragraph per sentence, every sentence escaped, its tone as a class
 * (`ta-good`, `ta-bad`, `ta-warning`) and a coloured rule.
 *
 * @example
 * const busy = withPoliticalMinimum(withDemandScaled(salon, 1.3), "blow-dry", 30).model; // keep 30 blow-dries
 * explanationHtml(explainPoliticalMix(politicalMix(busy)));
 * // '<div class="ta-explanation" lang="en"><p class="ta-sentence ta-neutral" …>The political minimum sells 30 …</p></div>'
 */
export function explanationHtml(explanation: Explanation): string {
  const paragraphs = explanation.sentences.map((sentence) => {
    const style = ["margin:0.3em 0", TONE_STYLE[sentence.tone]].filter(Boolean).join(";");
    return `<p class="ta-sentence ta-${sentence.tone}" style="${style}">${escapeHtml(sentence.text)}</p>`;
  });
  return `<div class="ta-explanation" lang="${explanation.locale}">${paragraphs.join("")}</div>`;
}

/**
 * An explanation as plain text: one sentence a line.
 *
 * @example
 * console.log(explanationText(explainRanking(rankProducts(salon))));
 */
export function explanationText(explanation: Explanation): string {
  return explanation.sentences.map((sentence) => sentence.text).join("\n");
}
