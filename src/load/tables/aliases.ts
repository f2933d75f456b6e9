/**
 * Russian column names, as a Russian-locale spreadsheet user writes them, for the format's English ones.
 * Keys are compared after columnKey (trimmed, lower case, spaces and hyphens as `_`) and with ё read as е,
 * so `Кол-во`, `кол во` and `КОЛ_ВО` are one name. Documented in data/README.md ("Russian column names").
 */
export type ColumnAliases = Readonly<Record<string, string>>;

// Names shared by several tables; each table adds its own.
const ID = { ид: "id", код: "id" };
const NAME = { название: "name", наименование: "name" };
const CATEGORY = { категория: "category" };
const CURRENCY = { валюта: "currency" };
const AMOUNT = { сумма: "amount" };
const PERIOD = { период: "period" };
const PRODUCT_ID = {
  ид_продукта: "product_id",
  код_продукта: "product_id",
  продукт: "product_id",
  ид_товара: "product_id",
  товар: "product_id",
  услуга: "product_id",
};
const UNIT = { единица: "unit", ед_изм: "unit", "ед._изм.": "unit" };

/** products.csv */
export const PRODUCTS_ALIASES: ColumnAliases = {
  ...ID,
  ...NAME,
  ...CATEGORY,
  ...CURRENCY,
  тип: "type",
  цена: "price",
  целые_единицы: "whole_units",
  штучный: "whole_units",
  единица: "unit_name",
  ед_изм: "unit_name",
  "ед._изм.": "unit_name",
};
/** tvc.csv */
export const TVC_ALIASES: ColumnAliases = {
  ...PRODUCT_ID,
  ...NAME,
  ...AMOUNT,
  ...CURRENCY,
  вид: "kind",
  ставка: "rate",
  доля: "rate",
};
/** sales.csv */
export const SALES_ALIASES: ColumnAliases = {
  ...PERIOD,
  ...PRODUCT_ID,
  ...CURRENCY,
  количество: "quantity",
  кол_во: "quantity",
  цена: "price",
};
/** operating_expenses.csv */
export const OPERATING_EXPENSES_ALIASES: ColumnAliases = {
  ...ID,
  ...NAME,
  ...CATEGORY,
  ...AMOUNT,
  ...PERIOD,
  ...CURRENCY,
};
/** investments.csv */
export const INVESTMENTS_ALIASES: ColumnAliases = { ...ID, ...NAME, ...CATEGORY, ...AMOUNT, ...CURRENCY };
/** resources.csv */
export const RESOURCES_ALIASES: ColumnAliases = { ...ID, ...NAME, ...UNIT, мощность: "capacity", емкость: "capacity" };
/** usage.csv */
export const USAGE_ALIASES: ColumnAliases = {
  ...PRODUCT_ID,
  ...UNIT,
  ид_ресурса: "resource_id",
  код_ресурса: "resource_id",
  ресурс: "resource_id",
  время_на_единицу: "time_per_unit",
  время: "time_per_unit",
};
/** demand.csv */
export const DEMAND_ALIASES: ColumnAliases = {
  ...PRODUCT_ID,
  спрос: "quantity",
  количество: "quantity",
  кол_во: "quantity",
  минимум: "minimum",
  максимум: "maximum",
};
/** model.csv */
export const MODEL_ALIASES: ColumnAliases = {
  ...NAME,
  ...CURRENCY,
  единица_периода: "period_unit",
  период: "period_unit",
};

/**
 * The format's name of a column key, through the table's aliases.
 *
 * @example
 * canonicalColumn("цена", PRODUCTS_ALIASES); // "price"
 * canonicalColumn("price", PRODUCTS_ALIASES); // "price"
 */
export function canonicalColumn(key: string, aliases: ColumnAliases | undefined): string {
  if (aliases === undefined) return key;
  return aliases[key.replace(/ё/g, "е")] ?? key;
}
