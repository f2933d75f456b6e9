import * as fs from "node:fs";
import * as path from "node:path";
import { isAscii, isUtf8 } from "node:buffer";
import { DEFAULT_CURRENCY, type CurrencyCode } from "../../core/money/currency";
import { money } from "../../core/money/money";
import { ExactDecimal } from "../../core/money/decimal";
import { readRateCell } from "../parse/cells";
import { attachColumns, columnOf, minutesColumn, type ModelColumns } from "../../core/model/columns";
import { lazyProperty } from "../../core/model/lazy";
import { QUANTITY_LIMIT } from "../../core/model/limits";
import {
  TVC_KINDS,
  type BusinessModel,
  type Demand,
  type Product,
  type ResourceUsage,
  type TimeUnit,
  type TvcComponent,
  type TvcKind,
} from "../../core/model/types";
import { minutesOf } from "../../core/constraints/time";
import type { BuildOptions } from "../build-model";
import { TableReader, type Sink } from "../reader";
import type { RawTable, TableName } from "../table";
import { csvTable } from "../sources/csv-table";
import { FILE_NAMES } from "../sources/file-names";
import { readModelInfo } from "../tables/model-info";
import { RESOURCES_SPEC, readResources } from "../tables/resources";
import { OPERATING_EXPENSES_SPEC, readOperatingExpenses } from "../tables/operating-expenses";
import { INVESTMENTS_SPEC, readInvestments } from "../tables/investments";

/*
 * The fast path of loadModel for big, well-formed folders. It scans the bytes of products.csv, tvc.csv,
 * usage.csv and demand.csv once, parses numbers straight into exact scaled integers (no string per
 * numeric cell), builds the engine's columns, and builds the object view (products, usages, demand) only
 * when it is first read. Text outside ASCII (UTF-8) is read in names, categories and units; a rate (a
 * share of the price) makes that product's T an exact decimal, as the careful path does. It never reports
 * anything: on the first thing it is not sure of (a quote, another encoding or a byte order mark, an id
 * outside ASCII, a CR alone, an alias or unusual word, a blank required cell, an unknown id, a duplicate,
 * a value that would warn, too many digits, a sales.csv) it gives up and loadModel runs the careful path
 * from the start, so every message stays the careful path's own. The differential property test
 * (test/load/fast/folder.test.ts) checks that both give the same model.
 */

/** Longest number the fast path reads: 15 digits are exact in a double, so int / 10^k is Number(text). */
const MAX_DIGITS = 15;
/** Most decimals a scaled column holds (as in model-columns.ts). */
const MAX_DECIMALS = 9;

const COMMA = 44;
const LF = 10;
const CR = 13;

// The last number read by readNumber: its digits as an integer and its count of decimals.
let numberInt = 0;
let numberDecimals = 0;

/** Reads a plain decimal (`12`, `0.50`) in bytes [start, end); false for anything else. */
function readNumber(bytes: Uint8Array, start: number, end: number): boolean {
  let value = 0;
  let digits = 0;
  let point = -1;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0 && i > start) point = i;
    else return false;
  }
  if (digits === 0 || digits > MAX_DIGITS || point === end - 1) return false;
  numberInt = value;
  numberDecimals = point < 0 ? 0 : end - point - 1;
  return true;
}

const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** The number readNumber read, as the double Number(text) gives (exact: both operands are exact). */
function numberValue(): number {
  return numberDecimals === 0 ? numberInt : numberInt / POWERS[numberDecimals]!;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function equalsWord(bytes: Uint8Array, start: number, end: number, word: Uint8Array): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[start + i] !== word[i]) return false;
  return true;
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const WORD_PRODUCT = ascii("product");
const WORD_SERVICE = ascii("service");
const WORD_MINUTE = ascii("minute");
const WORD_HOUR = ascii("hour");
const TRUE_WORDS = ["yes", "true", "1", "y"].map(ascii);
const FALSE_WORDS = ["no", "false", "0", "n"].map(ascii);
const KIND_WORDS = TVC_KINDS.map(ascii);

