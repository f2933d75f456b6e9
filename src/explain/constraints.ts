import { isNegative, isPositive, isZero, type Money } from "../core/money/money";
import type { TimeUnit } from "../core/model/types";
import type { ConstraintFinding } from "../core/constraints/constraint";
import type { ResourceLoad } from "../core/constraints/load";
import type { MixMethod, MixPlan, PlanLine } from "../core/constraints/plan";
import type { PoliticalComparison } from "../core/constraints/political-mix";
import type { Ranking, RankingRow, TimeSpan } from "../core/constraints/ranking";
import type { InfeasibleMix, OptimalMix } from "../core/constraints/optimal-mix";
import type { CostAccountingMix } from "../core/constraints/cost-accounting";
import type { PlanChange } from "../core/constraints/compare-plans";
import type { PoliticalMinimumChange } from "../core/model/lookup";
import {
  explanation,
  perPeriod,
  say,
  wordsOf,
  type ExplainOptions,
  type Explanation,
  type PeriodExplainOptions,
  type Sentence,
  type Words,
} from "./sentence";

const PRODUCTS_EN = ["product", "products"] as const;
const POSITIONS_RU = ["позиция", "позиции", "позиций"] as const;

/** Russian genitive after "из": из 1 позиции, из 21 позиции, но из 5 позиций, из 11 позиций. */
function genitiveOf(n: number, singular: string, plural: string): string {
  return n % 10 === 1 && n % 100 !== 11 ? singular : plural;
}
const UNITS_RU = ["единица", "единицы", "единиц"] as const;
const UNITS_EN = ["unit", "units"] as const;

function quoted(w: Words, name: string): string {
  return w.ru ? `«${name}»` : name;
}

function timeUnit(w: Words, unit: TimeUnit): string {
  return unit === "hour" ? w.pick("h", "ч") : w.pick("min", "мин");
}

/** "hour", "6 min" / "час", "6 мин": what T per constraint time is per. */
function perSpan(w: Words, span: TimeSpan): string {
  if (span.amount === 1) return span.unit === "hour" ? w.pick("hour", "час") : w.pick("minute", "минуту");
  return `${w.number(span.amount)} ${timeUnit(w, span.unit)}`;
}

