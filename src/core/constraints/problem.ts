import { toDecimal, type ExactDecimal } from "../money/decimal";
import { money, type Money } from "../money/money";
import { columnsOf, type ExactColumn, type ModelColumns } from "../model/columns";
import type { BusinessModel, Product, Resource } from "../model/types";

/** One product as the mix problem sees it: its throughput, its limits and its minutes on each resource. */
export interface MixProduct {
  readonly id: string;
  readonly name: string;
  readonly product: Product;
  /** Throughput of one unit, exact. */
  readonly throughputPerUnit: Money;
  /** Whether only whole units may be planned. */
  readonly wholeUnits: boolean;
  /** The market's demand, or undefined when the model has no demand row for the product. */
  readonly demand: number | undefined;
  /** The political minimum (0 when none). */
  readonly minimum: number;
  /** The political maximum, when it is set. */
  readonly maximum: number | undefined;
  /**
   * The most the plan may sell: min(demand, maximum), rounded down for whole units; 0 without demand.
   * Without a demand limit, twice what the product's most generous resource could make of it alone: a
   * bound no plan reaches, that makes every resource the product uses overloaded at full demand.
   */
  readonly upper: number;
  /** Minutes of each resource (in the order of `MixProblem.resources`) one unit takes, exact. */
  readonly minutes: readonly ExactDecimal[];
  /** The same minutes as numbers (for the solver and for approximate keys). */
  readonly minuteNumbers: readonly number[];
  /** The minutes × `MixProblem.timeScale`: whole numbers when `MixProblem.integralTimes`. */
  readonly scaledMinutes: readonly number[];
}

/** One resource with its capacity in exact minutes. */
export interface MixResource {
  readonly id: string;
  readonly name: string;
  readonly resource: Resource;
  readonly capacityMinutes: ExactDecimal;
}

/**
 * A model reduced to what product-mix decisions need, built once and shared by every method. Per-product
 * data is held in typed arrays (index p, and p × resourceCount + r for minutes), which the ranking, the
 * fill, loads and plan totals read; `products` is the same data as objects, built on first use (the
 * solver, cost accounting and report rows).
 */
export interface MixProblem {
  readonly model: BusinessModel;
  readonly columns: ModelColumns;
  readonly productCount: number;
  readonly resourceCount: number;
  /** The products as objects (built on first read). */
  readonly products: readonly MixProduct[];
  readonly resources: readonly MixResource[];
  /**
   * True when every time and capacity is a whole number of 10^-k minutes small enough for exact JS integer
   * arithmetic: sums of minutes × whole units then skip the decimal library (the common, large case).
   */
  readonly integralTimes: boolean;
  /** The power of ten that makes every time a whole number (1 for whole minutes, 2 for half minutes → 10). */
  readonly timeScale: number;
  /** Capacities × `timeScale`, in resource order (NaN when not a safe integer). */
  readonly scaledCapacities: readonly number[];
  /** T per unit of each product, exact (see ExactColumn). */
  readonly throughput: ExactColumn;
  /** 1 when only whole units may be planned. */
  readonly wholeUnitFlags: Uint8Array;
  /** Demand per product, NaN when none. */
  readonly demandOf: Float64Array;
  /** Political minimum per product (0 when none or ignored), rounded up for whole units. */
  readonly minimumOf: Float64Array;
  /** Political maximum per product, NaN when none or ignored. */
  readonly maximumOf: Float64Array;
  /** The most a plan may sell of each product. */
  readonly upperOf: Float64Array;
  /** Minutes per unit × timeScale at p × resourceCount + r (NaN when not a safe integer). */
  readonly minutesScaled: Float64Array;
  /** Minutes per unit as doubles at p × resourceCount + r. */
  readonly minutesApproximate: Float64Array;
  /** Exact minutes one unit of product p takes of resource r. */
  minutesExact(p: number, r: number): ExactDecimal;
}

/** Whether a plan keeps the model's political minimum and maximum (default) or ignores them. */
export interface PoliticalOption {
  /** `false` plans for the market alone, ignoring the demand's minimum and maximum. Default true. */
  readonly political?: boolean | undefined;
}

/** Options of {@link mixProblemOf}. */
export interface MixProblemOptions extends PoliticalOption {
  /** `false` treats every product as sold in fractions (a relaxation); default: as each product says. */
  readonly wholeUnits?: boolean | undefined;
}

const ZERO = toDecimal(0);

/**
 * The stand-in for an unlimited demand: twice the most units any one resource the product uses could
 * make of it alone. Finite (the solver and the exact sums need a bound), never reached by a plan, and at
 * full demand it overloads every resource the product uses in proportion to its time there, so the
 * most overloaded one is the bottleneck of the exam method. defineModel ensures some resource is used.
 */
