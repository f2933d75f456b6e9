import { compare, isNegative, isPositive, isZero } from "../core/money/money";
import type { DecisionProjection } from "../core/decisions/project-decision";
import type { ScenarioComparison } from "../core/decisions/compare-scenarios";
import type { SpecialOrderEvaluation } from "../core/decisions/special-order";
import type { AdvertisingChannelResult } from "../core/decisions/advertising-channel";
import {
  explanation,
  say,
  wordsOf,
  type ExplainOptions,
  type Explanation,
  type Sentence,
  type Words,
} from "./sentence";

function months(w: Words, n: number): string {
  return w.count(n, ["month", "months"], ["месяц", "месяца", "месяцев"]);
}

/**
 * What a projected decision says: ΔT against ΔOE at full effect, when (and whether) the cumulative ΔNP
 * pays back, the worst month, and the ΔT a month that just breaks even, all from the projection.
 *
 * @example
 * const administrator = projectDecision({ name: "hire an administrator", horizonMonths: 12, effects: [
 *   { kind: "operating-expense", label: "her salary", amount: money(10) },
 *   { kind: "throughput", label: "the owner's new service", amount: money(30), fromMonth: 4 },
 * ] });
 * explanationLines(explainDecision(administrator));
 * // ["Accept: at full effect ΔT ₽30.00 > ΔOE ₽10.00 a month, so NP grows by ₽20.00 a month.",
 * //  "The cumulative ΔNP bottoms out at −₽30.00 in month 3; the decision pays back in month 5 and adds ₽150.00 over 12 months.",
 * //  "With the same timing, a ΔT of ₽13.33 a month at full effect just breaks even over 12 months; anything above it pays."]
 */
export function explainDecision(projection: DecisionProjection, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const last = projection.months[projection.months.length - 1]!;
  const horizon = projection.months.length;
  const sentences: (Sentence | undefined)[] = [];
  const dT = w.money(last.deltaThroughput);
  const dOE = w.money(last.deltaOperatingExpense);
  if (projection.verdict === "reject")
    sentences.push(
      say.bad(
        isZero(projection.steadyDeltaNetProfit)
          ? w.pick(
              `Reject: at full effect ΔT ${dT} = ΔOE ${dOE} a month, so NP does not grow and the decision never pays back.`,
              `Отклонить: при полном эффекте ΔT ${dT} = ΔОЕ ${dOE} в месяц, ЧП не растёт, решение никогда не окупится.`,
            )
          : w.pick(
              `Reject: at full effect ΔT ${dT} < ΔOE ${dOE} a month, so NP falls by ` +
                `${w.moneyAbs(projection.steadyDeltaNetProfit)} a month and the decision never pays back.`,
              `Отклонить: при полном эффекте ΔT ${dT} < ΔОЕ ${dOE} в месяц, ЧП падает на ` +
                `${w.moneyAbs(projection.steadyDeltaNetProfit)} в месяц, решение никогда не окупится.`,
            ),
      ),
    );
  else
    sentences.push(
      say[projection.verdict === "accept" ? "good" : "warning"](
        w.pick(
          `${projection.verdict === "accept" ? "Accept" : "Not yet"}: at full effect ΔT ${dT} > ` +
            `ΔOE ${dOE} a month, so NP grows by ${w.money(projection.steadyDeltaNetProfit)} a month.`,
          `${projection.verdict === "accept" ? "Принять" : "Пока нет"}: при полном эффекте ΔT ${dT} ` +
            `> ΔОЕ ${dOE} в месяц, ЧП растёт на ${w.money(projection.steadyDeltaNetProfit)} в месяц.`,
        ),
      ),
    );
  const lowest = projection.months.reduce(
    (worst, month) => (compare(month.cumulativeDeltaNetProfit, worst.cumulativeDeltaNetProfit) < 0 ? month : worst),
    projection.months[0]!,
  );
  const dip = isNegative(lowest.cumulativeDeltaNetProfit)
    ? w.pick(
        `The cumulative ΔNP bottoms out at ${w.money(lowest.cumulativeDeltaNetProfit)} in month ${lowest.month}; `,
        `ΔЧП нарастающим итогом опускается до ${w.money(lowest.cumulativeDeltaNetProfit)} в месяце ${lowest.month}; `,
      )
    : "";
  const total = projection.cumulativeDeltaNetProfit;
  const investment = projection.totalDeltaInvestment;
  const cover = isZero(investment)
    ? ""
    : w.pick(` (covering ΔI ${w.money(investment)})`, ` (с учётом ΔI ${w.money(investment)})`);
  const subject = w.pick(dip === "" ? "The decision" : "the decision", dip === "" ? "Решение" : "решение");
  if (projection.paybackMonth !== null)
    sentences.push(
      say.good(
        `${dip}${subject} ${w.pick(
          `pays back${cover} in month ${projection.paybackMonth} and adds ${w.money(total)} over ${months(w, horizon)}.`,
          `окупается${cover} в месяце ${projection.paybackMonth} и за ${months(w, horizon)} добавляет ${w.money(total)}.`,
        )}`,
      ),
    );
  else
    sentences.push(
      say.bad(
        `${dip}${subject} ${w.pick(
          `does not pay back within ${months(w, horizon)}: the cumulative ΔNP ends at ` +
            `${w.money(total)}${isZero(investment) ? "" : ` against ΔI ${w.money(investment)}`}.`,
          `не окупается за ${months(w, horizon)}: ΔЧП нарастающим итогом в конце ` +
            `${w.money(total)}${isZero(investment) ? "" : ` при ΔI ${w.money(investment)}`}.`,
        )}`,
      ),
    );
  if (projection.breakEvenMonthlyDeltaThroughput !== undefined)
    sentences.push(
      say.neutral(
        w.pick(
          `With the same timing, a ΔT of ${w.money(projection.breakEvenMonthlyDeltaThroughput)} a ` +
            `month at full effect just breaks even over ${months(w, horizon)}; anything above it pays.`,
          `При тех же сроках ΔT ${w.money(projection.breakEvenMonthlyDeltaThroughput)} в месяц ` +
            `при полном эффекте даёт ровно ноль за ${months(w, horizon)}; всё, что выше, окупается.`,
        ),
      ),
    );
  return explanation("decision", w, sentences);
}

