import type { TableName } from "../table";

/** The CSV file name of each table in a model folder. */
export const FILE_NAMES: Readonly<Record<TableName, string>> = {
  model: "model.csv",
  products: "products.csv",
  tvc: "tvc.csv",
  sales: "sales.csv",
  operating_expenses: "operating_expenses.csv",
  investments: "investments.csv",
  resources: "resources.csv",
  usage: "usage.csv",
  demand: "demand.csv",
};
