import { DEFAULT_CURRENCY, type CurrencyCode } from "../core/money/currency";
import { assembleModel } from "./model-columns";
import type { BusinessModel, PeriodUnit } from "../core/model/types";
import { loadIssue, type LoadIssue, type LoadWarning } from "./issues";
import { TableReader, type Sink } from "./reader";
import type { RawTable, TableName } from "./table";
import { readModelInfo } from "./tables/model-info";
import { PRODUCTS_SPEC, readProducts } from "./tables/products";
import { TVC_SPEC, readTvc } from "./tables/tvc";
import { SALES_SPEC, readSales } from "./tables/sales";
import { OPERATING_EXPENSES_SPEC, readOperatingExpenses } from "./tables/operating-expenses";
import { INVESTMENTS_SPEC, readInvestments } from "./tables/investments";
import { RESOURCES_SPEC, readResources } from "./tables/resources";
import { USAGE_SPEC, readUsage } from "./tables/usage";
import { DEMAND_SPEC, readDemand } from "./tables/demand";

/** Options every loader takes. */
export interface BuildOptions {
  /** The model's name when model.csv has none (loadModel passes the folder's name). */
  readonly name?: string;
  /** The currency when model.csv has none; default RUB. */
  readonly currency?: CurrencyCode;
  /** The period unit when model.csv has none; default month. */
  readonly periodUnit?: PeriodUnit;
}

/** The outcome of building a model from raw tables: the model and its warnings, or every issue. */
export type BuildResult =
  | { readonly success: true; readonly model: BusinessModel; readonly warnings: readonly LoadWarning[] }
  | { readonly success: false; readonly issues: readonly LoadIssue[]; readonly warnings: readonly LoadWarning[] };

const EMPTY_TABLE = (name: TableName): RawTable => ({
  name,
  file: name,
  rowKind: "row",
  header: [],
  rows: [],
  rowNumbers: [],
  numberStyle: "either",
});

/**
 * Turns raw tables (from CSV files, records or DataFrames) into a checked {@link BusinessModel}: every
 * cell is read and checked, every problem collected; the core's `defineModel` runs only on clean input,
 * and any issue it still finds is mapped back to its file, row and column.
 *
 * @example
 * const result = buildModel(new Map([["products", productsTable]]), { name: "salon" });
 * if (result.success) console.log(result.model.products.length);
 */
export function buildModel(
  tables: ReadonlyMap<TableName, RawTable>,
  options: BuildOptions = {},
  sink: Sink = { issues: [], warnings: [] },
): BuildResult {
  const info = tables.has("model") ? readModelInfo(tables.get("model")!, sink) : {};
  const currency = info.currency ?? options.currency ?? DEFAULT_CURRENCY;
  const reader = (name: TableName, spec: typeof PRODUCTS_SPEC) =>
    new TableReader(tables.get(name) ?? EMPTY_TABLE(name), spec, sink, currency);

  const productsTable = tables.get("products");
  // A products.csv that could not be read (not UTF-8, empty) has its issue already; do not pile more on.
  const productsUnreadable = sink.issues.some((issue) => /^products\.(csv|arrow|feather)$/.test(issue.file));
  const resourcesUnreadable = sink.issues.some((issue) => issue.file === "resources.csv") && !tables.has("resources");
  if (productsTable === undefined && !productsUnreadable)
    sink.issues.push(
      loadIssue({
        code: "missing_table",
        file: "products.csv",
        value: undefined,
        expected: "a products.csv (or a products table) listing what is sold",
        message: "no products table",
      }),
    );
  const { drafts: productDrafts, ids: productIds } = productsTable
    ? readProducts(reader("products", PRODUCTS_SPEC))
    : { drafts: [], ids: new Set<string>() };
  // When products.csv could not be read, references to products cannot be checked: say nothing about them.
  const referable = productsTable ? productIds : undefined;
  const wholeUnitIds = new Set(
    productDrafts.filter((draft) => draft.product.wholeUnits !== false).map((draft) => draft.product.id),
  );

  const tvc = tables.has("tvc") ? readTvc(reader("tvc", TVC_SPEC), referable) : [];
  const sales = tables.has("sales") ? readSales(reader("sales", SALES_SPEC), referable, wholeUnitIds) : [];
  const expenses = tables.has("operating_expenses")
    ? readOperatingExpenses(reader("operating_expenses", OPERATING_EXPENSES_SPEC))
    : [];
  const investments = tables.has("investments") ? readInvestments(reader("investments", INVESTMENTS_SPEC)) : [];
  const resources = tables.has("resources")
    ? readResources(reader("resources", RESOURCES_SPEC))
    : { drafts: [], units: new Map(), ids: new Set<string>() };
  const usage = tables.has("usage")
    ? readUsage(
        reader("usage", USAGE_SPEC),
        referable,
        resourcesUnreadable ? undefined : resources.ids,
        resources.units,
      )
    : [];
  const demand = tables.has("demand") ? readDemand(reader("demand", DEMAND_SPEC), referable) : [];

  if (sink.issues.length > 0) return { success: false, issues: sink.issues, warnings: sink.warnings };

  // Every cell was checked above (the same rules as defineModel's), so the model is assembled directly:
  // the engine's columns from the cells' text, the object view built on first read.
  const model = assembleModel({
    name: info.name ?? options.name ?? "model",
    currency,
    periodUnit: info.periodUnit ?? options.periodUnit ?? "month",
    products: productDrafts,
    tvc,
    sales: sales.map((d) => d.sale),
    operatingExpenses: expenses.map(({ index: _, ...item }) => item),
    investments: investments.map(({ index: _, ...item }) => item),
    resources: resources.drafts.map((d) => d.resource),
    usages: usage.map((d) => d.usage),
    demand: demand.map((d) => d.demand),
  });
  return { success: true, model, warnings: sink.warnings };
}