/**
 * The rows of one comma-separated file without quotes, ASCII or UTF-8 without a byte order mark: the
 * header's columns (each exactly a known name, once), then for each row the trimmed [start, end) of every
 * cell and whether it holds a byte outside ASCII (`high`), handed to `row`. False when the file is
 * anything else, or when `row` returns false.
 */
function scanRows(
  bytes: Uint8Array,
  known: readonly string[],
  required: readonly string[],
  begin: (at: (name: string) => number) => void,
  row: (starts: Int32Array, ends: Int32Array, high: Uint8Array) => boolean,
): boolean {
  const length = bytes.length;
  // A quote or a NUL anywhere ends the fast path (the loops below would stop at it), and so does text
  // that is not UTF-8 (another encoding) or starts with a byte order mark: found at once by the native
  // scans, so the loop over the rows of an ASCII file looks for commas and line ends only.
  const ascii = isAscii(bytes);
  if (!ascii && (!isUtf8(bytes) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf))) return false;
  if (bytes.indexOf(34) >= 0 || bytes.indexOf(0) >= 0) return false;
  const hasCr = bytes.indexOf(CR) >= 0;
  let headerEnd = bytes.indexOf(LF);
  if (headerEnd < 0) headerEnd = length;
  let lineEnd = headerEnd > 0 && bytes[headerEnd - 1] === CR ? headerEnd - 1 : headerEnd;
  const header: string[] = [];
  let cellStart = 0;
  for (let i = 0; i <= lineEnd; i++) {
    const c = i < lineEnd ? bytes[i]! : COMMA;
    if (c === COMMA) {
      header.push(String.fromCharCode(...bytes.subarray(cellStart, i)));
      cellStart = i + 1;
    } else if (c < 32 || c >= 127 || c === 34 || c === 59) return false;
  }
  const positions = new Map<string, number>();
  for (const [position, name] of header.entries()) {
    if (!known.includes(name) || positions.has(name)) return false;
    positions.set(name, position);
  }
  for (const name of required) if (!positions.has(name)) return false;
  begin((name) => positions.get(name) ?? -1);
  const width = header.length;
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);
  const high = new Uint8Array(width);
  let i = headerEnd + 1;
  if (!hasCr && ascii) {
    while (i < length) {
      let cell = 0;
      for (;;) {
        let end = i;
        while (end < length) {
          const c = bytes[end]!;
          if (c === COMMA || c === LF) break;
          end++;
        }
        if (cell >= width) return false;
        let s = i;
        let e = end;
        while (s < e && isSpace(bytes[s]!)) s++;
        while (e > s && isSpace(bytes[e - 1]!)) e--;
        starts[cell] = s;
        ends[cell] = e;
        cell++;
        i = end + 1;
        if (end >= length || bytes[end] === LF) break;
      }
      if (cell === 1 && starts[0] === ends[0]) continue;
      if (cell !== width || !row(starts, ends, high)) return false;
    }
    return true;
  }
  while (i < length) {
    let cell = 0;
    cellStart = i;
    let highByte = 0;
    for (;;) {
      const c = i < length ? bytes[i]! : LF;
      if (c === COMMA || c === LF) {
        lineEnd = c === LF && i > cellStart && bytes[i - 1] === CR ? i - 1 : i;
        if (cell >= width) return false;
        let s = cellStart;
        let e = lineEnd;
        while (s < e && isSpace(bytes[s]!)) s++;
        while (e > s && isSpace(bytes[e - 1]!)) e--;
        starts[cell] = s;
        ends[cell] = e;
        high[cell] = highByte;
        highByte = 0;
        cell++;
        i++;
        cellStart = i;
        if (c === LF) break;
      } else if (c === CR && bytes[i + 1] !== LF) return false;
      else {
        if (c >= 128) highByte = 1;
        i++;
      }
    }
    // A line end alone (a blank line, the file's last line end) is no row; any other line is a full row.
    if (cell === 1 && starts[0] === ends[0]) continue;
    if (cell !== width || !row(starts, ends, high)) return false;
  }
  return true;
}

