import { loadIssue, type LoadIssue } from "../issues";

/** The encodings the loader reads: what spreadsheets write when they save "CSV" or "Unicode text". */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

/**
 * The decoded text of a file and the encoding it was read in, or the reason it could not be read.
 * `guessed` is true when nothing in the file said its encoding (no byte-order mark and not UTF-8): the
 * loader then warns which encoding it chose, so a wrong guess is seen.
 */
export type DecodeResult =
  | { readonly success: true; readonly text: string; readonly encoding: TextEncoding; readonly guessed: boolean }
  | { readonly success: false; readonly issue: LoadIssue };

const HOW_TO_FIX =
  'a file saved as UTF-8: in Excel choose "Save as… → CSV UTF-8 (comma delimited)", in LibreOffice tick "Edit filter settings" and pick "Unicode (UTF-8)"';

/** How an encoding is named in warnings and messages. */
export const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  "windows-1251": "Windows-1251",
};

/**
 * Decodes the bytes of a CSV file in the encodings spreadsheets save in:
 * - UTF-8, with or without a byte-order mark (the mark is removed);
 * - UTF-16 LE or BE ("Unicode text" in Excel), with a byte-order mark, or without one when the bytes
 *   clearly are UTF-16 (UTF-16 text of a CSV has a NUL byte in every ASCII character, at every other
 *   offset; a stray NUL in UTF-8 text is not that, and is shown by the value checks as U+0000);
 * - Windows-1251 (the default "CSV" of a Russian Excel) when the bytes are not UTF-8 and read as Russian
 *   text in Windows-1251 (bytes that would be control characters or rare symbols there are refused, so a
 *   file in another legacy encoding is named as such instead of loading as gibberish).
 * Anything else is an issue saying what the bytes are not, and how to re-save the file.
 *
 * @example
 * decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]), "products.csv"); // { success: true, text: "id", encoding: "utf-8", guessed: false }
 * decodeCsvBytes(new Uint8Array([0xf6, 0xe5, 0xed, 0xe0]), "products.csv");       // { success: true, text: "цена", encoding: "windows-1251", guessed: true }
 */
export function decodeCsvBytes(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le", false, file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be", false, file);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return {
      success: false,
      issue: loadIssue({
        code: "not_csv",
        file,
        value: "bytes of a zip file",
        expected: "a CSV text file, or the workbook loaded with loadWorkbookModel under its own name (.xlsx)",
        message: "the file is a zip archive, such as an Excel workbook renamed to .csv",
      }),
    };
  // A NUL in UTF-8 text is left to the value checks, which show it as U+0000.
  if (bytes.includes(0)) {
    const order = utf16Order(bytes);
    if (order !== undefined) return utf16(bytes, order, true, file);
  }
  try {
    // fatal: invalid bytes throw instead of turning into U+FFFD; the BOM is stripped by the decoder.
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { success: true, text, encoding: "utf-8", guessed: false };
  } catch {
    // Not UTF-8: try the other encoding a Russian spreadsheet writes.
  }
  const unusual = firstUnusualCp1251Byte(bytes);
  if (unusual === undefined)
    return {
      success: true,
      text: new TextDecoder("windows-1251").decode(bytes),
      encoding: "windows-1251",
      guessed: true,
    };
  return {
    success: false,
    issue: loadIssue({
      code: "unknown_encoding",
      file,
      value: `byte 0x${bytes[unusual]!.toString(16).padStart(2, "0")} at offset ${unusual}`,
      expected: HOW_TO_FIX,
      message:
        "the file is not UTF-8 text, nor Russian text in Windows-1251 (the default of Russian " +
        "Excel), where this byte is no letter: it is in another encoding (DOS 866, KOI8-R, …)",
    }),
  };
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", guessed: boolean, file: string): DecodeResult {
  try {
    // ignoreBOM: true keeps nothing to strip here (the mark, if any, was cut off by the caller).
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { success: true, text, encoding, guessed };
  } catch {
    return {
      success: false,
      issue: loadIssue({
        code: "unknown_encoding",
        file,
        value: `${bytes.length} bytes that are not valid ${ENCODING_NAMES[encoding]}`,
        expected: HOW_TO_FIX,
        message: `the file looks like UTF-16 ("Unicode text", ${ENCODING_NAMES[encoding]}) but is cut or damaged`,
      }),
    };
  }
}

/**
 * The byte order of UTF-16 text without a byte-order mark, or undefined when the bytes are not UTF-16.
 * In CSV text every separator, line end and digit is ASCII, so one byte of each such pair is 0: in LE the
 * odd bytes, in BE the even ones. The other order's zero bytes must be rare (only U+xx00 characters).
 */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros >= pairs * 0.2 && evenZeros <= oddZeros * 0.05) return "utf-16le";
  if (evenZeros >= pairs * 0.2 && oddZeros <= evenZeros * 0.05) return "utf-16be";
  return undefined;
}

/**
 * The offset of the first byte ≥ 0x80 that Russian text in Windows-1251 would hardly contain (C1 controls,
 * Serbian and Macedonian letters, rare symbols), or undefined when every such byte is a Cyrillic letter,
 * Ё/ё, №, a no-break space, typographic quotes, dashes, an ellipsis, a bullet, °, ±, § or the euro sign.
 */
function firstUnusualCp1251Byte(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80 || byte >= 0xc0) continue;
    if (!USUAL_CP1251_HIGH.has(byte)) return i;
  }
  return undefined;
}

// € „ … ‘ ’ “ ” • – — № « » ° ± § no-break space, soft hyphen, Ё ё.
const USUAL_CP1251_HIGH = new Set([
  0x88, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xb9, 0xab, 0xbb, 0xb0, 0xb1, 0xa7, 0xa0, 0xad, 0xa8,
  0xb8,
]);
