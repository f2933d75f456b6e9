/**
 * The digest's closing table, row by row: the chapter that shows each figure and the lines its output must
 * contain. The notebook test checks them on the one run it makes of each chapter.
 */
export const DIGEST: readonly [row: string, notebook: string, expected: readonly (string | RegExp)[]][] = [
  ["haircut: T = 5 per haircut (price 10, TVC 3 + 2)", "01-salon-throughput", [
    "One haircut: price ₽10.00 − TVC ₽5.00 (piece rate ₽3.00 + materials ₽2.00) = T ₽5.00 per haircut",
  ]],
  ["salon month: 10 haircuts → T = 50; OE 50/40/100 → NP 0 / 10 / −50", "01-salon-throughput", [
    "month-1: 10 × T ₽5.00 = T ₽50.00; T ₽50.00 − OE ₽50.00 = NP ₽0.00",
    "month-2: 10 × T ₽5.00 = T ₽50.00; T ₽50.00 − OE ₽40.00 = NP ₽10.00",
    "month-3: 10 × T ₽5.00 = T ₽50.00; T ₽50.00 − OE ₽100.00 = NP −₽50.00",
  ]],
  ["administrator: ΔOE +10 per month; ΔT +30 per month from month 4 (and the +10.01 threshold)", "02-decisions-administrator", [
    // The month-by-month table (no ΔT until month 4), and the sentences computed from the projection.
    /^ *3 ₽0\.00 \+₽10\.00 /m,
    /^ *4 \+₽30\.00 \+₽10\.00 /m,
    "Accept: at full effect ΔT ₽30.00 > ΔOE ₽10.00 a month",
    "ΔT ₽10.00 against ΔOE ₽10.00: not worth it",
    "ΔT ₽10.01 against ΔOE ₽10.00: worth it",
  ]],
  ["ranking: price 68, TVC 42, T 26; Gold Star T 209; T/CU ≈ 17 (Classic) vs ≈ 14 (Gold Star)", "03-ranking", [
    // The first table's row, and the ranking's sentences computed from the ranking.
    /^ *Blow-dry and styling [^\n]*₽68\.00 [^\n]*₽42\.00 [^\n]*₽26\.00/m,
    "Gold Star has the largest T per unit (₽209.00 against ₽85.00)",
    "Lady Classic earns most per 6 min: ₽17.00",
    "so it brings ₽13.93 per 6 min against ₽17.00.",
  ]],
  ["mix: cumulative CCR use ≈ 16 %, ≈ 33 %, …, 92 % with all demand served", "04-mix-and-political-mix", [
    // The battle map's cumulative-load column, row by row, and the sentence computed from the plan.
    /^ *Lady Classic [^\n]* 16%/m,
    /^ *Colour Express [^\n]* 33%/m,
    /^ *Blow-dry and styling [^\n]* 92%/m,
    "Capacity is not binding: all demand is served, and the busiest resource, Stylists' chair time, is 92% busy.",
  ]],
  ["phones: revenue 150, TVC 40 (15 + 15 + 10), T 110, OE 100 → NP 10", "05-phone-shop-sales-plan", [
    "TVC ₽40.00 = purchase and materials ₽15.00 + sales bonus ₽15.00 + tax on sales ₽10.00.",
    "T = revenue ₽150.00 − TVC ₽40.00 = ₽110.00.",
    "T ₽110.00 covers OE ₽100.00 with ₽10.00 to spare: net profit NP = ₽10.00.",
  ]],
  ["advertising: 100 spent, 10 leads, 10 per lead, 1 sale of 100 → OE", "05-phone-shop-sales-plan", [
    "the buyers bring ΔT ₽73.33, not more than the spend ₽100.00 (OE)",
    "Each lead cost ₽10.00, each buyer ₽100.00.",
  ]],
  ["hall: price 10 (market 50), TVC ≈ 1 → ΔT = ΔNP = +9", "06-hall-special-order", [
    "(market price ₽50.00)",
    "each unit brings T = ₽10.00 − ₽1.00 = ₽9.00",
    "ΔNP = +₽9.00",
  ]],
  ["expert: 140–160 h per month; sales +20 % / +30 % / +50 % with filter and assistant", "07-expert-sales", [
    "Uncle Fyodor (the expert) at the talk's 140, 150 and 160 hours",
    /today: the expert does everything\s+140\b/,
    /with a filter and an assistant\s+160\b/,
    "With a filter: sales +20%",
    "With a filter and a part-time assistant: sales +30%",
    "With a filter and an assistant: sales +50%",
  ]],
];

/** The digest rows a notebook's output fails, with the missing lines; empty when all are there. */
export function missingDigestLines(notebook: string, text: string): string[] {
  return DIGEST.filter(([, chapter]) => chapter === notebook).flatMap(([row, , expected]) =>
    expected.filter((line) => (typeof line === "string" ? !text.includes(line) : !line.test(text))).map((line) => `${row}: ${String(line)}`),
  );
}