/** The small tables, read by the careful readers: undefined when they say anything at all. */
function readSmallTables(folder: string, entries: readonly string[], options: BuildOptions) {
  const sink: Sink = { issues: [], warnings: [] };
  const tables = new Map<TableName, RawTable>();
  for (const name of ["model", "resources", "operating_expenses", "investments"] as const) {
    const file = FILE_NAMES[name];
    if (!entries.includes(file)) continue;
    const { table, issues, warnings } = csvTable(name, file, fs.readFileSync(path.join(folder, file)));
    if (!table || issues.length > 0 || warnings.length > 0) return undefined;
    tables.set(name, table);
  }
  const info = tables.has("model") ? readModelInfo(tables.get("model")!, sink) : {};
  const currency: CurrencyCode = info.currency ?? options.currency ?? DEFAULT_CURRENCY;
  const reader = (name: TableName, spec: typeof RESOURCES_SPEC) =>
    new TableReader(tables.get(name)!, spec, sink, currency);
  const resources = tables.has("resources")
    ? readResources(reader("resources", RESOURCES_SPEC))
    : { drafts: [], units: new Map<string, TimeUnit>() };
  const expenses = tables.has("operating_expenses")
    ? readOperatingExpenses(reader("operating_expenses", OPERATING_EXPENSES_SPEC))
    : [];
  const investments = tables.has("investments") ? readInvestments(reader("investments", INVESTMENTS_SPEC)) : [];
  if (sink.issues.length > 0 || sink.warnings.length > 0) return undefined;
  return { info, currency, resources, expenses, investments };
}

/**
 * Loads a model folder by the fast path, or returns undefined when the careful path must (see above).
 * The model is the careful path's, value for value: the same columns, the same object view.
 *
 * @example
 * const model = fastLoadFolder("out/bench/constraints-1000000-v1", { name: "bench" }) ?? loadModel(folder);
 */
