import { ExactDecimal } from "../core/money/decimal";
import { money } from "../core/money/money";
import type { CurrencyCode } from "../core/money/currency";
import { attachColumns, columnOf, minutesColumn, type ModelColumns } from "../core/model/columns";
import { lazyProperty } from "../core/model/lazy";
import type {
  BusinessModel,
  Demand,
  Investment,
  OperatingExpenseItem,
  PeriodUnit,
  Product,
  Resource,
  ResourceUsage,
  Sale,
  TvcComponent,
} from "../core/model/types";
import { minutesOf } from "../core/constraints/time";
import type { ProductDraft } from "./tables/products";
import type { TvcDraft } from "./tables/tvc";

/** Most decimals a column is held in as integers; values with more take the decimal fall-back. */
const MAX_DECIMALS = 9;

/** Decimals of a plain decimal text (`12.50` has 2). */
function decimalsOf(text: string): number {
  const point = text.indexOf(".");
  return point < 0 ? 0 : text.length - point - 1;
}

/** A plain decimal text × 10^decimals as an exact safe integer, or NaN when it is not one. */
function scaledOf(text: string, decimals: number): number {
  let value = 0;
  let fraction = -1;
  let negative = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 45 && i === 0) negative = true;
    else if (code === 46) fraction = 0;
    else {
      if (fraction >= 0 && ++fraction > decimals) return NaN;
      value = value * 10 + (code - 48);
    }
  }
  for (let i = Math.max(fraction, 0); i < decimals; i++) value *= 10;
  return Number.isSafeInteger(value) ? (negative ? -value : value) : NaN;
}

/** What {@link assembleModel} puts together: every table as read and checked. */
export interface ModelParts {
  readonly name: string;
  readonly currency: CurrencyCode;
  readonly periodUnit: PeriodUnit;
  readonly products: readonly ProductDraft[];
  readonly tvc: readonly TvcDraft[];
  readonly sales: readonly Sale[];
  readonly operatingExpenses: readonly OperatingExpenseItem[];
  readonly investments: readonly Investment[];
  readonly resources: readonly Resource[];
  readonly usages: readonly ResourceUsage[];
  readonly demand: readonly Demand[];
}

/**
 * Builds the loaded model from tables the loader has checked cell by cell: the columns the engine reads
 * (T per unit as scaled integers, minutes, demand) straight from the cells' text, and the object view
 * (`model.products`, each with its price and TVC as money) built on first read. Frozen, like `defineModel`'s.
 *
 * @example
 * const model = assembleModel(parts);
 * rankingMix(model); // reads the columns; model.products is not built
 */
