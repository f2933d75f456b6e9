import { toDecimal } from "../money/decimal";
import { money, type Money } from "../money/money";
import type { BusinessModel, TvcComponent } from "../model/types";

/**
 * A model as JSON text: every amount and rate as exact decimal text (`{"amount":"68.5","currency":"RUB"}`),
 * so it travels into a page and back to the kopeck.
 *
 * @example
 * modelFromJson(JSON.parse(modelToJson(salon))); // a model equal to salon
 */
export function modelToJson(model: BusinessModel): string {
  return JSON.stringify(model);
}

interface MoneyJson {
  readonly amount: string;
  readonly currency: string;
}

const revive = (value: MoneyJson | Money): Money => money(String(value.amount), value.currency as Money["currency"]);

/**
 * The model back from {@link modelToJson}'s JSON: amounts and rates become exact decimals again. The
 * JSON is trusted to be a model this library wrote (it is not validated again).
 *
 * @example
 * const copy = modelFromJson(JSON.parse(modelToJson(pq)));
 * copy.products[0].price; // 90 USD
 */
export function modelFromJson(json: unknown): BusinessModel {
  const model = json as BusinessModel;
  return {
    ...model,
    products: model.products.map((product) => ({
      ...product,
      price: revive(product.price),
      tvc: product.tvc.map((component): TvcComponent =>
        component.basis === "per-unit"
          ? { ...component, amount: revive(component.amount) }
          : { ...component, rate: toDecimal(String(component.rate)) },
      ),
    })),
    sales: model.sales.map((sale) => (sale.price === undefined ? sale : { ...sale, price: revive(sale.price) })),
    operatingExpenses: model.operatingExpenses.map((item) => ({ ...item, amount: revive(item.amount) })),
    investments: model.investments.map((item) => ({ ...item, amount: revive(item.amount) })),
  };
}
