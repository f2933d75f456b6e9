/**
 * A byte-level CSV scanner for the large-file path: no string per cell, no object per row. It reads a
 * whole file's bytes and walks the fields in place; callers pick the columns they need and decode only
 * those. Handles a byte-order mark, CRLF or LF, `,` `;` or tab separators (detected from the header like
 * the loader does), quoted fields with doubled quotes, and blank lines.
 */

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** A CSV the scanner cannot read: the full loader reads it instead, and reports it properly. */
export class CsvScanError extends Error {
  override readonly name = "CsvScanError";
}

/** The columns of a header, by name (trimmed), and the separator byte. */
export interface CsvHeader {
  readonly columns: readonly string[];
  readonly separator: number;
}

/** Positions of one field inside the file's bytes (quotes excluded). */
export class CsvScanner {
  /** Start (inclusive) and end (exclusive) of the current field's bytes. */
  start = 0;
  end = 0;
  /** True when the current field was quoted (its bytes may contain doubled quotes). */
  quoted = false;
  /** True when the current field was the last of its line. */
  lineEnd = false;
  private position: number;
  readonly header: CsvHeader;

  constructor(readonly bytes: Uint8Array) {
    this.position = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    let lineEnd = this.position;
    while (lineEnd < bytes.length && bytes[lineEnd] !== LF) lineEnd++;
    const headerText = new TextDecoder().decode(bytes.subarray(this.position, lineEnd));
    // As the loader: the separator that occurs most in the header line, `,` on a tie.
    const counts = [",", ";", "\t"].map((sep) => headerText.split(sep).length - 1);
    const separator = counts[1]! > counts[0]! && counts[1]! >= counts[2]! ? ";" : counts[2]! > counts[0]! ? "\t" : ",";
    this.header = { columns: [], separator: separator.charCodeAt(0) };
    const columns: string[] = [];
    while (this.nextField()) {
      columns.push(this.text().trim());
      if (this.lineEnd) break;
    }
    this.header = { columns, separator: separator.charCodeAt(0) };
  }

  /** True while bytes remain. */
  get more(): boolean {
    return this.position < this.bytes.length;
  }

  /** Skips blank lines; true when a data line starts here. */
  nextLine(): boolean {
    const bytes = this.bytes;
    while (this.position < bytes.length) {
      const byte = bytes[this.position]!;
      if (byte === LF || byte === CR) this.position++;
      else return true;
    }
    return false;
  }

  /** Moves to the next field of the line; false at the end of the file. */
  nextField(): boolean {
    const bytes = this.bytes;
    const separator = this.header?.separator ?? 0x2c;
    let p = this.position;
    if (p > bytes.length) return false;
    if (bytes[p] === QUOTE) {
      this.quoted = true;
      this.start = ++p;
      for (;;) {
        if (p >= bytes.length) throw new CsvScanError("a quoted value is never closed");
        if (bytes[p] === QUOTE) {
          if (bytes[p + 1] === QUOTE) p += 2;
          else break;
        } else p++;
      }
      this.end = p++;
      // Whatever follows the closing quote up to the separator is ignored, as papaparse would keep it;
      // the large-file path refuses it instead of guessing.
      if (p < bytes.length && bytes[p] !== separator && bytes[p] !== LF && bytes[p] !== CR)
        throw new CsvScanError("text after a closing quote");
    } else {
      this.quoted = false;
      this.start = p;
      while (p < bytes.length && bytes[p] !== separator && bytes[p] !== LF && bytes[p] !== CR) p++;
      this.end = p;
    }
    if (p >= bytes.length) {
      this.lineEnd = true;
      this.position = bytes.length + 1;
      return true;
    }
    if (bytes[p] === separator) {
      this.lineEnd = false;
      this.position = p + 1;
    } else {
      this.lineEnd = true;
      this.position = bytes[p] === CR && bytes[p + 1] === LF ? p + 2 : p + 1;
    }
    return true;
  }

  /** Skips the rest of the current line. */
  skipLine(): void {
    while (!this.lineEnd && this.nextField());
  }

  /** The current field as text (quotes undone). */
  text(): string {
    const raw = Buffer.from(this.bytes.buffer, this.bytes.byteOffset + this.start, this.end - this.start).toString("utf8");
    return this.quoted ? raw.replace(/""/g, '"') : raw;
  }

  /** True when the current field is empty or only spaces. */
  blank(): boolean {
    for (let p = this.start; p < this.end; p++) if (this.bytes[p] !== 0x20) return false;
    return true;
  }
}

/** A decimal read as an integer mantissa and its number of digits after the point: 68.50 → 6850, 2. */
export interface Scaled {
  mantissa: number;
  decimals: number;
}

/**
 * Reads the current field as a plain decimal (`-12`, `68.50`, spaces around allowed) into `into`, without
 * a float: false when it is anything else (a decimal comma, thousands separators, too many digits to stay
 * exact), so the caller can hand the file to the full loader.
 */
export function readScaled(scanner: CsvScanner, into: Scaled): boolean {
  const bytes = scanner.bytes;
  let p = scanner.start;
  let end = scanner.end;
  while (p < end && bytes[p] === 0x20) p++;
  while (end > p && bytes[end - 1] === 0x20) end--;
  if (p === end) return false;
  let negative = false;
  if (bytes[p] === 0x2d) {
    negative = true;
    p++;
  }
  let mantissa = 0;
  let decimals = -1;
  let digits = 0;
  for (; p < end; p++) {
    const byte = bytes[p]!;
    if (byte >= 0x30 && byte <= 0x39) {
      mantissa = mantissa * 10 + (byte - 0x30);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (byte === 0x2e && decimals < 0 && digits > 0) decimals = 0;
    else return false;
  }
  // 15 digits always fit a double exactly.
  if (digits === 0 || digits > 15 || decimals === 0) return false;
  into.mantissa = negative ? -mantissa : mantissa;
  into.decimals = decimals < 0 ? 0 : decimals;
  return true;
}

/** True when the current field's bytes equal `other`'s bytes at [otherStart, otherEnd). */
export function sameBytes(scanner: CsvScanner, other: Uint8Array, otherStart: number, otherEnd: number): boolean {
  const length = scanner.end - scanner.start;
  if (length !== otherEnd - otherStart) return false;
  const bytes = scanner.bytes;
  for (let i = 0; i < length; i++) if (bytes[scanner.start + i] !== other[otherStart + i]) return false;
  return true;
}
