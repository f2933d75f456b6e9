import { ExactDecimal, toDecimal } from "../money/decimal";
import { throughputPerUnit } from "../throughput/unit";
import type { BusinessModel, Product, TimeUnit } from "./types";

/**
 * A column of exact decimals held as scaled integers: `scaled[i]` is the value × 10^`decimals`, exact,
 * when that is a safe integer; otherwise it is NaN and `exact(i)` holds the value (a decimal fall-back,
 * rare: share-of-price TVC with many digits, or amounts beyond 2^53 in the column's unit). Reading a
 * million values this way costs no object per value.
 */
export interface ExactColumn {
  readonly length: number;
  /** Powers of ten the integers are scaled by (2 for kopecks). */
  readonly decimals: number;
  /** value × 10^decimals, exact; NaN where `exact` must be used. */
  readonly scaled: Float64Array;
  /** The value as a double (for fast approximate keys and the solver). */
  readonly approximate: Float64Array;
  /** The exact value of row `i`. */
  exact(i: number): ExactDecimal;
}

/** Most decimals a column is scaled by; values with more take the decimal fall-back. */
const MAX_DECIMALS = 9;
// 10 ** k read from a table (the same exact doubles, without a power per value).
const POWERS_OF_TEN = Array.from({ length: MAX_DECIMALS + 2 }, (_, k) => 10 ** k);

/**
 * An {@link ExactColumn} from exact decimals: one common scale (the most decimals any value has, up to 9),
 * integers where they are safe, the decimal itself elsewhere.
 *
 * @example
 * const column = exactColumn([toDecimal("1.5"), toDecimal("2")]);
 * [column.decimals, ...column.scaled]; // [1, 15, 20]
 */
export function exactColumn(values: readonly ExactDecimal[]): ExactColumn {
  let decimals = 0;
  for (const value of values) {
    const places = value.decimalPlaces();
    if (places > decimals && places <= MAX_DECIMALS) decimals = places;
  }
  const scaled = new Float64Array(values.length);
  const approximate = new Float64Array(values.length);
  const fallback = new Map<number, ExactDecimal>();
  values.forEach((value, i) => {
    approximate[i] = value.toNumber();
    const integer = value.times(10 ** decimals);
    if (integer.isInteger() && integer.abs().lessThan(SAFE)) scaled[i] = integer.toNumber();
    else {
      scaled[i] = NaN;
      fallback.set(i, value);
    }
  });
  return columnOf(decimals, scaled, approximate, fallback);
}

const SAFE = toDecimal(Number.MAX_SAFE_INTEGER);

/**
 * Minutes per row as an exact column, from numbers whose shortest text is their value (the loader's and
 * `defineModel`'s quantities) and a factor (60 for hours): no decimal is made unless a value needs one.
 *
 * @example
 * const column = minutesColumn([1.5, 2], [1, 60]);
 * [column.decimals, ...column.scaled]; // [1, 15, 1200]
 */
export function minutesColumn(values: ArrayLike<number>, factors: ArrayLike<number>): ExactColumn {
  let decimals = 0;
  const places = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let k = 0;
    // The fewest decimals d with round(v × 10^d) / 10^d === v: the decimals of v's shortest text.
    while (k <= MAX_DECIMALS && Math.round(value * POWERS_OF_TEN[k]!) / POWERS_OF_TEN[k]! !== value) k++;
    places[i] = k;
    if (k <= MAX_DECIMALS && k > decimals) decimals = k;
  }
  const scaled = new Float64Array(values.length);
  const approximate = new Float64Array(values.length);
  const fallback = new Map<number, ExactDecimal>();
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const integer =
      places[i]! > MAX_DECIMALS
        ? NaN
        : Math.round(value * POWERS_OF_TEN[places[i]!]!) * POWERS_OF_TEN[decimals - places[i]!]! * factors[i]!;
    approximate[i] = value * factors[i]!;
    if (places[i]! <= MAX_DECIMALS && Number.isSafeInteger(integer)) scaled[i] = integer;
    else {
      scaled[i] = NaN;
      fallback.set(i, toDecimal(value).times(factors[i]!));
    }
  }
  return columnOf(decimals, scaled, approximate, fallback);
}

/**
 * An {@link ExactColumn} from its parts (the loader fills the integers straight from the digits it reads).
 *
 * @example
 * columnOf(2, Float64Array.of(1050), Float64Array.of(10.5), new Map()).exact(0).toString(); // "10.5"
 */
export function columnOf(
  decimals: number,
  scaled: Float64Array,
  approximate: Float64Array,
  fallback: ReadonlyMap<number, ExactDecimal>,
): ExactColumn {
  const divisor = 10 ** decimals;
  return {
    length: scaled.length,
    decimals,
    scaled,
    approximate,
    exact(i: number): ExactDecimal {
      const value = scaled[i]!;
      if (Number.isNaN(value)) return fallback.get(i)!;
      return decimals === 0 ? new ExactDecimal(value) : new ExactDecimal(value).dividedBy(divisor);
    },
  };
}

/**
 * What constraint analysis needs of a model, per product index and resource index, in typed arrays: the
 * engine ranking, mix, political mix and loads read. The loader builds it straight from the files (and the
 * object view `model.products`, … lazily from it); {@link columnsOf} builds it from the object view of any
 * other model.
 */
