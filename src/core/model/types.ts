import type { CurrencyCode } from "../money/currency";
import type { ExactDecimal } from "../money/decimal";
import type { Money } from "../money/money";

/**
 * What a totally variable cost (TVC) component is. The talk's rule: a cost is TVC only when it occurs
 * because one more unit is sold (materials, a piece rate, a per-sale bonus, a tax on the sale).
 */
export type TvcKind = "materials" | "piece-rate" | "sales-bonus" | "sales-tax" | "other";

/** Every TVC kind, in the order reports list them. */
export const TVC_KINDS: readonly TvcKind[] = ["materials", "piece-rate", "sales-bonus", "sales-tax", "other"];

/**
 * One component of a product's TVC: either a fixed amount per unit sold, or a share of the price
 * (a tax on sales, a percentage bonus).
 */
export type TvcComponent =
  | {
      readonly kind: TvcKind;
      readonly name: string;
      readonly basis: "per-unit";
      /** Money spent for each unit sold. */
      readonly amount: Money;
    }
  | {
      readonly kind: TvcKind;
      readonly name: string;
      readonly basis: "share-of-price";
      /** A fraction of the selling price, e.g. 0.06 for a 6 % tax on sales. */
      readonly rate: ExactDecimal;
    };

/** A product or a service the business sells. */
export interface Product {
  readonly id: string;
  readonly name: string;
  readonly type: "product" | "service";
  /** A free grouping used by the sales plan (phones, accessories, ...). */
  readonly category?: string;
  /** The list selling price of one unit. */
  readonly price: Money;
  /** Totally variable costs of one unit, by component. */
  readonly tvc: readonly TvcComponent[];
  /** Whether it sells in whole units only (a haircut) or in fractions (hours of consulting). Default true. */
  readonly wholeUnits?: boolean;
  /** What one unit is called ("haircut", "hour"), for labels. */
  readonly unitName?: string;
}

/** Units sold of one product in one period, optionally at another price than the list price. */
export interface Sale {
  readonly productId: string;
  readonly period: string;
  readonly quantity: number;
  /** The actual price per unit when it differs from the product's list price (a discount, a special order). */
  readonly price?: Money;
}

/** Operating expense (OE) categories the library knows; any other text is allowed too. */
export type KnownOperatingExpenseCategory =
  "rent" | "salaries" | "advertising" | "utilities" | "depreciation" | "office" | "taxes" | "other";

/** An item of operating expense: every cost of running the business that is not TVC. */
export interface OperatingExpenseItem {
  readonly id: string;
  readonly name: string;
  readonly category: KnownOperatingExpenseCategory | (string & {});
  /** The amount per period. */
  readonly amount: Money;
  /** The period it belongs to; absent means it recurs in every period. */
  readonly period?: string;
}

/** Money tied up in the business (I): equipment, inventory, a deposit. */
export interface Investment {
  readonly id: string;
  readonly name: string;
  readonly category?: string;
  readonly amount: Money;
}

/** Units of time the library converts between. */
export type TimeUnit = "minute" | "hour";

/** A resource whose time the products use: a stylist, a machine, an expert. */
export interface Resource {
  readonly id: string;
  readonly name: string;
  /** Time available per period, in `unit`. */
  readonly capacity: number;
  readonly unit: TimeUnit;
}

/** How much of one resource's time one unit of one product takes. */
export interface ResourceUsage {
  readonly productId: string;
  readonly resourceId: string;
  /** Time per unit, in `unit` (converted explicitly to the resource's unit when compared). */
  readonly timePerUnit: number;
  readonly unit: TimeUnit;
}

/**
 * The demand quantity that means "no demand limit": the market buys all the resources can make.
 * In demand.csv it is written `unlimited`.
 *
 * @example
 * const market = defineModel({ ...pq, demand: [{ productId: "P", quantity: NO_DEMAND_LIMIT }, { productId: "Q", quantity: 50 }] });
 * rankingMix(market).lines.map((line) => [line.productId, line.quantity]); // [["P", 160], ["Q", 0]]: B is full
 */
export const NO_DEMAND_LIMIT = Number.POSITIVE_INFINITY;

/** The market's forecast for a product in a period, and the limits a political decision sets. */
export interface Demand {
  readonly productId: string;
  /**
   * Units the market would buy in a period, or {@link NO_DEMAND_LIMIT} (`Infinity`) when no forecast
   * limits it: the market takes whatever the resources can make (the ACCA/CIMA exam method, where the
   * whole capacity of the bottleneck goes to products in TPAR order).
   */
  readonly quantity: number;
  /** Units that must be sold whatever the throughput (a political minimum). */
  readonly minimum?: number;
  /** Units that may be sold at most, below the market's demand (a political cap). */
  readonly maximum?: number;
}

/** The length of one period of the model. */
export type PeriodUnit = "day" | "week" | "month" | "quarter" | "year";

/**
 * A business as throughput accounting sees it: what it sells and for how much, what each sale costs
 * (TVC), what running it costs each period (OE), what is invested (I), and, for constraint analysis,
 * its resources, their use by each product and the market's demand.
 */
export interface BusinessModel {
  readonly name: string;
  readonly currency: CurrencyCode;
  readonly periodUnit: PeriodUnit;
  readonly products: readonly Product[];
  readonly sales: readonly Sale[];
  readonly operatingExpenses: readonly OperatingExpenseItem[];
  readonly investments: readonly Investment[];
  readonly resources: readonly Resource[];
  readonly usages: readonly ResourceUsage[];
  readonly demand: readonly Demand[];
}