export function assembleModel(parts: ModelParts): BusinessModel {
  const { currency } = parts;
  const n = parts.products.length;
  const productIndex = new Map<string, number>();
  parts.products.forEach((draft, p) => productIndex.set(draft.product.id, p));

  // T per unit = price − per-unit TVC, in one common scale of integers; share-of-price TVC (or a value
  // beyond the integers) makes that product's T an exact decimal instead.
  let decimals = 0;
  for (const draft of parts.products)
    decimals = Math.max(decimals, Math.min(decimalsOf(draft.priceText), MAX_DECIMALS));
  for (const draft of parts.tvc)
    if (draft.basis === "per-unit") decimals = Math.max(decimals, Math.min(decimalsOf(draft.amountText), MAX_DECIMALS));
  const scaled = new Float64Array(n);
  for (let p = 0; p < n; p++) scaled[p] = scaledOf(parts.products[p]!.priceText, decimals);
  const byShare = new Uint8Array(n);
  for (const draft of parts.tvc) {
    const p = productIndex.get(draft.productId)!;
    if (draft.basis === "per-unit") scaled[p] = scaled[p]! - scaledOf(draft.amountText, decimals);
    else byShare[p] = 1;
  }
  const fallback = new Map<number, ExactDecimal>();
  const approximate = new Float64Array(n);
  const divisor = 10 ** decimals;
  let tvcOf: Map<number, TvcDraft[]> | undefined;
  for (let p = 0; p < n; p++) {
    if (byShare[p] || !Number.isSafeInteger(scaled[p]!)) {
      scaled[p] = NaN;
      tvcOf ??= groupTvc(parts.tvc, productIndex);
      fallback.set(p, exactThroughput(parts.products[p]!, tvcOf.get(p) ?? []));
      approximate[p] = fallback.get(p)!.toNumber();
    } else approximate[p] = scaled[p]! / divisor;
  }
  const products = parts.products;
  const resourceIndex = new Map(parts.resources.map((resource, r) => [resource.id, r]));
  const usages = parts.usages;
  const columns: ModelColumns = {
    productIds: products.map((draft) => draft.product.id),
    productIndex,
    throughput: columnOf(decimals, scaled, approximate, fallback),
    wholeUnits: Uint8Array.from(products, (draft) => (draft.product.wholeUnits === false ? 0 : 1)),
    resourceIds: parts.resources.map((resource) => resource.id),
    capacityMinutes: parts.resources.map((resource) => minutesOf(resource.capacity, resource.unit)),
    usageProduct: Int32Array.from(usages, (row) => productIndex.get(row.productId)!),
    usageResource: Int32Array.from(usages, (row) => resourceIndex.get(row.resourceId)!),
    usageMinutes: minutesColumn(
      usages.map((row) => row.timePerUnit),
      usages.map((row) => (row.unit === "hour" ? 60 : 1)),
    ),
    demandProduct: Int32Array.from(parts.demand, (row) => productIndex.get(row.productId)!),
    demandQuantity: Float64Array.from(parts.demand, (row) => row.quantity),
    demandMinimum: Float64Array.from(parts.demand, (row) => row.minimum ?? NaN),
    demandMaximum: Float64Array.from(parts.demand, (row) => row.maximum ?? NaN),
    productName: (p) => products[p]!.product.name,
  };

  const model = {
    name: parts.name,
    currency,
    periodUnit: parts.periodUnit,
    products: [] as readonly Product[],
    sales: Object.freeze([...parts.sales]),
    operatingExpenses: Object.freeze([...parts.operatingExpenses]),
    investments: Object.freeze([...parts.investments]),
    resources: Object.freeze([...parts.resources]),
    usages: Object.freeze([...usages]),
    demand: Object.freeze([...parts.demand]),
  };
  lazyProperty(model, "products", () => Object.freeze(productObjects(parts)));
  Object.freeze(model);
  attachColumns(model, columns);
  return model;
}

function tvcComponent(draft: TvcDraft, currency: CurrencyCode): TvcComponent {
  return draft.basis === "per-unit"
    ? { kind: draft.kind, name: draft.name, basis: "per-unit", amount: money(draft.amountText, currency) }
    : { kind: draft.kind, name: draft.name, basis: "share-of-price", rate: draft.rate };
}

/** The object view of the products, in file order, each with its TVC components in file order. */
function productObjects(parts: ModelParts): Product[] {
  const components = new Map<string, TvcComponent[]>();
  for (const draft of parts.tvc) {
    const list = components.get(draft.productId);
    const component = tvcComponent(draft, parts.currency);
    if (list) list.push(component);
    else components.set(draft.productId, [component]);
  }
  return parts.products.map(({ product, priceText }) => {
    const { id, name, type, ...rest } = product;
    return { id, name, type, price: money(priceText, parts.currency), ...rest, tvc: components.get(id) ?? [] };
  });
}

function groupTvc(tvc: readonly TvcDraft[], productIndex: ReadonlyMap<string, number>): Map<number, TvcDraft[]> {
  const groups = new Map<number, TvcDraft[]>();
  for (const draft of tvc) {
    const p = productIndex.get(draft.productId)!;
    const list = groups.get(p);
    if (list) list.push(draft);
    else groups.set(p, [draft]);
  }
  return groups;
}

// T of one product in decimals: price − per-unit amounts − price × each rate (as throughputPerUnit does).
function exactThroughput(draft: ProductDraft, tvc: readonly TvcDraft[]): ExactDecimal {
  const price = new ExactDecimal(draft.priceText);
  let t = price;
  for (const component of tvc)
    t = t.minus(component.basis === "per-unit" ? new ExactDecimal(component.amountText) : price.times(component.rate));
  return t;
}
