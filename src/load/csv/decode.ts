import { loadIssue, type LoadIssue } from "../issues";

/** The decoded text of a file, or the reason it could not be read as UTF-8. */
export type DecodeResult = { readonly success: true; readonly text: string } | { readonly success: false; readonly issue: LoadIssue };

const HOW_TO_FIX =
  'a file saved as UTF-8: in Excel choose "Save as… → CSV UTF-8 (comma delimited)", in LibreOffice tick "Edit filter settings" and pick "Unicode (UTF-8)"';

/**
 * Decodes the bytes of a CSV file as UTF-8, strictly: bytes that are not UTF-8 (a file saved in
 * Windows-1251 or another legacy encoding) give an issue that says so, instead of text full of `�`.
 * A UTF-8 byte-order mark is removed; a UTF-16 one is reported.
 *
 * @example
 * decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]), "products.csv"); // { success: true, text: "id" }
 * decodeCsvBytes(new Uint8Array([0xf6, 0xe5, 0xed, 0xe0]), "products.csv");       // { success: false, issue: not UTF-8 }
 */
export function decodeCsvBytes(bytes: Uint8Array, file: string): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      success: false,
      issue: loadIssue({
        code: "not_utf8",
        file,
        value: "UTF-16 byte-order mark",
        expected: HOW_TO_FIX,
        message: 'the file is UTF-16 ("Unicode text"), not UTF-8',
      }),
    };
  try {
    // fatal: invalid bytes throw instead of turning into U+FFFD; the BOM is stripped by the decoder.
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { success: true, text };
  } catch {
    const at = firstInvalidByte(bytes);
    return {
      success: false,
      issue: loadIssue({
        code: "not_utf8",
        file,
        value: at === undefined ? "bytes that are not UTF-8" : `byte 0x${bytes[at]!.toString(16).padStart(2, "0")} at offset ${at}`,
        expected: HOW_TO_FIX,
        message:
          "the file is not UTF-8 text (it looks like another encoding, e.g. Windows-1251, the default of Russian Excel)",
      }),
    };
  }
}

// Only used to point at the problem in the message; the decision is TextDecoder's.
function firstInvalidByte(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails (a prefix ending mid-character also fails, hence the stream flag).
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low < bytes.length ? low : undefined;
}