export interface ModelColumns {
  readonly productIds: readonly string[];
  /** Product id → index. */
  readonly productIndex: ReadonlyMap<string, number>;
  /** T per unit (price − TVC at the list price), exact. */
  readonly throughput: ExactColumn;
  /** 1 when the product sells in whole units only. */
  readonly wholeUnits: Uint8Array;
  readonly resourceIds: readonly string[];
  /** Capacity of each resource in minutes, exact. */
  readonly capacityMinutes: readonly ExactDecimal[];
  /** Usage rows: product index, resource index and the minutes one unit takes. */
  readonly usageProduct: Int32Array;
  readonly usageResource: Int32Array;
  readonly usageMinutes: ExactColumn;
  /** Demand rows: product index, quantity, minimum and maximum (NaN when not set). */
  readonly demandProduct: Int32Array;
  readonly demandQuantity: Float64Array;
  readonly demandMinimum: Float64Array;
  readonly demandMaximum: Float64Array;
  /**
   * Product p's name, read without building the object view (the fast loader keeps the names' bytes);
   * absent: `model.products[p].name`. A large plan's lines need the names and nothing else of the products.
   */
  readonly productName?: (index: number) => string;
}

const attached = new WeakMap<BusinessModel, ModelColumns>();

/**
 * Gives a model its columns, built by whoever built the model from the same data (the loader). A copy of
 * the model (`{ ...model, demand }`) has none, so it never reads stale columns: {@link columnsOf} rebuilds.
 *
 * @example
 * attachColumns(model, columns); columnsOf(model) === columns; // true
 */
export function attachColumns(model: BusinessModel, columns: ModelColumns): void {
  attached.set(model, columns);
}

function minutesOfNumber(value: number, unit: TimeUnit): ExactDecimal {
  const exact = toDecimal(value);
  return unit === "hour" ? exact.times(60) : exact;
}

/**
 * T per unit of a product, exact: price − TVC. Per-unit components in the price's currency (the common
 * case) are subtracted as decimals, without the Money objects {@link throughputPerUnit} makes (a large
 * model has tens of thousands of products); anything else goes through it, with its checks.
 */
function throughputAmount(product: Product): ExactDecimal {
  const price = product.price;
  let tvc: ExactDecimal | undefined;
  for (const component of product.tvc) {
    if (component.basis !== "per-unit" || component.amount.currency !== price.currency)
      return throughputPerUnit(product).amount;
    tvc = tvc ? tvc.plus(component.amount.amount) : component.amount.amount;
  }
  return tvc ? price.amount.minus(tvc) : price.amount;
}

/**
 * The columns of a model: the ones the loader attached, or built from its object view.
 *
 * @example
 * columnsOf(pq).productIds; // ["P", "Q"]
 */
export function columnsOf(model: BusinessModel): ModelColumns {
  const known = attached.get(model);
  if (known) return known;
  const productIds = model.products.map((product) => product.id);
  const productIndex = new Map(productIds.map((id, index) => [id, index]));
  const resourceIds = model.resources.map((resource) => resource.id);
  const resourceIndex = new Map(resourceIds.map((id, index) => [id, index]));
  // One plain loop over the usage rows (a large model has hundreds of thousands): rows of one product come
  // together, so its index is looked up once per run of rows; rows naming no known product or resource are
  // left out, as before.
  const rows = model.usages;
  const usageProduct = new Int32Array(rows.length);
  const usageResource = new Int32Array(rows.length);
  const times = new Float64Array(rows.length);
  const factors = new Float64Array(rows.length);
  let lastProductId: string | undefined;
  let lastProduct = -1;
  let kept = 0;
  for (const row of rows) {
    if (row.productId !== lastProductId) {
      lastProductId = row.productId;
      lastProduct = productIndex.get(row.productId) ?? -1;
    }
    const resource = resourceIndex.get(row.resourceId);
    if (lastProduct < 0 || resource === undefined) continue;
    usageProduct[kept] = lastProduct;
    usageResource[kept] = resource;
    times[kept] = row.timePerUnit;
    factors[kept++] = row.unit === "hour" ? 60 : 1;
  }
  const demand = model.demand.filter((row) => productIndex.has(row.productId));
  const columns: ModelColumns = {
    productIds,
    productIndex,
    throughput: exactColumn(model.products.map(throughputAmount)),
    wholeUnits: Uint8Array.from(model.products, (product) => (product.wholeUnits === false ? 0 : 1)),
    resourceIds,
    capacityMinutes: model.resources.map((resource) => minutesOfNumber(resource.capacity, resource.unit)),
    usageProduct: kept === rows.length ? usageProduct : usageProduct.slice(0, kept),
    usageResource: kept === rows.length ? usageResource : usageResource.slice(0, kept),
    usageMinutes:
      kept === rows.length
        ? minutesColumn(times, factors)
        : minutesColumn(times.subarray(0, kept), factors.subarray(0, kept)),
    demandProduct: Int32Array.from(demand, (row) => productIndex.get(row.productId)!),
    demandQuantity: Float64Array.from(demand, (row) => row.quantity),
    demandMinimum: Float64Array.from(demand, (row) => row.minimum ?? NaN),
    demandMaximum: Float64Array.from(demand, (row) => row.maximum ?? NaN),
  };
  // Not kept: the object view's items are the caller's own objects, so each call reads them afresh.
  return columns;
}