/**
 * A base and a changed scenario judged by ΔT against ΔOE, with the months ΔNP needs to recover ΔI.
 *
 * @example
 * const admin = { id: "admin", name: "Administrator", category: "salaries", amount: money(10) };
 * const withAdmin = defineModel({
 *   ...salon,
 *   operatingExpenses: [...salon.operatingExpenses, admin],
 *   sales: [...salon.sales, { productId: "haircut", period: "month-1", quantity: 6 }], // the time she frees
 * });
 * explanationLines(explainScenarioComparison(compareScenarios(salon, withAdmin, { period: "month-1" })));
 * // ["Accept: ΔT +₽30.00 > ΔOE +₽10.00, so NP grows by ₽20.00."]
 */
export function explainScenarioComparison(comparison: ScenarioComparison, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const dT = w.money(comparison.deltaThroughput, true);
  const dOE = w.money(comparison.deltaOperatingExpense, true);
  const np = comparison.deltaNetProfit;
  const sentences: (Sentence | undefined)[] = [
    comparison.verdict === "accept"
      ? say.good(
          w.pick(
            `Accept: ΔT ${dT} > ΔOE ${dOE}, so NP grows by ${w.money(np)}.`,
            `Принять: ΔT ${dT} > ΔОЕ ${dOE}, ЧП растёт на ${w.money(np)}.`,
          ),
        )
      : isZero(np)
        ? say.bad(
            w.pick(
              `Reject: ΔT ${dT} = ΔOE ${dOE}, NP does not change, so the change is not worth its risk.`,
              `Отклонить: ΔT ${dT} = ΔОЕ ${dOE}, ЧП не меняется — изменение не стоит риска.`,
            ),
          )
        : say.bad(
            w.pick(
              `Reject: ΔT ${dT} < ΔOE ${dOE}, so NP falls by ${w.moneyAbs(np)}.`,
              `Отклонить: ΔT ${dT} < ΔОЕ ${dOE}, ЧП падает на ${w.moneyAbs(np)}.`,
            ),
          ),
  ];
  if (comparison.monthsToRecoverInvestment !== undefined)
    sentences.push(
      say.neutral(
        w.pick(
          `ΔI ${w.money(comparison.deltaInvestment)} is earned back by ΔNP in ${w.number(comparison.monthsToRecoverInvestment, 1)} periods.`,
          `ΔI ${w.money(comparison.deltaInvestment)} возвращается приростом ЧП за ${w.number(comparison.monthsToRecoverInvestment, 1)} периода.`,
        ),
      ),
    );
  else if (isPositive(comparison.deltaInvestment))
    sentences.push(
      say.bad(
        w.pick(
          `ΔI ${w.money(comparison.deltaInvestment)} is never earned back: ΔNP is not positive.`,
          `ΔI ${w.money(comparison.deltaInvestment)} не вернётся: прирост ЧП не положителен.`,
        ),
      ),
    );
  return explanation("scenario-comparison", w, sentences);
}

