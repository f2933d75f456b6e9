import { isNegative, isPositive, isZero, money } from "../core/money/money";
import type { Product, TvcKind } from "../core/model/types";
import { throughputPerUnit, tvcBreakdown, tvcPerUnit } from "../core/throughput/unit";
import type { ThroughputReport } from "../core/throughput/report";
import {
  explanation,
  say,
  wordsOf,
  type ExplainOptions,
  type Explanation,
  type Sentence,
  type Words,
} from "./sentence";

const KIND_EN: Record<TvcKind, string> = {
  materials: "materials",
  "piece-rate": "piece rate",
  "sales-bonus": "sales bonus",
  "sales-tax": "sales tax",
  other: "other",
};
const KIND_RU: Record<TvcKind, string> = {
  materials: "материалы",
  "piece-rate": "сдельная оплата",
  "sales-bonus": "бонус с продажи",
  "sales-tax": "налог с продажи",
  other: "прочее",
};

function kindName(w: Words, kind: TvcKind): string {
  return w.ru ? KIND_RU[kind] : KIND_EN[kind];
}

/**
 * How one unit's T is made: price − TVC (component by component) = T, and whether a sale keeps anything
 * to pay OE with.
 *
 * @example
 * explanationLines(explainUnitThroughput(haircut));
 * // ["One haircut: price ₽10.00 − TVC ₽5.00 (piece rate ₽3.00 + materials ₽2.00) = T ₽5.00 per haircut."]
 */
export function explainUnitThroughput(product: Product, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const parts = tvcBreakdown(product);
  const kinds = [...new Set(product.tvc.map((component) => component.kind))];
  const detail =
    kinds.length === 0 ? "" : ` (${kinds.map((kind) => `${kindName(w, kind)} ${w.money(parts[kind])}`).join(" + ")})`;
  const t = throughputPerUnit(product);
  const unit = product.unitName ?? w.pick("unit", "единицу");
  const how = w.pick(
    `One ${product.unitName ?? product.name}: price ${w.money(product.price)} − TVC ${w.money(tvcPerUnit(product))}${detail} = T ${w.money(t)} per ${unit}.`,
    `«${product.name}», одна единица: цена ${w.money(product.price)} − TVC ${w.money(tvcPerUnit(product))}${detail} = проход ${w.money(t)} на единицу.`,
  );
  const sentences: Sentence[] = [say.neutral(how)];
  if (!isPositive(t))
    sentences.push(
      say.bad(
        w.pick(
          `Each sale of ${product.name} ${isZero(t) ? "keeps nothing" : `loses ${w.moneyAbs(t)}`} before any OE: selling more cannot pay the rent.`,
          `Каждая продажа «${product.name}» ${isZero(t) ? "ничего не оставляет" : `теряет ${w.moneyAbs(t)}`} ещё до ОЕ: больше продаж аренду не оплатят.`,
        ),
      ),
    );
  return explanation("unit-throughput", w, sentences);
}

/** Options of {@link explainPeriods}. */
export interface PeriodsExplainOptions extends ExplainOptions {
  /** A product whose units and T each period are shown first ("10 × T ₽5.00 = T ₽50.00"). */
  readonly productId?: string;
}

/**
 * One sentence a period: (the studied product's units × its T,) T − OE = NP, and whether the period
 * makes money, breaks even or loses. Alternatives side by side, not summed.
 *
 * @example
 * explanationLines(explainPeriods(reportByPeriod(salon), { productId: "haircut" }))[2];
 * // "month-3: 10 × T ₽5.00 = T ₽50.00; T ₽50.00 − OE ₽100.00 = NP −₽50.00: a loss."
 */
export function explainPeriods(reports: readonly ThroughputReport[], options: PeriodsExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  return explanation(
    "periods",
    w,
    reports.map((report) => {
      const line =
        options.productId === undefined
          ? undefined
          : report.throughputDetail.byProduct.find((p) => p.productId === options.productId);
      const units =
        options.productId === undefined
          ? ""
          : line === undefined || line.quantity === 0
            ? w.pick("none sold; ", "продаж нет; ")
            : `${w.number(line.quantity)} × ${w.pick("T", "проход")} ` +
              `${w.money(money(line.throughput.amount.dividedBy(line.quantity), line.throughput.currency))} ` +
              `= ${w.pick("T", "проход")} ${w.money(line.throughput)}; `;
      const np = report.netProfit;
      const sum = w.pick(
        `T ${w.money(report.throughput)} − OE ${w.money(report.operatingExpense)} = NP ${w.money(np)}`,
        `проход ${w.money(report.throughput)} − ОЕ ${w.money(report.operatingExpense)} = ЧП ${w.money(np)}`,
      );
      const text = `${report.period}: ${units}${sum}`;
      return isPositive(np)
        ? say.good(`${text}${w.pick(": a profit.", ": прибыль.")}`)
        : isNegative(np)
          ? say.bad(`${text}${w.pick(": a loss.", ": убыток.")}`)
          : say.neutral(`${text}${w.pick(": break-even.", ": безубыточность.")}`);
    }),
  );
}
