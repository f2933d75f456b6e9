/** A separator of CSV fields the loader understands. */
export type CsvSeparator = "," | ";" | "\t";

/**
 * Picks the field separator from the header line: the one of `;`, tab and `,` that occurs most often
 * outside quotes. Russian-locale spreadsheets save with `;` because the comma is their decimal mark.
 * Ties go to `;`, then tab, then `,`; a header with none of them is a one-column file (`,`).
 *
 * @example
 * detectSeparator("id;name;price"); // ";"
 * detectSeparator("id,name,price"); // ","
 * detectSeparator("id");            // ","
 */
export function detectSeparator(headerLine: string): CsvSeparator {
  let semicolons = 0;
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 59 /* ; */) semicolons++;
    else if (c === 9 /* tab */) tabs++;
    else if (c === 44 /* , */) commas++;
  }
  if (semicolons > 0 && semicolons >= tabs && semicolons >= commas) return ";";
  if (tabs > 0 && tabs >= commas) return "\t";
  return ",";
}