function unlimitedBound(
  p: number,
  usageRow: Int32Array,
  usage: ExactColumn,
  capacities: readonly ExactDecimal[],
): number {
  const m = capacities.length;
  let most = ZERO;
  for (let r = 0; r < m; r++) {
    const row = usageRow[p * m + r]!;
    if (row < 0) continue;
    const time = usage.exact(row);
    if (time.isZero() || time.isNegative()) continue;
    const units = capacities[r]!.dividedBy(time);
    if (units.greaterThan(most)) most = units;
  }
  return most.times(2).ceil().toNumber();
}
// Times below 2^31 minutes keep minutes × units (units below 2^21) and their sums within 2^53 in most
// models; every integer sum is still checked (Number.isSafeInteger) and falls back to decimals.
const SAFE_TIME = 2 ** 31;
const MAX_SCALE_DIGITS = 6;

/**
 * Reduces a model to its mix problem: usage converted to minutes, demand and political limits per product.
 * Products without a demand row get no room in a plan (upper 0): nobody forecast a market for them.
 * Products whose demand is unlimited (`NO_DEMAND_LIMIT`) get as much as the resources allow.
 *
 * @example
 * const problem = mixProblemOf(pq);
 * problem.products[0].minutes.map(String); // ["15", "15", "15", "15"]
 */
export function mixProblemOf(model: BusinessModel, options: MixProblemOptions = {}): MixProblem {
  return problemOfColumns(model, columnsOf(model), options);
}

/**
 * {@link mixProblemOf} from columns already at hand (the prepared what-if model keeps its own).
 *
 * @example
 * problemOfColumns(pq, columnsOf(pq)).productCount; // 2
 */
export function problemOfColumns(
  model: BusinessModel,
  columns: ModelColumns,
  options: MixProblemOptions = {},
): MixProblem {
  const political = options.political ?? true;
  const n = columns.productIds.length;
  const m = columns.resourceIds.length;
  const resources: MixResource[] = model.resources.map((resource, r) => ({
    id: resource.id,
    name: resource.name,
    resource,
    capacityMinutes: columns.capacityMinutes[r]!,
  }));

  const usageRow = new Int32Array(n * m).fill(-1);
  const minutesApproximate = new Float64Array(n * m);
  const usage = columns.usageMinutes;
  for (let row = 0; row < columns.usageProduct.length; row++) {
    const cell = columns.usageProduct[row]! * m + columns.usageResource[row]!;
    usageRow[cell] = row;
    minutesApproximate[cell] = usage.approximate[row]!;
  }

  const wholeUnitFlags = options.wholeUnits === false ? new Uint8Array(n) : columns.wholeUnits;
  const demandOf = new Float64Array(n).fill(NaN);
  const minimumOf = new Float64Array(n);
  const maximumOf = new Float64Array(n).fill(NaN);
  const upperOf = new Float64Array(n);
  for (let row = 0; row < columns.demandProduct.length; row++) {
    const p = columns.demandProduct[row]!;
    const whole = wholeUnitFlags[p] === 1;
    const quantity = columns.demandQuantity[row]!;
    const minimumSet = political ? columns.demandMinimum[row]! : NaN;
    const maximum = political ? columns.demandMaximum[row]! : NaN;
    const minimum = Number.isNaN(minimumSet) ? 0 : whole ? Math.ceil(minimumSet) : minimumSet;
    // No demand limit: a finite stand-in no plan reaches (the solver and the exact sums need a bound).
    const market = quantity === Infinity ? unlimitedBound(p, usageRow, usage, columns.capacityMinutes) : quantity;
    let upper = Number.isNaN(maximum) ? market : Math.min(market, maximum);
    if (whole) upper = Math.floor(upper);
    demandOf[p] = quantity;
    minimumOf[p] = minimum;
    maximumOf[p] = maximum;
    upperOf[p] = Math.max(upper, minimum);
  }

  // Times with a few decimals (half minutes, 0.25 h) become whole numbers of 10^-k minutes, so the common
  // large model is summed with JS integers, exactly.
  let digits = usage.decimals;
  for (const capacity of columns.capacityMinutes) digits = Math.max(digits, capacity.decimalPlaces());
  // (A time on the decimal fall-back has more decimals or digits than integers hold: see the loop below.)
  const scaleDigits = Math.min(digits, MAX_SCALE_DIGITS);
  const timeScale = 10 ** scaleDigits;
  const scaledCapacities = columns.capacityMinutes.map((capacity) => {
    const scaled = capacity.times(timeScale);
    return scaled.isInteger() && scaled.abs().lessThan(SAFE_TIME) ? scaled.toNumber() : NaN;
  });
  let integralTimes = digits <= MAX_SCALE_DIGITS && scaledCapacities.every((value) => !Number.isNaN(value));
  const minutesScaled = new Float64Array(n * m);
  const factor = 10 ** (scaleDigits - Math.min(usage.decimals, scaleDigits));
  for (let cell = 0; cell < n * m; cell++) {
    const row = usageRow[cell]!;
    if (row < 0) continue;
    const raw = usage.scaled[row]!;
    let scaled = usage.decimals <= scaleDigits && !Number.isNaN(raw) ? raw * factor : NaN;
    if (Number.isNaN(scaled) || !Number.isSafeInteger(scaled) || Math.abs(scaled) >= SAFE_TIME) {
      const exact = usage.exact(row).times(timeScale);
      scaled = exact.isZero() ? 0 : exact.isInteger() && exact.abs().lessThan(SAFE_TIME) ? exact.toNumber() : NaN;
    }
    minutesScaled[cell] = scaled;
    if (Number.isNaN(scaled)) integralTimes = false;
  }

  const minutesExact = (p: number, r: number): ExactDecimal => {
    const row = usageRow[p * m + r]!;
    return row < 0 ? ZERO : usage.exact(row);
  };

  let products: MixProduct[] | undefined;
  const productsOf = (): MixProduct[] =>
    model.products.map((product, p): MixProduct => {
      const minutes = Array.from({ length: m }, (_, r) => minutesExact(p, r));
      return {
        id: product.id,
        name: product.name,
        product,
        throughputPerUnit: money(columns.throughput.exact(p), model.currency),
        wholeUnits: wholeUnitFlags[p] === 1,
        demand: Number.isNaN(demandOf[p]!) ? undefined : demandOf[p]!,
        minimum: minimumOf[p]!,
        maximum: Number.isNaN(maximumOf[p]!) ? undefined : maximumOf[p]!,
        upper: upperOf[p]!,
        minutes,
        minuteNumbers: Array.from({ length: m }, (_, r) => minutesApproximate[p * m + r]!),
        scaledMinutes: Array.from({ length: m }, (_, r) => minutesScaled[p * m + r]!),
      };
    });
  return {
    model,
    columns,
    productCount: n,
    resourceCount: m,
    get products() {
      return (products ??= productsOf());
    },
    resources,
    integralTimes,
    timeScale,
    scaledCapacities,
    throughput: columns.throughput,
    wholeUnitFlags,
    demandOf,
    minimumOf,
    maximumOf,
    upperOf,
    minutesScaled,
    minutesApproximate,
    minutesExact,
  };
}

