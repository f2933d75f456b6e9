/**
 * How a comma inside a number is read.
 * - `"decimal-comma"`: the file is `;`-separated (a Russian-locale spreadsheet): a comma is always the decimal mark.
 * - `"either"`: a `,`- or tab-separated file, or in-memory data: a comma is the decimal mark when that is the
 *   only reading (`68,50`, `0,125`, `1 000,5`), a thousands separator when that is the only reading
 *   (`1,000,000`, `1,000.50`), and an error when both readings are possible (`1,500`).
 */
export type NumberStyle = "decimal-comma" | "either";

/** A number read from text: its plain decimal text (`-1000.5`), or why it is not a number. */
export type NumberText =
  | { readonly success: true; readonly text: string }
  | { readonly success: false; readonly code: "not_a_number" | "ambiguous_number"; readonly problem: string };

// Compiled once: the common case of plain digits is one regex test per cell.
const PLAIN = /^-?\d+(?:\.\d+)?$/;
const ONLY_NUMBER_CHARS = /^[\d ,.\u00A0\u202F\u2009']*$/;
const GROUP_SEPARATORS = /[ \u00A0\u202F\u2009',.]/;
const DIGITS = /^\d+$/;
const AMBIGUOUS = /^[1-9]\d{0,2},\d{3}$/;

/** What a number may look like, for "expected …" in messages. */
export const NUMBER_EXPECTED = "a number such as 68,50 or 68.50 or 1 000 000,50";

/**
 * Reads a number written by a person or a spreadsheet into plain decimal text, without ever going through a
 * JS float: spaces (also non-breaking U+00A0 and narrow U+202F) or apostrophes between groups of three
 * digits, a decimal comma or point, a leading `-`, `+` or `−`.
 *
 * Rules: when a number has both `,` and `.`, the last one is the decimal mark and the other separates
 * thousands; a single `.` is a decimal point; a single `,` is read by `style` (see {@link NumberStyle});
 * thousands groups must have exactly three digits. Anything else is refused, never guessed.
 *
 * @example
 * readNumberText("68,50", "decimal-comma");        // { success: true, text: "68.50" }
 * readNumberText("1\u00A0000 000,5", "either");    // { success: true, text: "1000000.5" }
 * readNumberText("1,000.50", "either");            // { success: true, text: "1000.50" }
 * readNumberText("1,500", "either");               // { success: false, problem: "ambiguous: …" }
 * readNumberText("12abc", "either");               // { success: false, problem: "not a number" }
 */
export function readNumberText(raw: string, style: NumberStyle): NumberText {
  const trimmed = raw.trim();
  if (PLAIN.test(trimmed)) return { success: true, text: trimmed };
  let sign = "";
  let rest = trimmed;
  const first = rest.charAt(0);
  if (first === "-" || first === "+" || first === "\u2212") {
    sign = first === "+" ? "" : "-";
    rest = rest.slice(1);
  }
  if (rest === "" || !ONLY_NUMBER_CHARS.test(rest))
    return { success: false, code: "not_a_number", problem: "not a number" };

  const lastComma = rest.lastIndexOf(",");
  const lastDot = rest.lastIndexOf(".");
  let mark = -1; // index of the decimal mark in `rest`, or -1 for an integer
  if (lastComma >= 0 && lastDot >= 0) {
    mark = Math.max(lastComma, lastDot);
    const markChar = rest.charAt(mark);
    if (rest.indexOf(markChar) !== mark)
      return {
        success: false,
        code: "not_a_number",
        problem: `not a number: more than one "${markChar}" with the other mark in it`,
      };
  } else if (lastDot >= 0) {
    if (rest.indexOf(".") !== lastDot)
      return {
        success: false,
        code: "not_a_number",
        problem: 'not a number: more than one "." (write thousands with spaces)',
      };
    mark = lastDot;
  } else if (lastComma >= 0) {
    const single = rest.indexOf(",") === lastComma;
    if (style === "decimal-comma") {
      if (!single)
        return {
          success: false,
          code: "not_a_number",
          problem: "not a number: more than one decimal comma (write thousands with spaces)",
        };
      mark = lastComma;
    } else if (single) {
      if (AMBIGUOUS.test(rest))
        return {
          success: false,
          code: "ambiguous_number",
          problem:
            `ambiguous: "${trimmed}" can be read as ${rest.replace(",", ".")} ` +
            `(decimal comma) or ${rest.replace(",", "")} (thousands); write it with ` +
            `a space for thousands (1 500) or with more or fewer decimals (1,5)`,
        };
      mark = lastComma;
    } // several commas in an "either" file: thousands separators, checked below
  }

  const integerPart = mark < 0 ? rest : rest.slice(0, mark);
  const fraction = mark < 0 ? "" : rest.slice(mark + 1);
  if (mark >= 0 && !DIGITS.test(fraction))
    return { success: false, code: "not_a_number", problem: "not a number: the decimals must be digits only" };
  const integer = joinGroups(integerPart);
  if (integer === undefined)
    return {
      success: false,
      code: "not_a_number",
      problem: "not a number: separators between digits must split them into groups of three (1 000 000)",
    };
  if (integer === "" && fraction === "") return { success: false, code: "not_a_number", problem: "not a number" };
  return { success: true, text: `${sign}${integer === "" ? "0" : integer}${fraction === "" ? "" : `.${fraction}`}` };
}

// "1 000 000" → "1000000"; undefined when the groups are not 1-3 digits then threes.
function joinGroups(integerPart: string): string | undefined {
  if (DIGITS.test(integerPart) || integerPart === "") return integerPart;
  const groups = integerPart.split(GROUP_SEPARATORS);
  if (groups[0]!.length < 1 || groups[0]!.length > 3 || !DIGITS.test(groups[0]!)) return undefined;
  for (let i = 1; i < groups.length; i++) if (groups[i]!.length !== 3 || !DIGITS.test(groups[i]!)) return undefined;
  return groups.join("");
}
