import type { TableSpec } from "../reader";
import type { TableName } from "../table";
import { MODEL_SPEC } from "../tables/model-info";
import { PRODUCTS_SPEC } from "../tables/products";
import { TVC_SPEC } from "../tables/tvc";
import { SALES_SPEC } from "../tables/sales";
import { OPERATING_EXPENSES_SPEC } from "../tables/operating-expenses";
import { INVESTMENTS_SPEC } from "../tables/investments";
import { RESOURCES_SPEC } from "../tables/resources";
import { USAGE_SPEC } from "../tables/usage";
import { DEMAND_SPEC } from "../tables/demand";

/** The columns (and their aliases) of every table, to name a sheet's cells after the shared checks. */
export const TABLE_SPECS: Readonly<Record<TableName, TableSpec>> = {
  model: MODEL_SPEC,
  products: PRODUCTS_SPEC,
  tvc: TVC_SPEC,
  sales: SALES_SPEC,
  operating_expenses: OPERATING_EXPENSES_SPEC,
  investments: INVESTMENTS_SPEC,
  resources: RESOURCES_SPEC,
  usage: USAGE_SPEC,
  demand: DEMAND_SPEC,
};
