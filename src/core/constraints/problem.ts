import { toDecimal, type ExactDecimal } from "../money/decimal";
import type { Money } from "../money/money";
import type { BusinessModel, Product, Resource } from "../model/types";
import { throughputPerUnit } from "../throughput/unit";
import { minutesOf } from "./time";

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

/** A model reduced to what product-mix decisions need; built once and shared by every method. */
export interface MixProblem {
  readonly model: BusinessModel;
  readonly products: readonly MixProduct[];
  readonly resources: readonly MixResource[];
  /**
   * True when every time and capacity is a whole number of minutes small enough for exact JS integer
   * arithmetic: sums of minutes × whole units then skip the decimal library (the common, large case).
   */
  readonly integralTimes: boolean;
  /** The power of ten that makes every time a whole number (1 for whole minutes, 2 for half minutes → 10). */
  readonly timeScale: number;
  /** Capacities × `timeScale`, in resource order. */
  readonly scaledCapacities: readonly number[];
}

/** Whether a plan keeps the model's political minimum and maximum (default) or ignores them. */
export interface PoliticalOption {
  /** `false` plans for the market alone, ignoring the demand's minimum and maximum. Default true. */
  readonly political?: boolean;
}

/** Options of {@link mixProblemOf}. */
export interface MixProblemOptions extends PoliticalOption {
  /** `false` treats every product as sold in fractions (a relaxation); default: as each product says. */
  readonly wholeUnits?: boolean;
}

const ZERO = toDecimal(0);

/**
 * The stand-in for an unlimited demand: twice the most units any one resource the product uses could
 * make of it alone. Finite (the solver and the exact sums need a bound), never reached by a plan, and at
 * full demand it overloads every resource the product uses in proportion to its time there, so the
 * most overloaded one is the bottleneck of the exam method. defineModel ensures some resource is used.
 */
function unlimitedBound(minutes: readonly ExactDecimal[], resources: readonly MixResource[]): number {
  let most = ZERO;
  minutes.forEach((time, r) => {
    if (time.isZero()) return;
    const units = resources[r]!.capacityMinutes.dividedBy(time);
    if (units.greaterThan(most)) most = units;
  });
  return most.times(2).ceil().toNumber();
}
// Times below 2^31 minutes keep minutes × units (units below 2^21) and their sums within 2^53 in most
// models; every integer sum is still checked (Number.isSafeInteger) and falls back to decimals.
const SAFE_TIME = toDecimal(2 ** 31);
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
  const political = options.political ?? true;
  const resources: MixResource[] = model.resources.map((resource) => ({
    id: resource.id,
    name: resource.name,
    resource,
    capacityMinutes: minutesOf(resource.capacity, resource.unit),
  }));
  const resourceIndex = new Map(resources.map((resource, index) => [resource.id, index]));
  const usage = new Map<string, ExactDecimal[]>();
  for (const row of model.usages) {
    const index = resourceIndex.get(row.resourceId);
    if (index === undefined) continue; // validateModel reports unknown resources; defineModel never lets one through.
    let minutes = usage.get(row.productId);
    if (!minutes) usage.set(row.productId, (minutes = resources.map(() => ZERO)));
    minutes[index] = minutesOf(row.timePerUnit, row.unit);
  }
  const demand = new Map(model.demand.map((row) => [row.productId, row]));
  const products = model.products.map((product): MixProduct => {
    const row = demand.get(product.id);
    const wholeUnits = options.wholeUnits === false ? false : product.wholeUnits ?? true;
    const minimum = political ? row?.minimum ?? 0 : 0;
    const maximum = political ? row?.maximum : undefined;
    const minutes = usage.get(product.id) ?? resources.map(() => ZERO);
    const market = row === undefined ? 0 : row.quantity === Infinity ? unlimitedBound(minutes, resources) : row.quantity;
    let upper = Math.min(market, maximum ?? Infinity);
    if (wholeUnits) upper = Math.floor(upper);
    return {
      id: product.id,
      name: product.name,
      product,
      throughputPerUnit: throughputPerUnit(product),
      wholeUnits,
      demand: row?.quantity,
      minimum: wholeUnits ? Math.ceil(minimum) : minimum,
      maximum,
      upper: Math.max(upper, wholeUnits ? Math.ceil(minimum) : minimum),
      minutes,
      minuteNumbers: minutes.map((value) => value.toNumber()),
      scaledMinutes: [],
    };
  });
  // Times with a few decimals (half minutes, 0.25 h) become whole numbers of 10^-k minutes, so the common
  // large model is summed with JS integers, exactly.
  let digits = 0;
  for (const resource of resources) digits = Math.max(digits, resource.capacityMinutes.decimalPlaces());
  for (const product of products) for (const minutes of product.minutes) if (!minutes.isZero()) digits = Math.max(digits, minutes.decimalPlaces());
  const timeScale = 10 ** Math.min(digits, MAX_SCALE_DIGITS);
  const scale = (value: ExactDecimal) => value.times(timeScale);
  const safe = (value: ExactDecimal) => value.isInteger() && value.abs().lessThan(SAFE_TIME);
  const scaledTimes = (values: readonly ExactDecimal[]) => values.map((value) => (value.isZero() ? 0 : safe(scale(value)) ? scale(value).toNumber() : NaN));
  const scaledCapacities = scaledTimes(resources.map((resource) => resource.capacityMinutes));
  const scaledProducts = products.map((product) => ({ ...product, scaledMinutes: scaledTimes(product.minutes) }));
  const integralTimes =
    digits <= MAX_SCALE_DIGITS &&
    scaledCapacities.every((value) => !Number.isNaN(value)) &&
    scaledProducts.every((product) => product.scaledMinutes.every((value) => !Number.isNaN(value)));
  return {
    model,
    products: scaledProducts,
    resources,
    integralTimes,
    timeScale,
    scaledCapacities,
  };
}