export function fastLoadFolder(
  folder: string,
  options: BuildOptions & { readonly name: string },
): BusinessModel | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync(folder);
  } catch {
    return undefined;
  }
  const known = new Set(Object.values(FILE_NAMES));
  // Anything the careful path warns about (another CSV, a workbook) or that the fast path does not read.
  for (const entry of entries)
    if (
      (entry.toLowerCase().endsWith(".csv") && !known.has(entry)) ||
      /\.(xlsx|ods|arrow|feather)$/i.test(entry) ||
      entry === FILE_NAMES.sales
    )
      return undefined;
  if (!entries.includes(FILE_NAMES.products)) return undefined;
  const small = readSmallTables(folder, entries, options);
  if (!small) return undefined;
  const { currency, resources } = small;
  const read = (name: TableName): Uint8Array | undefined =>
    entries.includes(FILE_NAMES[name]) ? fs.readFileSync(path.join(folder, FILE_NAMES[name])) : undefined;
  // Byte positions are kept as 32-bit integers.
  for (const name of ["products", "tvc", "usage", "demand"] as const)
    if (entries.includes(FILE_NAMES[name]) && fs.statSync(path.join(folder, FILE_NAMES[name])).size >= 2 ** 31)
      return undefined;

  // products.csv: ids, types, prices as scaled integers, whole_units; texts kept as byte ranges.
  const productBytes = read("products")!;
  const productIds: string[] = [];
  // Id → index, built when first needed: ids in strictly increasing order (the usual export) are
  // distinct without it, and a ranking from the files never looks an id up.
  let productIndex: Map<string, number> | undefined;
  const indexOfIds = (): Map<string, number> => {
    if (!productIndex) {
      productIndex = new Map();
      for (let p = 0; p < productIds.length; p++) productIndex.set(productIds[p]!, p);
    }
    return productIndex;
  };
  let increasing = true;
  const typesList = intList(); // 0 product, 1 service
  const priceIntList = doubleList();
  const priceDecimalsList = intList();
  const wholeUnitsList = intList(); // -1 blank, 0 no, 1 yes
  const texts = intList(); // per product: price, name, category, unit_name as start, end
  let idAt = -1,
    typeAt = -1,
    priceAt = -1,
    wholeAt = -1,
    nameAt = -1,
    categoryAt = -1,
    unitNameAt = -1;
  const productsRead = scanRows(
    productBytes,
    ["id", "name", "type", "category", "price", "whole_units", "unit_name"],
    ["id", "type", "price"],
    (at) => {
      idAt = at("id");
      typeAt = at("type");
      priceAt = at("price");
      wholeAt = at("whole_units");
      nameAt = at("name");
      categoryAt = at("category");
      unitNameAt = at("unit_name");
    },
    (starts, ends, high) => {
      // An id outside ASCII (or with a Unicode space the careful path trims) is left to the careful path.
      if (starts[idAt] === ends[idAt] || high[idAt] === 1) return false;
      const id = latin1(productBytes, starts[idAt]!, ends[idAt]!);
      if (!increasing || (productIds.length > 0 && !(productIds[productIds.length - 1]! < id))) {
        increasing = false;
        if (indexOfIds().has(id)) return false;
      }
      if (equalsWord(productBytes, starts[typeAt]!, ends[typeAt]!, WORD_PRODUCT)) typesList.push(0);
      else if (equalsWord(productBytes, starts[typeAt]!, ends[typeAt]!, WORD_SERVICE)) typesList.push(1);
      else return false;
      if (!readNumber(productBytes, starts[priceAt]!, ends[priceAt]!) || numberDecimals > MAX_DECIMALS) return false;
      priceIntList.push(numberInt);
      priceDecimalsList.push(numberDecimals);
      let whole = -1;
      if (wholeAt >= 0 && starts[wholeAt] !== ends[wholeAt]) {
        if (wordIndex(productBytes, starts[wholeAt]!, ends[wholeAt]!, TRUE_WORDS) >= 0) whole = 1;
        else if (wordIndex(productBytes, starts[wholeAt]!, ends[wholeAt]!, FALSE_WORDS) >= 0) whole = 0;
        else return false;
      }
      wholeUnitsList.push(whole);
      // (Four pushes, not a loop over a new array per row.)
      texts.push(starts[priceAt]!);
      texts.push(ends[priceAt]!);
      texts.push(nameAt < 0 ? 0 : starts[nameAt]!);
      texts.push(nameAt < 0 ? 0 : ends[nameAt]!);
      texts.push(categoryAt < 0 ? 0 : starts[categoryAt]!);
      texts.push(categoryAt < 0 ? 0 : ends[categoryAt]!);
      texts.push(unitNameAt < 0 ? 0 : starts[unitNameAt]!);
      texts.push(unitNameAt < 0 ? 0 : ends[unitNameAt]!);
      if (productIndex) productIndex.set(id, productIds.length);
      productIds.push(id);
      return true;
    },
  );
  const n = productIds.length;
  if (!productsRead || n === 0) return undefined;

  // A product id cell → its index, without a string when the rows follow products.csv's order (they
  // usually do); -1 when unknown.
  let guess = 0;
  const productAt = (bytes: Uint8Array, start: number, end: number): number => {
    if (start === end) return -1;
    for (let p = guess; p <= guess + 1; p++) {
      if (p >= n) continue;
      const id = productIds[p]!;
      if (id.length !== end - start) continue;
      let same = true;
      for (let i = 0; i < id.length; i++)
        if (id.charCodeAt(i) !== bytes[start + i]) {
          same = false;
          break;
        }
      if (same) return (guess = p);
    }
    const id = latin1(bytes, start, end);
    if (!increasing) {
      const p = indexOfIds().get(id);
      return p === undefined ? -1 : (guess = p);
    }
    // Ids in increasing order: a binary search, without the map.
    let low = 0;
    let high = n - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const other = productIds[middle]!;
      if (other === id) return (guess = middle);
      if (other < id) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  };

  // tvc.csv: per-unit amounts, and shares of the price (rates, read by the careful path's own cell reader).
  const tvcBytes = read("tvc");
  const tvcRates = new Map<number, ExactDecimal>(); // tvc row → rate, for the share-of-price rows
  const tvcProductList = intList();
  const tvcKindList = intList();
  const tvcIntList = doubleList();
  const tvcDecimalsList = intList();
  const tvcTexts = intList(); // name, amount: start, end
  if (tvcBytes) {
    guess = 0;
    let kindAt = -1,
      rateAt = -1,
      amountAt = -1,
      nameAt = -1,
      productIdAt = -1;
    const ok = scanRows(
      tvcBytes,
      ["product_id", "kind", "name", "amount", "rate"],
      ["product_id", "kind", "amount"],
      (at) => {
        kindAt = at("kind");
        rateAt = at("rate");
        amountAt = at("amount");
        nameAt = at("name");
        productIdAt = at("product_id");
      },
      (starts, ends, high) => {
        const p = productAt(tvcBytes, starts[productIdAt]!, ends[productIdAt]!);
        if (p < 0) return false;
        const kind = wordIndex(tvcBytes, starts[kindAt]!, ends[kindAt]!, KIND_WORDS);
        if (kind < 0) return false;
        if (rateAt >= 0 && starts[rateAt] !== ends[rateAt]) {
          // A rate, and no amount beside it (both, or a rate outside ASCII, is the careful path's to report).
          if (starts[amountAt] !== ends[amountAt] || high[rateAt] === 1) return false;
          const rate = readRateCell(latin1(tvcBytes, starts[rateAt]!, ends[rateAt]!), "either");
          if (!rate.success) return false;
          tvcRates.set(tvcProductList.length, rate.value);
          tvcProductList.push(p);
          tvcKindList.push(kind);
          tvcIntList.push(0);
          tvcDecimalsList.push(0);
        } else {
          if (!readNumber(tvcBytes, starts[amountAt]!, ends[amountAt]!) || numberDecimals > MAX_DECIMALS) return false;
          tvcProductList.push(p);
          tvcKindList.push(kind);
          tvcIntList.push(numberInt);
          tvcDecimalsList.push(numberDecimals);
        }
        tvcTexts.push(nameAt < 0 ? 0 : starts[nameAt]!);
        tvcTexts.push(nameAt < 0 ? 0 : ends[nameAt]!);
        tvcTexts.push(starts[amountAt]!);
        tvcTexts.push(ends[amountAt]!);
        return true;
      },
    );
    if (!ok) return undefined;
  }

  // usage.csv
  const resourceList = resources.drafts.map((draft) => draft.resource);
  const resourceWords = resourceList.map((resource) => Buffer.from(resource.id, "utf8"));
  const resourceCount = resourceList.length;
  const usageBytes = read("usage");
  const usageProductList = intList();
  const usageResourceList = intList();
  const usageTimeList = doubleList();
  const usageHourList = intList();
  if (usageBytes) {
    if (resourceCount === 0 || n * resourceCount > 64_000_000) return undefined;
    const pairs = new Uint8Array(n * resourceCount);
    guess = 0;
    let resourceAt = -1,
      timeAt = -1,
      unitAt = -1,
      productIdAt = -1;
    const ok = scanRows(
      usageBytes,
      ["product_id", "resource_id", "time_per_unit", "unit"],
      ["product_id", "resource_id", "time_per_unit"],
      (at) => {
        resourceAt = at("resource_id");
        timeAt = at("time_per_unit");
        unitAt = at("unit");
        productIdAt = at("product_id");
      },
      (starts, ends) => {
        const p = productAt(usageBytes, starts[productIdAt]!, ends[productIdAt]!);
        if (p < 0) return false;
        const r = wordIndex(usageBytes, starts[resourceAt]!, ends[resourceAt]!, resourceWords);
        if (r < 0 || pairs[p * resourceCount + r] === 1) return false;
        pairs[p * resourceCount + r] = 1;
        if (!readNumber(usageBytes, starts[timeAt]!, ends[timeAt]!)) return false;
        const time = numberValue();
        if (!(time < QUANTITY_LIMIT)) return false;
        let unit: TimeUnit = resourceList[r]!.unit;
        if (unitAt >= 0 && starts[unitAt] !== ends[unitAt]) {
          if (equalsWord(usageBytes, starts[unitAt]!, ends[unitAt]!, WORD_MINUTE)) unit = "minute";
          else if (equalsWord(usageBytes, starts[unitAt]!, ends[unitAt]!, WORD_HOUR)) unit = "hour";
          else return false;
        }
        usageProductList.push(p);
        usageResourceList.push(r);
        usageTimeList.push(time);
        usageHourList.push(unit === "hour" ? 60 : 1);
        return true;
      },
    );
    if (!ok) return undefined;
  }

  // demand.csv: numbers only (`unlimited` takes the careful path), limits that say nothing to warn about.
  const demandBytes = read("demand");
  const demandProductList = intList();
  const demandQuantityList = doubleList();
  const demandMinimumList = doubleList();
  const demandMaximumList = doubleList();
  if (demandBytes) {
    const seen = new Uint8Array(n);
    guess = 0;
    const limit = (bytes: Uint8Array, start: number, end: number): number | undefined => {
      if (start === end) return NaN;
      if (!readNumber(bytes, start, end)) return undefined;
      const value = numberValue();
      return value < QUANTITY_LIMIT ? value : undefined;
    };
    let quantityAt = -1,
      minimumAt = -1,
      maximumAt = -1,
      productIdAt = -1;
    const ok = scanRows(
      demandBytes,
      ["product_id", "quantity", "minimum", "maximum"],
      ["product_id", "quantity"],
      (at) => {
        quantityAt = at("quantity");
        minimumAt = at("minimum");
        maximumAt = at("maximum");
        productIdAt = at("product_id");
      },
      (starts, ends) => {
        const p = productAt(demandBytes, starts[productIdAt]!, ends[productIdAt]!);
        if (p < 0 || seen[p] === 1) return false;
        seen[p] = 1;
        const quantity =
          starts[quantityAt] === ends[quantityAt]
            ? undefined
            : limit(demandBytes, starts[quantityAt]!, ends[quantityAt]!);
        const minimum = minimumAt < 0 ? NaN : limit(demandBytes, starts[minimumAt]!, ends[minimumAt]!);
        const maximum = maximumAt < 0 ? NaN : limit(demandBytes, starts[maximumAt]!, ends[maximumAt]!);
        if (quantity === undefined || minimum === undefined || maximum === undefined) return false;
        // Anything the careful path reports or warns about: minimum above maximum or demand, maximum above demand.
        if (minimum > maximum || minimum > quantity || maximum > quantity) return false;
        demandProductList.push(p);
        demandQuantityList.push(quantity);
        demandMinimumList.push(minimum);
        demandMaximumList.push(maximum);
        return true;
      },
    );
    if (!ok) return undefined;
  }

  // The lists as typed arrays.
  const types = typesList.view();
  const priceInt = priceIntList.view();
  const priceDecimals = priceDecimalsList.view();
  const wholeUnits = wholeUnitsList.view();
  const tvcProduct = tvcProductList.view();
  const tvcKind = tvcKindList.view();
  const tvcInt = tvcIntList.view();
  const tvcDecimals = tvcDecimalsList.view();
  const usageProduct = usageProductList.view();
  const usageResource = usageResourceList.view();
  const usageTime = usageTimeList.view();
  const usageHour = usageHourList.view();
  const demandProduct = demandProductList.view();
  const demandQuantity = demandQuantityList.view();
  const demandMinimum = demandMinimumList.view();
  const demandMaximum = demandMaximumList.view();

  // Texts as the careful path reads them: the cell trimmed of every Unicode space (ASCII ones are gone).
  const decoders = new Map<Uint8Array, (start: number, end: number) => string>();
  const text = (bytes: Uint8Array, list: IntList, k: number) => {
    let decode = decoders.get(bytes);
    if (!decode) {
      decode = isAscii(bytes)
        ? (start, end) => latin1(bytes, start, end)
        : (start, end) =>
            Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start)
              .toString("utf8")
              .trim();
      decoders.set(bytes, decode);
    }
    return decode(list.at(k), list.at(k + 1));
  };

  // T per unit = price − per-unit TVC in one common scale, exactly as model-columns.ts computes it; a
  // value beyond the safe integers (the careful path's decimal fall-back) takes the careful path.
  let decimals = 0;
  for (const d of priceDecimals) if (d > decimals) decimals = d;
  for (const d of tvcDecimals) if (d > decimals) decimals = d;
  const scaled = new Float64Array(n);
  for (let p = 0; p < n; p++) scaled[p] = priceInt[p]! * POWERS[decimals - priceDecimals[p]!]!;
  for (let k = 0; k < tvcProduct.length; k++) {
    const p = tvcProduct[k]!;
    scaled[p] = scaled[p]! - tvcInt[k]! * POWERS[decimals - tvcDecimals[k]!]!;
  }
  // A product with a share-of-price component: T as an exact decimal, price − each component in file
  // order (model-columns.ts's exactThroughput), its scaled integer NaN.
  const fallback = new Map<number, ExactDecimal>();
  if (tvcRates.size > 0) {
    const byShare = new Uint8Array(n);
    for (const k of tvcRates.keys()) byShare[tvcProduct[k]!] = 1;
    const prices = new Map<number, ExactDecimal>();
    for (let k = 0; k < tvcProduct.length; k++) {
      const p = tvcProduct[k]!;
      if (byShare[p] !== 1) continue;
      let price = prices.get(p);
      if (!price) {
        prices.set(p, (price = new ExactDecimal(text(productBytes, texts, 8 * p))));
        fallback.set(p, price);
      }
      const rate = tvcRates.get(k);
      const part = rate ? price.times(rate) : new ExactDecimal(text(tvcBytes!, tvcTexts, 4 * k + 2));
      fallback.set(p, fallback.get(p)!.minus(part));
    }
    for (const p of fallback.keys()) scaled[p] = NaN;
  }
  const approximate = new Float64Array(n);
  const divisor = 10 ** decimals;
  for (let p = 0; p < n; p++) {
    const exact = fallback.get(p);
    if (exact) {
      approximate[p] = exact.toNumber();
      continue;
    }
    if (!Number.isSafeInteger(scaled[p]!)) return undefined;
    approximate[p] = scaled[p]! / divisor;
  }
  for (let p = 0; p < n; p++)
    if (!Number.isSafeInteger(priceInt[p]! * POWERS[decimals - priceDecimals[p]!]!)) return undefined;

  const productName = (p: number) => text(productBytes, texts, 8 * p + 2) || productIds[p]!;
  const columns: ModelColumns = {
    productIds,
    get productIndex() {
      return indexOfIds();
    },
    throughput: columnOf(decimals, scaled, approximate, fallback),
    wholeUnits: Uint8Array.from(wholeUnits, (whole) => (whole === 0 ? 0 : 1)),
    resourceIds: resourceList.map((resource) => resource.id),
    capacityMinutes: resourceList.map((resource) => minutesOf(resource.capacity, resource.unit)),
    usageProduct: Int32Array.from(usageProduct),
    usageResource: Int32Array.from(usageResource),
    usageMinutes: minutesColumn(usageTime, usageHour),
    demandProduct: Int32Array.from(demandProduct),
    demandQuantity: Float64Array.from(demandQuantity),
    demandMinimum: Float64Array.from(demandMinimum),
    demandMaximum: Float64Array.from(demandMaximum),
    productName,
  };

  // The object view, as model-columns.ts builds it, on first read.
  const productObjects = (): Product[] => {
    const components = new Map<number, TvcComponent[]>();
    for (let k = 0; k < tvcProduct.length; k++) {
      const kind: TvcKind = TVC_KINDS[tvcKind[k]!]!;
      const name = text(tvcBytes!, tvcTexts, 4 * k) || kind;
      const rate = tvcRates.get(k);
      const component: TvcComponent = rate
        ? { kind, name, basis: "share-of-price", rate }
        : { kind, name, basis: "per-unit", amount: money(text(tvcBytes!, tvcTexts, 4 * k + 2), currency) };
      const list = components.get(tvcProduct[k]!);
      if (list) list.push(component);
      else components.set(tvcProduct[k]!, [component]);
    }
    return productIds.map((id, p) => {
      const category = text(productBytes, texts, 8 * p + 4);
      const unitName = text(productBytes, texts, 8 * p + 6);
      const whole = wholeUnits[p]!;
      return {
        id,
        name: productName(p),
        type: types[p] === 1 ? ("service" as const) : ("product" as const),
        price: money(text(productBytes, texts, 8 * p), currency),
        ...(category ? { category } : {}),
        ...(whole < 0 ? {} : { wholeUnits: whole === 1 }),
        ...(unitName ? { unitName } : {}),
        tvc: components.get(p) ?? [],
      };
    });
  };
  const usageObjects = (): ResourceUsage[] =>
    Array.from(usageProduct, (p, k) => ({
      productId: productIds[p]!,
      resourceId: resourceList[usageResource[k]!]!.id,
      timePerUnit: usageTime[k]!,
      unit: usageHour[k] === 60 ? "hour" : "minute",
    }));
  const demandObjects = (): Demand[] =>
    Array.from(demandProduct, (p, k) => {
      const minimum = demandMinimum[k]!;
      const maximum = demandMaximum[k]!;
      return {
        productId: productIds[p]!,
        quantity: demandQuantity[k]!,
        ...(Number.isNaN(minimum) ? {} : { minimum }),
        ...(Number.isNaN(maximum) ? {} : { maximum }),
      };
    });

  const model = {
    name: small.info.name ?? options.name,
    currency,
    periodUnit: small.info.periodUnit ?? options.periodUnit ?? "month",
    products: [] as readonly Product[],
    sales: Object.freeze([]),
    operatingExpenses: Object.freeze(small.expenses.map(({ index: _, ...item }) => item)),
    investments: Object.freeze(small.investments.map(({ index: _, ...item }) => item)),
    resources: Object.freeze(resourceList),
    usages: [] as readonly ResourceUsage[],
    demand: [] as readonly Demand[],
  };
  lazyProperty(model, "products", () => Object.freeze(productObjects()));
  lazyProperty(model, "usages", () => Object.freeze(usageObjects()));
  lazyProperty(model, "demand", () => Object.freeze(demandObjects()));
  Object.freeze(model);
  attachColumns(model, columns);
  return model;
}

/** A growing list of numbers in a typed array (no JS array of a million numbers to grow, copy and scan). */
class NumberList<T extends Int32Array | Float64Array> {
  private items: T;
  length = 0;
  constructor(private readonly make: (size: number) => T) {
    this.items = make(1024);
  }
  push(value: number): void {
    if (this.length === this.items.length) {
      const next = this.make(this.length * 2);
      next.set(this.items);
      this.items = next;
    }
    this.items[this.length++] = value;
  }
  at(index: number): number {
    return this.items[index]!;
  }
  /** The numbers pushed, as a view of the typed array. */
  view(): T {
    return this.items.subarray(0, this.length) as T;
  }
}
type IntList = NumberList<Int32Array>;
const intList = (): IntList => new NumberList((size) => new Int32Array(size));
const doubleList = () => new NumberList((size) => new Float64Array(size));

/** Index of the word the bytes [start, end) spell, or -1 (a loop: no closure per cell). */
function wordIndex(bytes: Uint8Array, start: number, end: number, words: readonly Uint8Array[]): number {
  for (let w = 0; w < words.length; w++) if (equalsWord(bytes, start, end, words[w]!)) return w;
  return -1;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.prototype.latin1Slice.call(bytes, start, end) as string;
}