/**
 * The problem `previous` becomes when only capacities moved (the columns are `previous`'s but for
 * `capacityMinutes`): everything per product is shared, only the resources and their scaled capacities
 * are made again. Undefined when that is not enough — a capacity with more decimals than the scale or too
 * large for integers, or a demand without limit (its stand-in bound follows the capacities) — and the
 * caller makes the problem from scratch.
 *
 * @example
 * problemWithCapacities(mixProblemOf(pq), pq, { ...columnsOf(pq), capacityMinutes: [...] })?.scaledCapacities;
 */
export function problemWithCapacities(
  previous: MixProblem,
  model: BusinessModel,
  columns: ModelColumns,
): MixProblem | undefined {
  if (!previous.integralTimes || columns.capacityMinutes.length !== previous.resourceCount) return undefined;
  for (let p = 0; p < previous.productCount; p++) if (previous.demandOf[p] === Infinity) return undefined;
  const scaledCapacities: number[] = [];
  for (const capacity of columns.capacityMinutes) {
    const scaled = capacity.times(previous.timeScale);
    if (!scaled.isInteger() || !scaled.abs().lessThan(SAFE_TIME)) return undefined;
    scaledCapacities.push(scaled.isZero() ? 0 : scaled.toNumber());
  }
  const resources: MixResource[] = model.resources.map((resource, r) => ({
    id: resource.id,
    name: resource.name,
    resource,
    capacityMinutes: columns.capacityMinutes[r]!,
  }));
  // The products' objects carry no capacity, so the previous ones (if built) stay valid.
  const base = previous;
  return {
    model,
    columns,
    productCount: base.productCount,
    resourceCount: base.resourceCount,
    get products() {
      return base.products;
    },
    resources,
    integralTimes: true,
    timeScale: base.timeScale,
    scaledCapacities,
    throughput: base.throughput,
    wholeUnitFlags: base.wholeUnitFlags,
    demandOf: base.demandOf,
    minimumOf: base.minimumOf,
    maximumOf: base.maximumOf,
    upperOf: base.upperOf,
    minutesScaled: base.minutesScaled,
    minutesApproximate: base.minutesApproximate,
    minutesExact: base.minutesExact,
  };
}

/**
 * Whether product p's T per unit is above zero, read from the column without a decimal where it can.
 *
 * @example
 * hasPositiveThroughput(mixProblemOf(pq), 0); // true
 */
export function hasPositiveThroughput(problem: MixProblem, p: number): boolean {
  const scaled = problem.throughput.scaled[p]!;
  if (!Number.isNaN(scaled)) return scaled > 0;
  const exact = problem.throughput.exact(p);
  return exact.isPositive() && !exact.isZero();
}
