import { readFileSync, existsSync } from "node:fs";
import * as path from "node:path";
import { operatingExpenseForPlan } from "../../core/constraints/operating-expense";
import { isCurrencyCode, DEFAULT_CURRENCY, type CurrencyCode } from "../../core/money/currency";
import { money, subtract, type Money } from "../../core/money/money";
import type { BusinessModel, OperatingExpenseItem, TimeUnit } from "../../core/model/types";
import { readCsvText } from "../../load/csv/read-csv-text";
import { ArgumentError } from "../../core/errors";
import { CsvScanError, CsvScanner, readScaled, sameBytes, type Scaled } from "./csv-scan";

/**
 * The ranking plan ("battle map") for very large model folders, end to end from CSV: the same answer as
 * `rankingMix(loadModel(folder))`, computed on typed arrays with exact scaled integers (money in
 * millionths, time in ten-thousandths of a minute) instead of a decimal object per cell.
 *
 * It handles the common shape only — plain decimal numbers, whole-unit products, per-unit TVC, integer
 * demand — and declines anything else (with the reason) so the caller falls back to the full loader,
 * which also explains bad data cell by cell. It never guesses.
 */

const MONEY_DIGITS = 6;
const TIME_DIGITS = 4;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The fast path's answer, or why it declined. */
export type FastMixOutcome = { readonly success: true; readonly result: FastRankingMix } | { readonly success: false; readonly reason: string };

/** One resource's load in the plan. */
export interface FastResourceLoad {
  readonly resourceId: string;
  readonly name: string;
  readonly unit: TimeUnit;
  readonly capacity: number;
  readonly used: number;
  readonly utilisation: number;
}

/** The ranking plan of a large model, in columns. */
export interface FastRankingMix {
  readonly model: string;
  readonly currency: CurrencyCode;
  readonly productCount: number;
  /** The ranking resource and why it was chosen (as `rankProducts`' basis). */
  readonly constraint: { readonly resourceId: string; readonly basis: "constraint" | "busiest" } | undefined;
  /** Product ids, in file order. */
  readonly ids: readonly string[];
  /** Product indices in ranking order. */
  readonly order: Uint32Array;
  /** Units planned per product index. */
  readonly quantities: Float64Array;
  readonly throughput: Money;
  readonly operatingExpense: Money | undefined;
  readonly netProfit: Money | undefined;
  readonly resources: readonly FastResourceLoad[];
  /** Units of demand left unsold, over all products. */
  readonly unsoldUnits: number;
}

class Decline extends Error {}

function decline(reason: string): never {
  throw new Decline(reason);
}

function scaledOf(value: Scaled, digits: number, what: string): number {
  if (value.decimals > digits) decline(`${what} has more than ${digits} decimals`);
  const result = value.mantissa * POW10[digits - value.decimals]!;
  if (!Number.isSafeInteger(result)) decline(`${what} is too large for exact scaled arithmetic`);
  return result;
}

function timeUnitOf(text: string): TimeUnit | undefined {
  const word = text.trim().toLowerCase();
  if (word === "minute" || word === "minutes" || word === "min") return "minute";
  if (word === "hour" || word === "hours" || word === "h") return "hour";
  return undefined;
}

function wholeUnitsOf(text: string): boolean {
  const word = text.trim().toLowerCase();
  if (word === "" || word === "yes" || word === "true" || word === "1" || word === "y") return true;
  return decline(`whole_units "${text}" (fractional products take the full loader)`);
}

function columnIndex(scanner: CsvScanner, file: string, name: string, required: boolean): number {
  const index = scanner.header.columns.indexOf(name);
  if (index < 0 && required) decline(`${file} has no column "${name}"`);
  return index;
}

function smallTable(folder: string, file: string): { header: readonly string[]; rows: readonly (readonly string[])[] } | undefined {
  const full = path.join(folder, file);
  if (!existsSync(full)) return undefined;
  const table = readCsvText(readFileSync(full, "utf8"), { file });
  if (table.issues.length > 0) decline(`${file}: ${table.issues[0]!.message}`);
  return table;
}