/**
 * A special order judged the throughput way: T per unit, whether it fits in idle capacity, and ΔNP.
 *
 * @example
 * explanationLines(explainSpecialOrder(evaluateSpecialOrder({ price: money(10), tvcPerUnit: money(1), idleCapacity: 5 })));
 * // ["Accept: each unit brings T = ₽10.00 − ₽1.00 = ₽9.00, on capacity that would otherwise stand idle (1 needed, 5 idle),
 * //   and OE does not change, so ΔNP = +₽9.00."]
 */
export function explainSpecialOrder(order: SpecialOrderEvaluation, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const sentences: (Sentence | undefined)[] = [];
  const perUnit = w.pick(
    `each unit brings T = ${w.money(order.price)} − ${w.money(order.tvcPerUnit)} = ${w.money(order.throughputPerUnit)}`,
    `каждая единица приносит проход ${w.money(order.price)} − ${w.money(order.tvcPerUnit)} = ${w.money(order.throughputPerUnit)}`,
  );
  if (!isPositive(order.throughputPerUnit))
    sentences.push(
      say.bad(
        w.pick(`Reject: the price does not cover TVC — ${perUnit}.`, `Отклонить: цена не покрывает TVC — ${perUnit}.`),
      ),
    );
  else if (order.displacement === undefined && order.capacityNeeded > order.idleCapacity)
    sentences.push(
      say.bad(
        w.pick(
          `Reject as it stands: ${perUnit}, but the order needs ${w.number(order.capacityNeeded)} ` +
            `of capacity and only ${w.number(order.idleCapacity)} is ` +
            `idle, so it would push out regular sales; give the model to weigh them.`,
          `Отклонить в таком виде: ${perUnit}, но заказу нужно ${w.number(order.capacityNeeded)} ` +
            `мощности, а свободно только ${w.number(order.idleCapacity)} ` +
            `— он вытеснит обычные продажи; передайте модель, чтобы их взвесить.`,
        ),
      ),
    );
  else if (order.displacement === undefined)
    sentences.push(
      say.good(
        w.pick(
          `Accept: ${perUnit}, on capacity that would otherwise stand idle ` +
            `(${w.number(order.capacityNeeded)} needed, ${w.number(order.idleCapacity)} idle), ` +
            `and OE does not change, so ΔNP = ${w.money(order.deltaNetProfit, true)}.`,
          `Принять: ${perUnit}, на мощности, которая иначе простаивала бы (нужно ` +
            `${w.number(order.capacityNeeded)}, свободно ${w.number(order.idleCapacity)}), ` +
            `ОЕ не меняются, поэтому ΔЧП = ${w.money(order.deltaNetProfit, true)}.`,
        ),
      ),
    );
  else if (order.displacement !== undefined && !order.displacement.after.feasible)
    sentences.push(
      say.bad(
        w.pick(
          `Reject: the order needs ${w.number(order.capacityNeeded)} of capacity and does not fit even with every other sale pushed out.`,
          `Отклонить: заказу нужно ${w.number(order.capacityNeeded)} мощности, он не помещается, даже если вытеснить все остальные продажи.`,
        ),
      ),
    );
  else if (order.displacement !== undefined) {
    const d = order.displacement;
    const pushed = d.displaced.map(
      (sale) =>
        `${w.ru ? `«${sale.name}»` : sale.name} (${w.number(sale.quantity, 4)}, ${w.money(sale.throughput, true)})`,
    );
    sentences.push(
      say.neutral(
        w.pick(
          `The order needs ${w.number(order.capacityNeeded)} of capacity but only ${w.number(order.idleCapacity)} ` +
            `is idle: it pushes out ${pushed.length === 0 ? "no sale" : w.list(pushed)}.`,
          `Заказу нужно ${w.number(order.capacityNeeded)} мощности, а свободно только ` +
            `${w.number(order.idleCapacity)}: он вытесняет ${pushed.length === 0 ? "ничего" : w.list(pushed)}.`,
        ),
      ),
    );
    sentences.push(
      say[order.accept ? "good" : "bad"](
        w.pick(
          `${order.accept ? "Accept" : "Reject"}: ΔT = the order's T ${w.money(d.orderThroughput)} ` +
            `− the T it pushes out ${w.money(d.displacedThroughput)} = ${w.money(order.deltaThroughput, true)}; ` +
            `OE does not change, so ΔNP = ${w.money(order.deltaNetProfit, true)}.`,
          `${order.accept ? "Принять" : "Отклонить"}: ΔT = проход заказа ${w.money(d.orderThroughput)} ` +
            `− вытесненный проход ${w.money(d.displacedThroughput)} = ` +
            `${w.money(order.deltaThroughput, true)}; ОЕ не меняются, ΔЧП = ${w.money(order.deltaNetProfit, true)}.`,
        ),
      ),
    );
  }
  if (order.discountFactor !== undefined && order.accept)
    sentences.push(
      say.warning(
        w.pick(
          `The market price is ${w.times(order.discountFactor.toNumber())} the price: keep ` +
            `the offer apart (off-peak, a one-off), or regular clients will ask for it too.`,
          `Цена ${w.times(order.discountFactor.toNumber())} ниже рыночной: держите предложение ` +
            `отдельно (непиковое время, разовая акция), иначе его захотят и постоянные клиенты.`,
        ),
      ),
    );
  return explanation("special-order", w, sentences);
}