function methodName(w: Words, method: MixMethod): string {
  switch (method) {
    case "ranking":
      return w.pick("the ranking plan", "план по рейтингу");
    case "optimal":
      return w.pick("the optimal plan", "оптимальный план");
    case "margin":
      return w.pick("the cost-accounting plan (by margin)", "план учёта затрат (по марже)");
    case "absorption":
      return w.pick("the cost-accounting plan (OE absorbed by time)", "план учёта затрат (ОЕ распределены по времени)");
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What the ranking says: which resource it ranks by and why, what comes first, and why the product with
 * the largest T per unit is not first (it takes more of the constraint's time), from the ranking's rows.
 *
 * @example
 * explanationLines(explainRanking(rankProducts(salon, { per: { amount: 6, unit: "minute" } })));
 * // ["No resource is overloaded at full demand, so the market is the constraint; the ranking uses the busiest resource, …",
 * //  "Hair dye (retail) takes no time of Stylists' chair time, so it comes first whatever its T.", …,
 * //  "Last: Haircut, ₽1.00 per 6 min."]
 */
export function explainRanking(ranking: Ranking, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const resource = ranking.resource;
  if (resource === undefined)
    return explanation("ranking", w, [
      say.neutral(
        w.pick(
          "No product uses a resource, so products are ranked by T per unit alone.",
          "Ни один продукт не занимает ресурсов, поэтому рейтинг построен только по проходу на единицу.",
        ),
      ),
      ranking.rows[0] &&
        say.neutral(
          w.pick(
            `First: ${ranking.rows[0].name}, T ${w.money(ranking.rows[0].throughputPerUnit)} a unit.`,
            `Первое место: ${quoted(w, ranking.rows[0].name)}, проход ${w.money(ranking.rows[0].throughputPerUnit)} на единицу.`,
          ),
        ),
    ]);
  const name = quoted(w, resource.name);
  const per = perSpan(w, ranking.per);
  const basis =
    ranking.basis === "constraint"
      ? w.pick(
          `${resource.name} is the capacity-constrained resource (CCR: overloaded at full demand), so products are ranked by T per ${per} of its time.`,
          `${name} — ресурс ограниченной мощности (при полном спросе он перегружен), поэтому продукты ранжированы по проходу на ${per} его времени.`,
        )
      : ranking.basis === "busiest"
        ? w.pick(
            `No resource is overloaded at full demand, so the market is the constraint; the ` +
              `ranking uses the busiest resource, ${resource.name}, per ${per} of its time.`,
            `При полном спросе ни один ресурс не перегружен, ограничение — рынок; рейтинг ` +
              `построен по самому загруженному ресурсу, ${name}, на ${per} его времени.`,
          )
        : w.pick(
            `Products are ranked by T per ${per} of ${resource.name}, the resource chosen.`,
            `Продукты ранжированы по проходу на ${per} времени ресурса ${name}, выбранного для рейтинга.`,
          );
  const unbounded = ranking.rows.filter((row) => row.throughputPerConstraintTime === undefined);
  const bounded = ranking.rows.filter(
    (row): row is RankingRow & { throughputPerConstraintTime: Money } => row.throughputPerConstraintTime !== undefined,
  );
  const sentences: (Sentence | undefined)[] = [say.neutral(basis)];
  if (unbounded.length > 0) {
    const names = w.list(unbounded.map((row) => quoted(w, row.name)));
    sentences.push(
      say.neutral(
        unbounded.length === 1
          ? w.pick(
              `${names} takes no time of ${resource.name}, so it comes first whatever its T.`,
              `${names} не занимает времени ресурса ${name}, поэтому стоит первым при любом проходе.`,
            )
          : w.pick(
              `${names} take no time of ${resource.name}, so they come first whatever their T.`,
              `${names} не занимают времени ресурса ${name}, поэтому стоят первыми при любом проходе.`,
            ),
      ),
    );
  }
  const first = bounded[0];
  if (first !== undefined) {
    sentences.push(
      say.neutral(
        w.pick(
          `Of the products that use ${resource.name}, ${first.name} earns most per ${per}: ` +
            `${w.money(first.throughputPerConstraintTime)} (${w.ordinal(first.rank)} in the ranking).`,
          `Из продуктов, занимающих ${name}, больше всех на ${per} приносит ${quoted(w, first.name)}: ` +
            `${w.money(first.throughputPerConstraintTime)} (${w.ordinal(first.rank)} место).`,
        ),
      ),
    );
    const largest = bounded.reduce(
      (best, row) => (row.throughputPerUnit.amount.greaterThan(best.throughputPerUnit.amount) ? row : best),
      first,
    );
    if (largest !== first && first.constraintTimePerUnit > 0) {
      const times = largest.constraintTimePerUnit / first.constraintTimePerUnit;
      sentences.push(
        say.neutral(
          w.pick(
            `${largest.name} has the largest T per unit (${w.money(largest.throughputPerUnit)} against ` +
              `${w.money(first.throughputPerUnit)}) yet comes ${w.ordinal(largest.rank)}: it takes ` +
              `${w.times(times)} the time of ${first.name}, so it brings ${w.money(largest.throughputPerConstraintTime)} ` +
              `per ${per} against ${w.money(first.throughputPerConstraintTime)}.`,
            `У ${quoted(w, largest.name)} наибольший проход на единицу (${w.money(largest.throughputPerUnit)} ` +
              `против ${w.money(first.throughputPerUnit)}), но лишь ${w.ordinal(largest.rank)} место: он ` +
              `занимает ${w.times(times)} больше времени, чем ${quoted(w, first.name)}, и приносит ` +
              `${w.money(largest.throughputPerConstraintTime)} на ${per} против ${w.money(first.throughputPerConstraintTime)}.`,
          ),
        ),
      );
    }
    const last = bounded[bounded.length - 1]!;
    if (bounded.length > 2 && last !== largest)
      sentences.push(
        say.neutral(
          w.pick(
            `Last: ${last.name}, ${w.money(last.throughputPerConstraintTime)} per ${per}.`,
            `Последнее место: ${quoted(w, last.name)}, ${w.money(last.throughputPerConstraintTime)} на ${per}.`,
          ),
        ),
      );
  }
  const losing = ranking.rows.filter((row) => !isPositive(row.throughputPerUnit));
  if (losing.length > 0)
    sentences.push(
      say.bad(
        w.pick(
          `${w.list(losing.map((row) => `${row.name} (T ${w.money(row.throughputPerUnit)})`))} ` +
            `${losing.length === 1 ? "brings" : "bring"} no throughput: selling more does not help.`,
          `${w.list(losing.map((row) => `${quoted(w, row.name)} (проход ${w.money(row.throughputPerUnit)})`))} ` +
            `не ${losing.length === 1 ? "приносит" : "приносят"} прохода: продавать больше бессмысленно.`,
        ),
      ),
    );
  return explanation("ranking", w, sentences);
}

function resourceNames(plan: MixPlan, ids: readonly string[]): string[] {
  return ids.map((id) => plan.resources.find((resource) => resource.resourceId === id)?.name ?? id);
}

function minimumAboveDemand(w: Words, lines: readonly PlanLine[]): Sentence[] {
  return lines
    .filter((line) => line.demand !== undefined && line.minimum > line.demand)
    .map((line) =>
      say.warning(
        w.pick(
          `The political minimum of ${w.number(line.minimum)} for ${line.name} is ` +
            `above its forecast demand of ${w.number(line.demand!)}: the plan sells ` +
            `${w.number(line.quantity)}, more than the market is expected to buy.`,
          `Политический минимум ${w.number(line.minimum)} по ${quoted(w, line.name)} выше прогноза спроса ` +
            `${w.number(line.demand!)}: план продаёт ${w.number(line.quantity)}, больше, чем рынок готов купить.`,
        ),
      ),
    );
}

function profitSentence(w: Words, plan: MixPlan, per: string): Sentence {
  const name = methodName(w, plan.method);
  if (plan.netProfit === undefined || plan.operatingExpense === undefined)
    return say.neutral(
      w.pick(
        `${capitalised(name)} brings T ${w.money(plan.throughput)}${per}; the model has no OE, so there is no NP to show.`,
        `${capitalised(name)} даёт проход ${w.money(plan.throughput)}${per}; ОЕ в модели нет, поэтому ЧП не считается.`,
      ),
    );
  const np = plan.netProfit;
  if (isPositive(np))
    return say.good(
      w.pick(
        `${capitalised(name)} makes money: T ${w.money(plan.throughput)} − OE ${w.money(plan.operatingExpense)} = NP ${w.money(np)}${per}.`,
        `${capitalised(name)} прибылен: проход ${w.money(plan.throughput)} − ОЕ ${w.money(plan.operatingExpense)} = ЧП ${w.money(np)}${per}.`,
      ),
    );
  if (isZero(np))
    return say.neutral(
      w.pick(
        `${capitalised(name)} breaks even: T ${w.money(plan.throughput)} = OE ${w.money(plan.operatingExpense)}, NP 0.`,
        `${capitalised(name)} выходит в ноль: проход ${w.money(plan.throughput)} = ОЕ ${w.money(plan.operatingExpense)}, ЧП 0.`,
      ),
    );
  return say.bad(
    w.pick(
      `${capitalised(name)} loses money: T ${w.money(plan.throughput)} is ${w.moneyAbs(np)} ` +
        `short of OE ${w.money(plan.operatingExpense)} (NP ${w.money(np)}${per}).`,
      `${capitalised(name)} убыточен: проходу ${w.money(plan.throughput)} не хватает ` +
        `${w.moneyAbs(np)} до ОЕ ${w.money(plan.operatingExpense)} (ЧП ${w.money(np)}${per}).`,
    ),
  );
}

function busiest(loads: readonly ResourceLoad[]): ResourceLoad | undefined {
  return [...loads].filter((load) => load.used > 0).sort((a, b) => b.utilisation - a.utilisation)[0];
}

/**
 * What a mix plan says: whether capacity runs out (and where, and what is left unsold) or every client is
 * served, political limits that bind, a minimum above demand, and whether the plan makes or loses money.
 *
 * @example
 * explanationLines(explainMixPlan(rankingMix(withDemandScaled(salon, 1.5))));
 * // ["Stylists' chair time runs out part-way down the list, at Men's Classic: 4 of 6 products are sold to their full demand; …",
 * //  "The ranking plan makes money: T ₽15,240.00 − OE ₽40.00 = NP ₽15,200.00 a period."]
 */
export function explainMixPlan(plan: MixPlan, options: PeriodExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const per = perPeriod(w, options.periodUnit);
  const sentences: (Sentence | undefined)[] = [];
  const withDemand = plan.lines.filter((line) => (line.demand ?? 0) > 0);
  const cutByResource = plan.lines.filter((line) => line.unsold > 0 && line.unsoldReason?.kind === "resource");
  const served = withDemand.filter((line) => line.unsold === 0);
  if (cutByResource.length > 0) {
    const ids = [
      ...new Set(
        cutByResource.flatMap((line) => (line.unsoldReason?.kind === "resource" ? line.unsoldReason.resourceIds : [])),
      ),
    ];
    const names = resourceNames(plan, ids);
    const unsold = cutByResource.reduce((total, line) => total + line.unsold, 0);
    const cut = w.list(
      cutByResource.map((line) =>
        w.ru ? `${quoted(w, line.name)} (−${w.number(line.unsold)})` : `${line.name} (−${w.number(line.unsold)})`,
      ),
    );
    sentences.push(
      say.warning(
        w.pick(
          `${w.list(names)} ${names.length === 1 ? "runs" : "run"} out part-way down the list, at ` +
            `${cutByResource[0]!.name}: ${w.number(served.length)} of ` +
            `${w.count(withDemand.length, PRODUCTS_EN, POSITIONS_RU)} are sold to their full demand; ${cut} ` +
            `${cutByResource.length === 1 ? "is" : "are"} cut, ${w.count(unsold, UNITS_EN, UNITS_RU)} of demand unsold.`,
          `${w.list(names.map((n) => quoted(w, n)))} ${names.length === 1 ? "заканчивается" : "заканчиваются"} ` +
            `на середине списка, на ${quoted(w, cutByResource[0]!.name)}: спрос полностью обслужен ` +
            `по ${w.number(served.length)} из ${w.number(withDemand.length)} ` +
            `${genitiveOf(withDemand.length, "позиции", "позиций")}; урезаны ${cut}, непроданный спрос — ${w.number(unsold)} ед.`,
        ),
      ),
    );
  } else if (plan.lines.some((line) => line.demand === Infinity)) {
    // No demand limit (the exam method): "all demand is served" would be false; the capacity is what binds.
    const unlimited = plan.lines.filter((line) => line.demand === Infinity).length;
    const load =
      plan.resources.find((resource) => resource.resourceId === plan.constraint?.resourceId) ?? busiest(plan.resources);
    const name = load?.name ?? plan.constraint?.name;
    sentences.push(
      say.neutral(
        name === undefined
          ? w.pick(
              `No demand limit on ${w.count(unlimited, PRODUCTS_EN, POSITIONS_RU)}: the market takes whatever the resources can make.`,
              `Спрос не ограничен по ${w.number(unlimited)} ${genitiveOf(unlimited, "позиции", "позициям")}: рынок берёт всё, что могут сделать ресурсы.`,
            )
          : w.pick(
              `No demand limit on ${w.count(unlimited, PRODUCTS_EN, POSITIONS_RU)}: the ` +
                `market takes whatever the resources can make, so ${name} (${w.percent(load?.utilisation ?? 0)} ` +
                `busy) is given to products in ranking order until it is full.`,
              `Спрос не ограничен по ${w.number(unlimited)} ${genitiveOf(unlimited, "позиции", "позициям")}: ` +
                `рынок берёт всё, что могут сделать ресурсы, поэтому ${quoted(w, name)} (занят на ` +
                `${w.percent(load?.utilisation ?? 0)}) отдаётся продуктам в порядке рейтинга, пока не заполнится.`,
            ),
      ),
    );
  } else if (withDemand.length > 0 && plan.lines.every((line) => line.unsold === 0)) {
    const top = busiest(plan.resources);
    sentences.push(
      say.good(
        top === undefined
          ? w.pick("Capacity is not binding: all demand is served.", "Мощность не ограничивает: весь спрос обслужен.")
          : w.pick(
              `Capacity is not binding: all demand is served, and the busiest resource, ${top.name}, is ${w.percent(top.utilisation)} busy.`,
              `Мощность не ограничивает: весь спрос обслужен, самый загруженный ресурс, ${quoted(w, top.name)}, занят на ${w.percent(top.utilisation)}.`,
            ),
      ),
    );
  }
  for (const line of plan.lines) {
    if (line.unsold === 0 || line.unsoldReason === undefined) continue;
    const reason = line.unsoldReason;
    if (reason.kind === "political-maximum")
      sentences.push(
        say.neutral(
          w.pick(
            `${line.name} is held at its political maximum of ${w.number(reason.maximum)} (demand ${w.number(line.demand ?? 0)}).`,
            `${quoted(w, line.name)} ограничен политическим максимумом ${w.number(reason.maximum)} (спрос ${w.number(line.demand ?? 0)}).`,
          ),
        ),
      );
    else if (reason.kind === "no-throughput")
      sentences.push(
        say.neutral(
          w.pick(
            `${line.name} is not sold beyond its minimum: its T per unit ${w.money(line.throughputPerUnit)} would add nothing.`,
            `${quoted(w, line.name)} не продаётся сверх минимума: его проход на единицу ${w.money(line.throughputPerUnit)} ничего не добавит.`,
          ),
        ),
      );
    else if (reason.kind === "not-chosen")
      sentences.push(
        say.neutral(
          w.pick(
            `${w.count(line.unsold, UNITS_EN, UNITS_RU)} of ${line.name} are left unsold ` +
              `although capacity remains: ${methodName(w, plan.method)} chose other products.`,
            `${quoted(w, line.name)}: ${w.number(line.unsold)} ед. спроса не продано, ` +
              `хотя мощность есть — ${methodName(w, plan.method)} выбрал другие продукты.`,
          ),
        ),
      );
  }
  sentences.push(...minimumAboveDemand(w, plan.lines));
  for (const violation of plan.violations)
    if (violation.kind === "capacity") {
      const load = plan.resources.find((resource) => resource.resourceId === violation.resourceId);
      sentences.push(
        say.bad(
          w.pick(
            (
              `The plan needs ${w.number(violation.used)} of ${violation.resourceId}'s ` +
              `${w.number(violation.capacity)} ${load ? timeUnit(w, load.unit) : ""}: it cannot be carried out.`
            ).replace(" :", ":"),
            `Плану нужно ${w.number(violation.used)} из ${w.number(violation.capacity)} ${load ? timeUnit(w, load.unit) : ""} ` +
              `ресурса ${quoted(w, load?.name ?? violation.resourceId)}: выполнить его нельзя.`,
          ),
        ),
      );
    }
  sentences.push(profitSentence(w, plan, per));
  return explanation("mix-plan", w, sentences);
}

/**
 * What a political mix costs: the products kept on purpose and those that gave way, and the NP lost
 * against the best plan — zero when the best plan already meets the limits.
 *
 * @example
 * const busy = withPoliticalMinimum(withDemandScaled(salon, 1.3), "blow-dry", 30).model; // keep 30 blow-dries
 * explanationLines(explainPoliticalMix(politicalMix(busy), { periodUnit: "month" }));
 * // ["The political minimum sells 30 of Blow-dry and styling where the best plan sells 0 (+₽780.00 of T).",
 * //  "To make room, Men's Classic (−30, −₽1,500.00) gives way.",
 * //  "The political mix costs ₽720.00 of net profit a month: NP ₽13,766.00 instead of ₽14,486.00."]
 */
export function explainPoliticalMix(comparison: PoliticalComparison, options: PeriodExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const per = perPeriod(w, options.periodUnit);
  const lost = comparison.netProfitLost ?? comparison.throughputLost;
  const sentences: (Sentence | undefined)[] = [];
  const forced = comparison.changes.filter((change) => change.kind === "forced");
  const capped = comparison.changes.filter((change) => change.kind === "capped");
  if (comparison.changes.length === 0)
    sentences.push(
      say.good(
        w.pick(
          `The political limits cost nothing: the best plan already meets them, so both plans are the same (NP lost ${w.money(lost)}).`,
          `Политические ограничения ничего не стоят: лучший план и так их выполняет, планы совпадают (потеря ЧП ${w.money(lost)}).`,
        ),
      ),
    );
  for (const change of forced)
    sentences.push(
      say.neutral(
        w.pick(
          `The political minimum sells ${w.number(change.political)} of ${change.name} where the ` +
            `best plan sells ${w.number(change.best)} (${w.money(change.throughputChange, true)} of T).`,
          `Политический минимум продаёт ${w.number(change.political)} ${quoted(w, change.name)} там, где ` +
            `лучший план продаёт ${w.number(change.best)} (${w.money(change.throughputChange, true)} прохода).`,
        ),
      ),
    );
  for (const change of capped)
    sentences.push(
      say.neutral(
        w.pick(
          `The political maximum holds ${change.name} at ${w.number(change.political)} where the ` +
            `best plan sells ${w.number(change.best)} (${w.money(change.throughputChange, true)} of T).`,
          `Политический максимум держит ${quoted(w, change.name)} на ${w.number(change.political)} там, где ` +
            `лучший план продаёт ${w.number(change.best)} (${w.money(change.throughputChange, true)} прохода).`,
        ),
      ),
    );
  const displacedBy = (change: (typeof comparison.displaced)[number]) =>
    `(${w.number(change.change)}, ${w.money(change.throughputChange, true)})`;
  if (comparison.displaced.length > 0)
    sentences.push(
      say.neutral(
        w.pick(
          `To make room, ${w.list(comparison.displaced.map((change) => `${change.name} ${displacedBy(change)}`))} ` +
            `${comparison.displaced.length === 1 ? "gives" : "give"} way.`,
          `Чтобы освободить место, уступают ` +
            `${w.list(comparison.displaced.map((change) => `${quoted(w, change.name)} ${displacedBy(change)}`))}.`,
        ),
      ),
    );
  else if (forced.length > 0)
    sentences.push(
      say.neutral(
        w.pick(
          "Nothing is displaced: there was spare capacity for the minimum.",
          "Никто не вытеснен: для минимума хватило свободной мощности.",
        ),
      ),
    );
  sentences.push(...minimumAboveDemand(w, comparison.political.lines));
  if (comparison.changes.length > 0) {
    const np = comparison.political.netProfit;
    const bestNp = comparison.best.netProfit;
    const detail =
      np !== undefined && bestNp !== undefined
        ? w.pick(`: NP ${w.money(np)} instead of ${w.money(bestNp)}`, `: ЧП ${w.money(np)} вместо ${w.money(bestNp)}`)
        : w.pick(
            `: T ${w.money(comparison.political.throughput)} instead of ${w.money(comparison.best.throughput)}`,
            `: проход ${w.money(comparison.political.throughput)} вместо ${w.money(comparison.best.throughput)}`,
          );
    sentences.push(
      isPositive(lost)
        ? say.bad(
            w.pick(
              `The political mix costs ${w.money(lost)} of net profit${per}${detail}.`,
              `Политический ассортимент стоит ${w.money(lost)} чистой прибыли${per}${detail}.`,
            ),
          )
        : isZero(lost)
          ? say.good(
              w.pick(`The political mix costs nothing${detail}.`, `Политический ассортимент ничего не стоит${detail}.`),
            )
          : say.good(
              w.pick(
                `The political mix earns ${w.moneyAbs(lost)} more${per} than the best plan by the same method${detail}: that method is not optimal here.`,
                `Политический ассортимент приносит на ${w.moneyAbs(lost)} больше${per}, ` +
                  `чем лучший план тем же методом${detail}: этот метод здесь не оптимален.`,
              ),
            ),
    );
  }
  return explanation("political-mix", w, sentences);
}

function isFinding(value: readonly ResourceLoad[] | ConstraintFinding): value is ConstraintFinding {
  return !Array.isArray(value);
}

/**
 * What the resources' loads say: which are overloaded (the CCR is the most overloaded) or, when none is,
 * that capacity is not binding and how busy the busiest resource is.
 *
 * @example
 * explanationLines(explainResourceLoads(findConstraint(salon)));
 * // ["No resource is overloaded at full demand: the market is the constraint, and every client can be served.",
 * //  "The busiest resource is Stylists' chair time: 92% of its capacity (8 h spare)."]
 */
export function explainResourceLoads(
  value: readonly ResourceLoad[] | ConstraintFinding,
  options: ExplainOptions = {},
): Explanation {
  const w = wordsOf(options.locale);
  const loads = isFinding(value) ? value.loads : value;
  const atDemand = isFinding(value);
  const overloaded = loads.filter((load) => load.overloaded).sort((a, b) => b.utilisation - a.utilisation);
  const sentences: Sentence[] = [];
  if (overloaded.length === 0) {
    sentences.push(
      say.good(
        atDemand
          ? w.pick(
              "No resource is overloaded at full demand: the market is the constraint, and every client can be served.",
              "При полном спросе ни один ресурс не перегружен: ограничение — рынок, обслужить можно всех клиентов.",
            )
          : w.pick(
              "No resource is overloaded: every resource has the time these quantities need.",
              "Ни один ресурс не перегружен: времени хватает на все эти объёмы.",
            ),
      ),
    );
    const top = busiest(loads);
    if (top !== undefined)
      sentences.push(
        say.neutral(
          w.pick(
            `The busiest resource is ${top.name}: ${w.percent(top.utilisation)} of its capacity (${w.number(top.spare)} ${timeUnit(w, top.unit)} spare).`,
            `Самый загруженный ресурс — ${quoted(w, top.name)}: ${w.percent(top.utilisation)} ` +
              `мощности (свободно ${w.number(top.spare)} ${timeUnit(w, top.unit)}).`,
          ),
        ),
      );
    return explanation("resource-loads", w, sentences);
  }
  overloaded.forEach((load, index) => {
    const over = Number.isFinite(load.utilisation)
      ? w.pick(
          `${load.name} is overloaded: it would need ${w.number(load.used)} ` +
            `${timeUnit(w, load.unit)} but has ${w.number(load.capacity)} (${w.percent(load.utilisation)}), ` +
            `${w.number(-load.spare)} ${timeUnit(w, load.unit)} short`,
          `${quoted(w, load.name)} перегружен: нужно ${w.number(load.used)} ` +
            `${timeUnit(w, load.unit)}, а есть ${w.number(load.capacity)} (${w.percent(load.utilisation)}), ` +
            `не хватает ${w.number(-load.spare)} ${timeUnit(w, load.unit)}`,
        )
      : w.pick(
          `${load.name} is needed but has no capacity at all`,
          `${quoted(w, load.name)} нужен, но его мощность равна нулю`,
        );
    const role =
      index === 0
        ? w.pick(": it is the capacity-constrained resource (CCR).", ": это ресурс ограниченной мощности (CCR).")
        : w.pick(": a second constraint.", ": ещё одно ограничение.");
    sentences.push(say.bad(`${over}${role}`));
  });
  sentences.push(
    say.warning(
      w.pick(
        "Not every client can be served: the ranking decides which demand to leave unsold.",
        "Обслужить всех клиентов нельзя: какой спрос оставить непроданным, решает рейтинг.",
      ),
    ),
  );
  return explanation("resource-loads", w, sentences);
}

/**
 * What the optimal mix says against the ranking plan: by how much it beats it (or that the ranking plan
 * is already optimal), whether each makes money, how busy the resources are, and what one more unit of a
 * binding resource is worth. An infeasible result says which capacity the minimums break.
 *
 * @example
 * const slowerP = (u: ResourceUsage) => (u.productId === "P" && u.resourceId === "D" ? { ...u, timePerUnit: 24 } : u);
 * const pq24 = defineModel({ ...pq, usages: pq.usages.map(slowerP) }); // P takes 24 minutes of D, not 15
 * const result = await optimalMix(pq24);
 * explanationLines(explainOptimalMix(result));
 * // ["The optimal plan brings $1,680.00 more T a period than the ranking plan ($6,180.00 against $4,500.00): …",
 * //  "The ranking plan loses money: T $4,500.00 is $1,500.00 short of OE $6,000.00 (NP −$1,500.00 a period).",
 * //  "The optimal plan makes money: T $6,180.00 − OE $6,000.00 = NP $180.00 a period.", …]
 */
export function explainOptimalMix(result: OptimalMix | InfeasibleMix, options: PeriodExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const per = perPeriod(w, options.periodUnit);
  if (result.kind === "infeasible-mix") {
    const broken = result.minimumPlan.resources.filter((load) => load.overloaded);
    return explanation("optimal-mix", w, [
      say.bad(
        broken.length === 0
          ? w.pick(`No plan was found: ${result.message}.`, `План не найден: ${result.message}.`)
          : w.pick(
              `No plan meets the political minimums: the minimums alone need ` +
                `${w.list(broken.map((load) => `${w.percent(load.utilisation)} of ${load.name}`))}.`,
              `Ни один план не выполняет политические минимумы: одним минимумам нужно ` +
                `${w.list(broken.map((load) => `${w.percent(load.utilisation)} мощности ${quoted(w, load.name)}`))}.`,
            ),
      ),
    ]);
  }
  const sentences: (Sentence | undefined)[] = [];
  const gain = result.versusRanking.throughput;
  sentences.push(
    isZero(gain)
      ? say.good(
          w.pick(
            `The ranking plan is already optimal: no plan brings more T than ${w.money(result.plan.throughput)}${per}.`,
            `План по рейтингу уже оптимален: ни один план не даёт больше ${w.money(result.plan.throughput)} прохода${per}.`,
          ),
        )
      : say.warning(
          w.pick(
            `The optimal plan brings ${w.money(gain)} more T${per} than the ranking ` +
              `plan (${w.money(result.plan.throughput)} against ${w.money(result.rankingPlan.throughput)}): ` +
              `the ranking by one resource misses the best mix here.`,
            `Оптимальный план даёт на ${w.money(gain)} больше прохода${per}, чем план по ` +
              `рейтингу (${w.money(result.plan.throughput)} против ${w.money(result.rankingPlan.throughput)}): ` +
              `рейтинг по одному ресурсу здесь не находит лучший ассортимент.`,
          ),
        ),
  );
  if (!isZero(gain)) sentences.push(profitSentence(w, result.rankingPlan, per));
  sentences.push(profitSentence(w, result.plan, per));
  const full = result.plan.resources.filter((load) => load.used > 0 && load.spare === 0);
  const near = result.plan.resources.filter((load) => load.spare > 0 && load.utilisation >= 0.9);
  if (full.length > 0 || near.length > 0)
    sentences.push(
      say.neutral(
        w.pick(
          `In the optimal plan ${[
            full.length > 0
              ? `${w.list(full.map((load) => load.name))} ${full.length === 1 ? "is" : "are"} used to the full`
              : "",
            near.length > 0 ? `${w.list(near.map((load) => `${load.name} is at ${w.percent(load.utilisation)}`))}` : "",
          ]
            .filter(Boolean)
            .join("; ")}.`,
          `В оптимальном плане ${[
            full.length > 0
              ? `${w.list(full.map((load) => quoted(w, load.name)))} ${full.length === 1 ? "занят" : "заняты"} полностью`
              : "",
            near.length > 0
              ? `${w.list(near.map((load) => `${quoted(w, load.name)} занят на ${w.percent(load.utilisation)}`))}`
              : "",
          ]
            .filter(Boolean)
            .join("; ")}.`,
        ),
      ),
    );
  const binding = result.shadowPrices.filter((price) => price.binding);
  const only = binding.length === 1 ? binding[0] : undefined;
  if (binding.length > 0)
    sentences.push(
      say.neutral(
        w.pick(
          `One more ${
            only === undefined
              ? `unit of time is worth: ${w.list(binding.map((p) => `${p.name} ${w.money(p.value)} per ${timeUnit(w, p.unit)}`))}`
              : `${timeUnit(w, only.unit)} of ${only.name} is worth ${w.money(only.value)} of T`
          } (in the plan without whole units); time of the other resources is worth nothing more.`,
          `Ещё ${
            only === undefined
              ? `единица времени стоит: ${w.list(binding.map((p) => `${quoted(w, p.name)} ${w.money(p.value)} за ${timeUnit(w, p.unit)}`))}`
              : `1 ${timeUnit(w, only.unit)} ресурса ${quoted(w, only.name)} стоит ${w.money(only.value)} прохода`
          } (в плане без целых единиц); время остальных ресурсов дополнительного прохода не даёт.`,
        ),
      ),
    );
  if (!result.solver.proven)
    sentences.push(
      say.warning(
        w.pick(
          `The solver stopped before proving the optimum: the plan may be up to ${w.percent(result.solver.relativeGap, 2)} short of the best.`,
          `Решатель остановился, не доказав оптимальность: план может уступать лучшему до ${w.percent(result.solver.relativeGap, 2)}.`,
        ),
      ),
    );
  return explanation("optimal-mix", w, sentences);
}

/**
 * What cost accounting would choose and what it earns: the product it pushes first (by margin, or by
 * margin after OE absorbed by time) and its plan's NP.
 *
 * @example
 * explanationLines(explainCostAccounting(costAccountingMix(pq)));
 * // ["Cost accounting pushes Product Q first: the largest margin per unit, $60.00, whatever time it takes on the constraint.",
 * //  "The cost-accounting plan (by margin) loses money: T $5,700.00 is $300.00 short of OE $6,000.00 (NP −$300.00 a period)."]
 */
export function explainCostAccounting(mix: CostAccountingMix, options: PeriodExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const per = perPeriod(w, options.periodUnit);
  const first = mix.rows[0];
  const sentences: (Sentence | undefined)[] = [];
  if (first !== undefined)
    sentences.push(
      say.neutral(
        mix.method === "margin"
          ? w.pick(
              `Cost accounting pushes ${first.name} first: the largest margin per unit, ${w.money(first.margin)}, whatever time it takes on the constraint.`,
              `Учёт затрат продвигает ${quoted(w, first.name)} первым: наибольшая маржа на ` +
                `единицу, ${w.money(first.margin)}, сколько бы времени ограничения он ни занимал.`,
            )
          : w.pick(
              `With OE absorbed at ${w.money(mix.overheadRatePerMinute ?? first.absorbedOperatingExpense)} per ` +
                `minute of resource time, cost accounting pushes ${first.name} first: margin ${w.money(first.throughputPerUnit)} ` +
                `− absorbed OE ${w.money(first.absorbedOperatingExpense)} = ${w.money(first.margin)}.`,
              `При распределении ОЕ по ${w.money(mix.overheadRatePerMinute ?? first.absorbedOperatingExpense)} ` +
                `за минуту времени ресурсов учёт затрат продвигает ` +
                `${quoted(w, first.name)} первым: маржа ${w.money(first.throughputPerUnit)} − распределённые ` +
                `ОЕ ${w.money(first.absorbedOperatingExpense)} = ${w.money(first.margin)}.`,
            ),
      ),
    );
  if (mix.method === "absorption" && mix.overheadRatePerMinute !== undefined && isZero(mix.overheadRatePerMinute))
    sentences.push(
      say.neutral(
        w.pick(
          "The model has no OE to absorb, so the order is the margin's.",
          "В модели нет ОЕ для распределения, поэтому порядок тот же, что по марже.",
        ),
      ),
    );
  sentences.push(profitSentence(w, mix.plan, per));
  return explanation("cost-accounting", w, sentences);
}

/**
 * A change between two plans judged the throughput way: accept when ΔT > ΔOE.
 *
 * @example
 * const today = loadModel("data/expert-sales/today"), withFilter = loadModel("data/expert-sales/with-filter");
 * explanationLines(explainPlanChange(compareMixPlans(rankingMix(today), rankingMix(withFilter))));
 * // ["Accept: ΔT +₽1,800.00 > ΔOE +₽800.00, so NP grows by ₽1,000.00 a period."]
 */
export function explainPlanChange(change: PlanChange, options: PeriodExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  const per = perPeriod(w, options.periodUnit);
  const oe = change.deltaOperatingExpense;
  const oeText =
    oe === undefined
      ? w.pick("ΔOE 0 (no OE in the model)", "ΔОЕ 0 (ОЕ в модели нет)")
      : w.pick(`ΔOE ${w.money(oe, true)}`, `ΔОЕ ${w.money(oe, true)}`);
  const np = change.deltaNetProfit ?? change.deltaThroughput;
  return explanation("plan-change", w, [
    change.worthIt
      ? say.good(
          w.pick(
            `Accept: ΔT ${w.money(change.deltaThroughput, true)} > ${oeText}, so NP grows by ${w.money(np)}${per}.`,
            `Принять: ΔT ${w.money(change.deltaThroughput, true)} > ${oeText}, ЧП растёт на ${w.money(np)}${per}.`,
          ),
        )
      : say.bad(
          isZero(np)
            ? w.pick(
                `Reject: ΔT ${w.money(change.deltaThroughput, true)} = ${oeText}, NP does not change.`,
                `Отклонить: ΔT ${w.money(change.deltaThroughput, true)} = ${oeText}, ЧП не меняется.`,
              )
            : w.pick(
                `Reject: ΔT ${w.money(change.deltaThroughput, true)} ≤ ${oeText}, so NP ` +
                  `${isNegative(np) ? `falls by ${w.moneyAbs(np)}` : "does not grow"}${per}.`,
                `Отклонить: ΔT ${w.money(change.deltaThroughput, true)} ≤ ${oeText}, ЧП ${isNegative(np) ? `падает на ${w.moneyAbs(np)}` : "не растёт"}${per}.`,
              ),
        ),
  ]);
}

/**
 * Says what political minimum was set, and that it was capped when more was asked than can be sold.
 *
 * @example
 * explanationLines(explainPoliticalMinimum(withPoliticalMinimum(salon, "blow-dry", 40)));
 * // ["A minimum of 40 Blow-dry and styling was asked, but only 30 can be sold (the market's demand is 30): …"]
 */
export function explainPoliticalMinimum(change: PoliticalMinimumChange, options: ExplainOptions = {}): Explanation {
  const w = wordsOf(options.locale);
  return explanation("political-minimum", w, [
    change.capped
      ? say.warning(
          w.pick(
            `A minimum of ${w.number(change.requested)} ${change.name} was asked, but ` +
              `only ${w.number(change.applied)} can be sold (the market's demand is ` +
              `${w.number(change.demand)}): the minimum is capped at ${w.number(change.applied)}.`,
            `Запрошен минимум ${w.number(change.requested)} по ${quoted(w, change.name)}, ` +
              `но продать можно только ${w.number(change.applied)} (спрос рынка ` +
              `${w.number(change.demand)}): минимум снижен до ${w.number(change.applied)}.`,
          ),
        )
      : say.neutral(
          w.pick(
            `The political minimum: at least ${w.number(change.applied)} ${change.name}, whatever their T.`,
            `Политический минимум: не меньше ${w.number(change.applied)} ${quoted(w, change.name)}, каким бы ни был их проход.`,
          ),
        ),
  ]);
}