function cell(table: { header: readonly string[] }, row: readonly string[], name: string): string {
  const index = table.header.indexOf(name);
  return index < 0 ? "" : (row[index] ?? "").trim();
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Exact integer division rounded down, for non-negative safe integers (the float quotient corrected). */
function floorDivide(numerator: number, denominator: number): number {
  let quotient = Math.floor(numerator / denominator);
  if (quotient * denominator > numerator) quotient--;
  else if ((quotient + 1) * denominator <= numerator) quotient++;
  return quotient;
}

/**
 * The ranking plan of a model folder through the large-file path; `{ success: false, reason }` when the folder
 * needs the full loader.
 *
 * @example
 * const outcome = fastRankingMix("data/pq");
 * if (outcome.success) outcome.result.throughput; // 6300 USD, as rankingMix(loadModel("data/pq"))
 */
export function fastRankingMix(folder: string): FastMixOutcome {
  try {
    return { success: true, result: compute(folder) };
  } catch (error) {
    if (error instanceof Decline) return { success: false, reason: error.message };
    // A number or a CSV the large-file path cannot read: the full loader reports it with file, row and column.
    if (error instanceof CsvScanError || error instanceof ArgumentError) return { success: false, reason: error.message };
    throw error;
  }
}

function compute(folder: string): FastRankingMix {
  const read = (file: string, required: boolean) => {
    const full = path.join(folder, file);
    if (!existsSync(full)) return required ? decline(`no ${file}`) : undefined;
    return new CsvScanner(readFileSync(full));
  };
  const info = smallTable(folder, "model.csv");
  const currencyText = info?.rows[0] ? cell(info, info.rows[0], "currency") : "";
  const currency: CurrencyCode = currencyText === "" ? DEFAULT_CURRENCY : isCurrencyCode(currencyText) ? currencyText : decline(`currency "${currencyText}"`);
  const name = (info?.rows[0] && cell(info, info.rows[0], "name")) || path.basename(path.resolve(folder));

  // Resources: few rows, read plainly.
  const resourceTable = smallTable(folder, "resources.csv");
  const resources = (resourceTable?.rows ?? []).map((row) => {
    const id = cell(resourceTable!, row, "id");
    const capacityText = cell(resourceTable!, row, "capacity");
    const unit = timeUnitOf(cell(resourceTable!, row, "unit"));
    if (!id || !PLAIN_NUMBER.test(capacityText) || capacityText.startsWith("-") || !unit) decline(`resources.csv row for "${id}"`);
    const [whole, fraction = ""] = capacityText.split(".");
    const capacityScaled = scaledOf({ mantissa: Number(whole + fraction), decimals: fraction.length }, TIME_DIGITS, "a capacity") * (unit === "hour" ? 60 : 1);
    if (!Number.isSafeInteger(capacityScaled)) decline("a capacity is too large");
    return { id, name: cell(resourceTable!, row, "name") || id, unit, capacity: Number(capacityText), capacityScaled, idBytes: Buffer.from(id) };
  });
  if (new Set(resources.map((r) => r.id)).size !== resources.length) decline("duplicate resource ids");
  const resourceCount = resources.length;

  // Products: ids (bytes and strings), T starts as the price.
  const products = read("products.csv", true)!;
  const idColumn = columnIndex(products, "products.csv", "id", true);
  const priceColumn = columnIndex(products, "products.csv", "price", true);
  const wholeColumn = columnIndex(products, "products.csv", "whole_units", false);
  const ids: string[] = [];
  const idStart: number[] = [];
  const idEnd: number[] = [];
  const prices: number[] = [];
  const scaled: Scaled = { mantissa: 0, decimals: 0 };
  while (products.nextLine()) {
    let column = 0;
    do {
      products.nextField();
      if (column === idColumn) {
        if (products.quoted) decline("a quoted product id");
        ids.push(products.text().trim());
        idStart.push(products.start);
        idEnd.push(products.end);
      } else if (column === priceColumn) {
        if (!readScaled(products, scaled)) decline(`the price of product ${ids.length + 1} is not a plain number`);
        prices.push(scaledOf(scaled, MONEY_DIGITS, "a price"));
      } else if (column === wholeColumn) wholeUnitsOf(products.text());
      column++;
    } while (!products.lineEnd);
    if (column <= Math.max(idColumn, priceColumn)) decline("a short row in products.csv");
  }
  const count = ids.length;
  const indexOf = new Map<string, number>();
  for (let p = 0; p < count; p++) {
    if (ids[p] === "" || indexOf.has(ids[p]!)) decline(`duplicate or empty product id "${ids[p]}"`);
    indexOf.set(ids[p]!, p);
  }
  const productBytes = products.bytes;
  // Rows of the other files usually follow the products' order: try the next expected product by its
  // bytes before hashing the id.
  let expected = 0;
  const productOf = (scanner: CsvScanner): number => {
    for (const guess of [expected, expected + 1]) {
      if (guess < count && sameBytes(scanner, productBytes, idStart[guess]!, idEnd[guess]!)) {
        expected = guess;
        return guess;
      }
    }
    const found = indexOf.get(scanner.text().trim());
    if (found === undefined) decline(`unknown product "${scanner.text()}"`);
    expected = found;
    return found;
  };

  const throughput = Float64Array.from(prices);
  const tvc = read("tvc.csv", false);
  if (tvc) {
    const productColumn = columnIndex(tvc, "tvc.csv", "product_id", true);
    const amountColumn = columnIndex(tvc, "tvc.csv", "amount", true);
    const rateColumn = columnIndex(tvc, "tvc.csv", "rate", false);
    expected = 0;
    while (tvc.nextLine()) {
      let column = 0;
      let product = -1;
      let amount = 0;
      do {
        tvc.nextField();
        if (column === productColumn) product = productOf(tvc);
        else if (column === amountColumn) {
          if (!tvc.blank()) {
            if (!readScaled(tvc, scaled) || scaled.mantissa < 0) decline("a TVC amount is not a plain number ≥ 0");
            amount = scaledOf(scaled, MONEY_DIGITS, "a TVC amount");
          }
        } else if (column === rateColumn && !tvc.blank()) decline("a TVC as a share of the price");
        column++;
      } while (!tvc.lineEnd);
      if (product < 0) decline("a short row in tvc.csv");
      throughput[product] = throughput[product]! - amount;
      if (!Number.isSafeInteger(throughput[product]!)) decline("a throughput is too large");
    }
  }

  // minutes[r * count + p]: scaled minutes of resource r per unit of product p.
  const minutes = new Float64Array(resourceCount * count);
  const usageSeen = new Uint8Array(resourceCount * count);
  const usage = read("usage.csv", false);
  if (usage) {
    const productColumn = columnIndex(usage, "usage.csv", "product_id", true);
    const resourceColumn = columnIndex(usage, "usage.csv", "resource_id", true);
    const timeColumn = columnIndex(usage, "usage.csv", "time_per_unit", true);
    const unitColumn = columnIndex(usage, "usage.csv", "unit", false);
    expected = 0;
    while (usage.nextLine()) {
      let column = 0;
      let product = -1;
      let resource = -1;
      let time = -1;
      let unit: TimeUnit | undefined;
      do {
        usage.nextField();
        if (column === productColumn) product = productOf(usage);
        else if (column === resourceColumn) {
          for (let r = 0; r < resourceCount; r++)
            if (sameBytes(usage, resources[r]!.idBytes, 0, resources[r]!.idBytes.length)) resource = r;
          if (resource < 0) decline(`unknown resource "${usage.text()}"`);
        } else if (column === timeColumn) {
          if (!readScaled(usage, scaled) || scaled.mantissa < 0) decline("a time_per_unit is not a plain number ≥ 0");
          time = scaledOf(scaled, TIME_DIGITS, "a time_per_unit");
        } else if (column === unitColumn && !usage.blank()) {
          unit = timeUnitOf(usage.text()) ?? decline(`unit "${usage.text()}"`);
        }
        column++;
      } while (!usage.lineEnd);
      if (product < 0 || resource < 0 || time < 0) decline("a short row in usage.csv");
      const at = resource * count + product;
      if (usageSeen[at]) decline("duplicate usage of a product on a resource");
      usageSeen[at] = 1;
      minutes[at] = time * ((unit ?? resources[resource]!.unit) === "hour" ? 60 : 1);
    }
  }

  // Demand: market quantity, political minimum, upper = min(quantity, maximum); none → upper 0.
  const demandQuantity = new Float64Array(count);
  const minimum = new Float64Array(count);
  const upper = new Float64Array(count);
  const demanded = new Uint8Array(count);
  const demand = read("demand.csv", false);
  if (demand) {
    const productColumn = columnIndex(demand, "demand.csv", "product_id", true);
    const quantityColumn = columnIndex(demand, "demand.csv", "quantity", true);
    const minimumColumn = columnIndex(demand, "demand.csv", "minimum", false);
    const maximumColumn = columnIndex(demand, "demand.csv", "maximum", false);
    const integer = (what: string) => {
      if (!readScaled(demand, scaled) || scaled.decimals > 0 || scaled.mantissa < 0) decline(`a ${what} that is not a whole number ≥ 0`);
      return scaled.mantissa;
    };
    expected = 0;
    while (demand.nextLine()) {
      let column = 0;
      let product = -1;
      let quantity = -1;
      let low = 0;
      let high = Infinity;
      do {
        demand.nextField();
        if (column === productColumn) product = productOf(demand);
        else if (column === quantityColumn) quantity = integer("demand quantity");
        else if (column === minimumColumn && !demand.blank()) low = integer("minimum");
        else if (column === maximumColumn && !demand.blank()) high = integer("maximum");
        column++;
      } while (!demand.lineEnd);
      if (product < 0 || quantity < 0) decline("a short row in demand.csv");
      if (demanded[product]) decline("two demand rows for one product");
      if (low > Math.min(quantity, high)) decline("a minimum above the demand or the maximum");
      demanded[product] = 1;
      demandQuantity[product] = quantity;
      minimum[product] = low;
      upper[product] = Math.min(quantity, high);
    }
  }

  // Load at full demand, to find the CCR (or the busiest resource).
  const loads = resources.map((resource, r) => {
    let used = 0;
    const base = r * count;
    for (let p = 0; p < count; p++) used += minutes[base + p]! * demandQuantity[p]!;
    if (!Number.isSafeInteger(used)) decline("the load at full demand is too large for exact arithmetic");
    return { r, used, utilisation: resource.capacityScaled === 0 ? (used === 0 ? 0 : Infinity) : used / resource.capacityScaled, overloaded: used > resource.capacityScaled };
  });
  const byLoad = [...loads].sort((a, b) => b.utilisation - a.utilisation || a.r - b.r);
  const overloaded = byLoad.find((load) => load.overloaded);
  const chosen = overloaded ?? byLoad.find((load) => load.used > 0);
  const ccr = chosen?.r;

  // Ranking order: no constraint time first, then T per constraint minute, then T, then id.
  const key = new Float64Array(count);
  const ccrBase = ccr === undefined ? 0 : ccr * count;
  for (let p = 0; p < count; p++) {
    const time = ccr === undefined ? 0 : minutes[ccrBase + p]!;
    key[p] = time === 0 ? Infinity : throughput[p]! / time;
  }
  const order = new Uint32Array(count);
  for (let p = 0; p < count; p++) order[p] = p;
  order.sort((a, b) => {
    const ka = key[a]!;
    const kb = key[b]!;
    if (ka !== kb) return kb - ka > 0 ? 1 : -1;
    if (ka !== Infinity && ccr !== undefined) {
      // Equal floats may hide unequal ratios: compare T_a × m_b with T_b × m_a exactly.
      const left = BigInt(throughput[a]!) * BigInt(minutes[ccrBase + b]!);
      const right = BigInt(throughput[b]!) * BigInt(minutes[ccrBase + a]!);
      if (left !== right) return left > right ? -1 : 1;
    }
    if (throughput[a] !== throughput[b]) return throughput[b]! > throughput[a]! ? 1 : -1;
    return ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0;
  });

  // The greedy fill, in exact scaled minutes: minimums first, then ranking order.
  const remaining = resources.map((resource) => resource.capacityScaled);
  const quantities = Float64Array.from(minimum);
  for (let p = 0; p < count; p++) {
    if (minimum[p] === 0) continue;
    for (let r = 0; r < resourceCount; r++) remaining[r] = remaining[r]! - minutes[r * count + p]! * minimum[p]!;
  }
  for (let i = 0; i < count; i++) {
    const p = order[i]!;
    if (throughput[p]! <= 0) continue;
    let room = upper[p]! - quantities[p]!;
    for (let r = 0; r < resourceCount && room > 0; r++) {
      const time = minutes[r * count + p]!;
      if (time === 0) continue;
      const fits = remaining[r]! <= 0 ? 0 : floorDivide(remaining[r]!, time);
      if (fits < room) room = fits;
    }
    if (room <= 0) continue;
    quantities[p] = quantities[p]! + room;
    for (let r = 0; r < resourceCount; r++) remaining[r] = remaining[r]! - minutes[r * count + p]! * room;
  }

  let total = 0n;
  let unsoldUnits = 0;
  for (let p = 0; p < count; p++) {
    if (quantities[p]) total += BigInt(throughput[p]!) * BigInt(quantities[p]!);
    if (demanded[p]) unsoldUnits += demandQuantity[p]! - quantities[p]!;
  }
  const throughputMoney = money(scaledText(total, MONEY_DIGITS), currency);
  const operatingExpense = operatingExpenseForPlan(oeModel(folder, currency, name));
  return {
    model: name,
    currency,
    productCount: count,
    constraint: ccr === undefined ? undefined : { resourceId: resources[ccr]!.id, basis: overloaded ? "constraint" : "busiest" },
    ids,
    order,
    quantities,
    throughput: throughputMoney,
    operatingExpense,
    netProfit: operatingExpense && subtract(throughputMoney, operatingExpense),
    resources: resources.map((resource, r) => {
      const usedScaled = resource.capacityScaled - remaining[r]!;
      const used = usedScaled / POW10[TIME_DIGITS]! / (resource.unit === "hour" ? 60 : 1);
      return {
        resourceId: resource.id,
        name: resource.name,
        unit: resource.unit,
        capacity: resource.capacity,
        used,
        utilisation: resource.capacityScaled === 0 ? 0 : usedScaled / resource.capacityScaled,
      };
    }),
    unsoldUnits,
  };
}

/** An integer count of 10^-digits as decimal text: 6300000000n, 6 → "6300". */
function scaledText(value: bigint, digits: number): string {
  const negative = value < 0n;
  const text = (negative ? -value : value).toString().padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** The folder's OE items in a model shell, so the plan's OE follows exactly the core's rule. */
function oeModel(folder: string, currency: CurrencyCode, name: string): BusinessModel {
  const table = smallTable(folder, "operating_expenses.csv");
  const items: OperatingExpenseItem[] = (table?.rows ?? []).map((row) => {
    const amount = cell(table!, row, "amount");
    if (!PLAIN_NUMBER.test(amount)) decline(`an OE amount "${amount}"`);
    const period = cell(table!, row, "period");
    return {
      id: cell(table!, row, "id"),
      name: cell(table!, row, "name"),
      category: cell(table!, row, "category") || "other",
      amount: money(amount, currency),
      ...(period ? { period } : {}),
    };
  });
  return { name, currency, periodUnit: "month", products: [], sales: [], operatingExpenses: items, investments: [], resources: [], usages: [], demand: [] };
}
