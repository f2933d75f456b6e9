import { compare, equals, subtract } from "../core/money/money";
import type { BusinessModel, Product, ResourceUsage } from "../core/model/types";
import { labels } from "../i18n/labels";
import { explanation, say, wordsOf, type ExplainOptions, type Explanation, type Words } from "./sentence";

// Sentences about an edit of a model (a price changed in a copy, a file read back, a usage changed in a
// variant): chapter 09 edits a copy of a model and chapter 08 a variant, and what they print comes from here.

/**
 * A product's price before and after an edit: raised, lowered, or unchanged.
 *
 * @example
 * explanationLines(explainPriceEdit(haircut, { ...haircut, price: money(12) }));
 * // ["Haircut: price ₽10.00 → ₽12.00 in the copy (+₽2.00)."]
 */
export function explainPriceEdit(before: Product, after: Product, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const change = compare(after.price, before.price);
  return explanation("price-edit", w, [
    change === 0
      ? say.warning(
          w.pick(
            `${after.name}: the price in the copy is the same, ${w.money(after.price)}: the edit changed nothing.`,
            `${after.name}: цена в копии та же, ${w.money(after.price)}: правка ничего не изменила.`,
          ),
        )
      : say.neutral(
          w.pick(
            `${after.name}: price ${w.money(before.price)} → ${w.money(after.price)} in the copy (${w.money(subtract(after.price, before.price), true)}).`,
            `${after.name}: цена ${w.money(before.price)} → ${w.money(after.price)} в копии (${w.money(subtract(after.price, before.price), true)}).`,
          ),
        ),
  ]);
}

/**
 * How each price of a file was read back: the text as written and the exact amount the loader made of
 * it, checked against the amount meant (`expected`, the model the file was written from).
 *
 * @example
 * explanationLines(explainPriceReading(salon, { haircut: "10,00" }, salon));
 * // ["Haircut: written «10,00», read exactly as 10."]
 */
export function explainPriceReading(
  loaded: BusinessModel,
  written: Readonly<Record<string, string>>,
  expected: BusinessModel,
  options: ExplainOptions = {},
): Explanation {
  const w = wordsOf(options.locale);
  const meant = new Map(expected.products.map((product) => [product.id, product.price]));
  return explanation(
    "price-reading",
    w,
    loaded.products
      .filter((product) => written[product.id] !== undefined)
      .map((product) => {
        const text = written[product.id]!;
        const read = product.price.amount.toString();
        const target = meant.get(product.id);
        if (target === undefined || equals(target, product.price))
          return say.good(
            w.pick(
              `${product.name}: written «${text}», read exactly as ${read}.`,
              `${product.name}: записано «${text}», прочитано точно как ${read}.`,
            ),
          );
        return say.bad(
          w.pick(
            `${product.name}: written «${text}», read as ${read}, not ${target.amount.toString()}.`,
            `${product.name}: записано «${text}», прочитано как ${read}, а не ${target.amount.toString()}.`,
          ),
        );
      }),
  );
}

/**
 * What a variant of a model changed in one product's time on the resources: each resource whose time
 * per unit differs (before → after, and how many times), or, when nothing differs, why.
 *
 * @example
 * const slower = (u) => (u.productId === "P" && u.resourceId === "D" ? { ...u, timePerUnit: 24 } : u);
 * const variant = defineModel({ ...pq, usages: pq.usages.map(slower) });
 * explanationLines(explainUsageChange(pq, variant, "P"));
 * // ["Product P in the variant: 24 min per unit on Resource D instead of 15 min (×1.6)."]
 */
export function explainUsageChange(
  before: BusinessModel,
  after: BusinessModel,
  productId: string,
  options: ExplainOptions = {},
): Explanation {
  const w = wordsOf(options.locale);
  const product = after.products.find((p) => p.id === productId) ?? before.products.find((p) => p.id === productId);
  const name = product?.name ?? productId;
  const resourceName = (id: string) => after.resources.find((r) => r.id === id)?.name ?? id;
  const usesOf = (model: BusinessModel) =>
    new Map(
      model.usages.filter((u) => u.productId === productId && u.timePerUnit > 0).map((u) => [u.resourceId, u] as const),
    );
  const old = usesOf(before);
  const now = usesOf(after);
  const changed = [...new Set([...old.keys(), ...now.keys()])].filter(
    (id) => minutesOf(old.get(id)) !== minutesOf(now.get(id)),
  );
  if (changed.length === 0) {
    const only = [...now.keys()];
    return explanation("usage-change", w, [
      only.length <= 1
        ? say.warning(
            only.length === 0
              ? w.pick(
                  `${name} takes no time on any resource: there is no resource to tighten.`,
                  `${name} не занимает времени ни на одном ресурсе: ужесточать нечего.`,
                )
              : w.pick(
                  `${name} uses no resource besides ${resourceName(only[0]!)}: there is no second one to tighten.`,
                  `${name} не занимает других ресурсов, кроме «${resourceName(only[0]!)}»: второй ужесточать нечего.`,
                ),
          )
        : say.warning(
            w.pick(
              `${name} takes the same time on every resource in the variant: nothing changed.`,
              `${name} в варианте занимает на каждом ресурсе то же время: ничего не изменилось.`,
            ),
          ),
    ]);
  }
  return explanation(
    "usage-change",
    w,
    changed.map((id) => {
      const from = minutesOf(old.get(id));
      const to = minutesOf(now.get(id));
      const factor = from > 0 ? ` (×${w.number(to / from, 2)})` : "";
      return say.neutral(
        w.pick(
          `${name} in the variant: ${time(w, to)} per unit on ${resourceName(id)} instead of ${time(w, from)}${factor}.`,
          `${name} в варианте: ${time(w, to)} на единицу на ресурсе «${resourceName(id)}» вместо ${time(w, from)}${factor}.`,
        ),
      );
    }),
  );
}

function minutesOf(usage: ResourceUsage | undefined): number {
  if (usage === undefined) return 0;
  return usage.unit === "hour" ? usage.timePerUnit * 60 : usage.timePerUnit;
}

function time(w: Words, minutes: number): string {
  return `${w.number(minutes, 4)} ${labels(w.locale).minutes}`;
}