/**
 * An advertising channel judged by ΔT against ΔOE (its spend), with the cost per lead beside.
 *
 * @example
 * const ad = advertisingChannel({ name: "context ads", spend: money(100), clicks: 10, leads: 10, buyers: 1,
 *                                 revenue: money(100), throughputRatio: "0.7333" });
 * explanationLines(explainAdvertising(ad));
 * // ["Reject: the buyers bring ΔT ₽73.33, not more than the spend ₽100.00 (OE), so NP falls by ₽26.67.",
 * //  "Each lead cost ₽10.00, each buyer ₽100.00."]
 */
export function explainAdvertising(channel: AdvertisingChannelResult, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const dT = w.money(channel.deltaThroughput);
  const spend = w.money(channel.spend);
  return explanation("advertising", w, [
    channel.worthIt
      ? say.good(
          w.pick(
            `Accept: the buyers bring ΔT ${dT} > the spend ${spend} (OE), so NP grows by ${w.money(channel.deltaNetProfit)}.`,
            `Принять: покупатели приносят ΔT ${dT} > расход ${spend} (ОЕ), ЧП растёт на ${w.money(channel.deltaNetProfit)}.`,
          ),
        )
      : say.bad(
          w.pick(
            `Reject: the buyers bring ΔT ${dT}, not more than the spend ${spend} (OE), so NP ` +
              `${isZero(channel.deltaNetProfit) ? "does not grow" : `falls by ${w.moneyAbs(channel.deltaNetProfit)}`}.`,
            `Отклонить: покупатели приносят ΔT ${dT}, не больше расхода ${spend} (ОЕ), ЧП ` +
              `${isZero(channel.deltaNetProfit) ? "не растёт" : `падает на ${w.moneyAbs(channel.deltaNetProfit)}`}.`,
          ),
        ),
    channel.costPerLead &&
      say.neutral(
        w.pick(
          `Each lead cost ${w.money(channel.costPerLead)}${channel.costPerBuyer ? `, each buyer ${w.money(channel.costPerBuyer)}` : ""}.`,
          `Каждый лид стоил ${w.money(channel.costPerLead)}${channel.costPerBuyer ? `, каждый покупатель — ${w.money(channel.costPerBuyer)}` : ""}.`,
        ),
      ),
  ]);
}
