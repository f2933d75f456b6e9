import { resolveLocale, type Locale } from "./locale";

/**
 * Every word a table or a chart shows. The symbols T, OE, NP, TVC and CCR stay in the labels in both
 * languages, since the workshop writes them on the board; Russian uses the talk's own words (проход, ОЕ).
 */
export interface Labels {
  readonly revenue: string;
  readonly totallyVariableCost: string;
  readonly throughput: string;
  readonly operatingExpense: string;
  readonly netProfit: string;
  readonly investment: string;
  readonly returnOnInvestment: string;
  readonly productivity: string;
  readonly investmentTurns: string;
  readonly breakEven: string;
  readonly breakEvenUnits: string;
  readonly throughputNeeded: string;
  readonly targetProfit: string;
  readonly constraint: string;
  readonly deltaThroughput: string;
  readonly deltaOperatingExpense: string;
  readonly deltaNetProfit: string;
  readonly deltaInvestment: string;
  readonly cumulativeDeltaNetProfit: string;
  readonly paybackMonth: string;
  readonly month: string;
  readonly period: string;
  readonly allPeriods: string;
  readonly product: string;
  readonly quantity: string;
  readonly unitsSold: string;
  /** A way of running the business compared with others (chapter 07). */
  readonly setup: string;
  readonly salesGrowth: string;
  readonly price: string;
  readonly throughputPerUnit: string;
  readonly throughputPerConstraintUnit: string;
  readonly constraintTimePerUnit: string;
  readonly rank: string;
  readonly demand: string;
  readonly planned: string;
  readonly capacity: string;
  readonly load: string;
  readonly cumulativeLoad: string;
  readonly utilisation: string;
  readonly resource: string;
  readonly used: string;
  readonly spare: string;
  readonly overloaded: string;
  readonly bestMix: string;
  readonly politicalMix: string;
  readonly netProfitLost: string;
  readonly rankingPlan: string;
  readonly optimalPlan: string;
  readonly category: string;
  readonly throughputRatio: string;
  readonly share: string;
  readonly salesPlan: string;
  readonly achievement: string;
  readonly sales: string;
  readonly pay: string;
  readonly shareOfSales: string;
  readonly throughputAfterPay: string;
  readonly base: string;
  readonly changed: string;
  readonly difference: string;
  readonly total: string;
  readonly metric: string;
  readonly value: string;
  readonly verdict: string;
  readonly reason: string;
  readonly reasons: string;
  readonly accept: string;
  readonly reject: string;
  readonly notWithinHorizon: string;
  readonly yes: string;
  readonly no: string;
  /** A cell standing for a nested list shown as its own table below: `{count}` rows. */
  readonly rowsInTableBelow: string;
  readonly unlimited: string;
  readonly amount: string;
  readonly name: string;
  readonly spend: string;
  readonly costPerClick: string;
  readonly costPerLead: string;
  readonly costPerBuyer: string;
  readonly discountFactor: string;
  readonly capacityNeeded: string;
  readonly idleCapacity: string;
  readonly monthsToRecoverInvestment: string;
  readonly steadyDeltaNetProfit: string;
  readonly breakEvenMonthlyDeltaThroughput: string;
  readonly minutes: string;
  readonly hours: string;
  readonly throughputAccountingRatio: string;
  readonly returnPerHour: string;
  readonly costPerHour: string;
  readonly constraintHoursPerUnit: string;
  readonly margin: string;
  readonly absorbedOperatingExpense: string;
  readonly exercise: string;
  readonly answerFeedback: string;
  readonly hint: string;
  readonly expectedAnswer: string;
  readonly unreachable: string;
  readonly largestThroughputPerUnit: string;
  readonly plotlyMissing: string;
  /** Title of the ranking report and chart. */
  readonly rankingTitle: string;
  /** Title of a table or chart of several resources' utilisation. */
  readonly utilisationOfResources: string;
  /** A bar for a product that takes no constraint time (its ratio is unbounded). */
  readonly noConstraintTime: string;
  readonly costClass: string;
  readonly costClassTotallyVariable: string;
  readonly costClassOperatingExpense: string;
  readonly reasonCausedBySale: string;
  readonly reasonSpentAnyway: string;
  readonly reasonNotCausedBySale: string;
  readonly answerRight: string;
  readonly answerWrong: string;
  readonly unsold: string;
  readonly displacedSales: string;
  readonly orderThroughput: string;
  readonly displacedThroughput: string;
  /** A cost-accounting plan's title, by its method. */
  readonly marginPlan: string;
  readonly absorptionPlan: string;
  /** The table of a model's problems (a LoadError or ModelError shown with `show`). */
  readonly loadProblems: string;
  readonly file: string;
  readonly row: string;
  readonly column: string;
  readonly problem: string;
  readonly expected: string;
  readonly where: string;
}

const EN: Labels = {
  revenue: "Revenue",
  totallyVariableCost: "Totally variable costs (TVC)",
  throughput: "Throughput (T)",
  operatingExpense: "Operating expense (OE)",
  netProfit: "Net profit (NP)",
  investment: "Investment (I)",
  returnOnInvestment: "Return on investment (NP / I)",
  productivity: "Productivity (T / OE)",
  investmentTurns: "Investment turns (T / I)",
  breakEven: "Break-even",
  breakEvenUnits: "Units to break even",
  throughputNeeded: "T needed (OE + target profit)",
  targetProfit: "Target profit",
  constraint: "Capacity-constrained resource (CCR)",
  deltaThroughput: "ΔT",
  deltaOperatingExpense: "ΔOE",
  deltaNetProfit: "ΔNP",
  deltaInvestment: "ΔI",
  cumulativeDeltaNetProfit: "Cumulative ΔNP",
  paybackMonth: "Payback month",
  month: "Month",
  period: "Period",
  allPeriods: "All periods",
  product: "Product",
  quantity: "Quantity",
  unitsSold: "Units sold",
  setup: "Setup",
  salesGrowth: "Sales growth",
  price: "Price",
  throughputPerUnit: "T per unit",
  throughputPerConstraintUnit: "T per unit of CCR time",
  constraintTimePerUnit: "CCR time per unit",
  rank: "Rank",
  demand: "Demand",
  planned: "Planned",
  capacity: "Capacity",
  load: "Load",
  cumulativeLoad: "Cumulative CCR load",
  utilisation: "Utilisation",
  resource: "Resource",
  used: "Used",
  spare: "Spare",
  overloaded: "Overloaded",
  bestMix: "Best mix",
  politicalMix: "Political mix",
  netProfitLost: "NP lost",
  rankingPlan: "Ranking plan",
  optimalPlan: "Optimal plan",
  category: "Category",
  throughputRatio: "T / revenue",
  share: "Share",
  salesPlan: "Sales plan by category",
  achievement: "Achievement of plan",
  sales: "Sales",
  pay: "Pay",
  shareOfSales: "Pay / sales",
  throughputAfterPay: "T after pay",
  base: "Base",
  changed: "Changed",
  difference: "Difference",
  total: "Total",
  metric: "Metric",
  value: "Value",
  verdict: "Verdict",
  reason: "Reason",
  reasons: "Reasons",
  accept: "accept",
  reject: "reject",
  notWithinHorizon: "does not pay back within the horizon",
  yes: "yes",
  no: "no",
  rowsInTableBelow: "table below (rows: {count})",
  unlimited: "unlimited",
  amount: "Amount",
  name: "Name",
  spend: "Spend",
  costPerClick: "Cost per click",
  costPerLead: "Cost per lead",
  costPerBuyer: "Cost per buyer",
  discountFactor: "Market price / price",
  capacityNeeded: "Capacity needed",
  idleCapacity: "Idle capacity",
  monthsToRecoverInvestment: "Months to recover ΔI",
  steadyDeltaNetProfit: "ΔNP a month at full effect",
  breakEvenMonthlyDeltaThroughput: "ΔT a month that just breaks even",
  minutes: "min",
  hours: "h",
  throughputAccountingRatio: "Throughput accounting ratio (TPAR)",
  returnPerHour: "T per CCR hour",
  costPerHour: "OE per available CCR hour",
  constraintHoursPerUnit: "CCR hours per unit",
  margin: "Margin per unit (cost accounting)",
  absorbedOperatingExpense: "OE absorbed per unit",
  exercise: "Exercise",
  answerFeedback: "Feedback",
  hint: "Hint",
  expectedAnswer: "Expected",
  unreachable: "not reachable",
  largestThroughputPerUnit: "largest T per unit, yet rank {rank} by T per CCR time",
  plotlyMissing:
    'plotly.js is not loaded on this page: run the notebook again, or show the chart with { inlinePlotly: "always" }',
  rankingTitle: "Ranking by T per unit of CCR time",
  utilisationOfResources: "Utilisation of the resources",
  noConstraintTime: "takes no CCR time (∞)",
  costClass: "Cost class",
  costClassTotallyVariable: "TVC (totally variable cost)",
  costClassOperatingExpense: "OE (operating expense)",
  reasonCausedBySale: "occurs only because one more unit is sold, and leaves with the sale",
  reasonSpentAnyway: "would be spent even if nothing were sold",
  reasonNotCausedBySale: "does not occur because a unit is sold: a cost of running the business",
  answerRight: "right",
  answerWrong: "wrong",
  unsold: "Unsold",
  displacedSales: "Sales pushed out",
  orderThroughput: "T of the order",
  displacedThroughput: "T pushed out",
  marginPlan: "Cost-accounting plan (by margin per unit)",
  absorptionPlan: "Cost-accounting plan (absorption cost)",
  loadProblems: "Problems found",
  file: "File",
  row: "Row",
  column: "Column",
  problem: "Problem",
  expected: "Expected",
  where: "Where",
};

const RU: Labels = {
  revenue: "Выручка",
  totallyVariableCost: "Абсолютно переменные расходы (TVC)",
  throughput: "Проход (T)",
  operatingExpense: "Операционные расходы (ОЕ)",
  netProfit: "Чистая прибыль (ЧП)",
  investment: "Инвестиции (I)",
  returnOnInvestment: "Рентабельность инвестиций (ЧП / I)",
  productivity: "Производительность (T / ОЕ)",
  investmentTurns: "Оборачиваемость инвестиций (T / I)",
  breakEven: "Точка безубыточности",
  breakEvenUnits: "Единиц до точки безубыточности",
  throughputNeeded: "Нужный проход (ОЕ + желаемая прибыль)",
  targetProfit: "Желаемая прибыль",
  constraint: "Ресурс ограниченной мощности (РОМ)",
  deltaThroughput: "ΔT",
  deltaOperatingExpense: "ΔОЕ",
  deltaNetProfit: "ΔЧП",
  deltaInvestment: "ΔI",
  cumulativeDeltaNetProfit: "ΔЧП нарастающим итогом",
  paybackMonth: "Месяц окупаемости",
  month: "Месяц",
  period: "Период",
  allPeriods: "Все периоды",
  product: "Продукт",
  quantity: "Количество",
  unitsSold: "Продано единиц",
  setup: "Вариант",
  salesGrowth: "Рост продаж",
  price: "Цена",
  throughputPerUnit: "Проход на единицу",
  throughputPerConstraintUnit: "Проход на единицу времени РОМ",
  constraintTimePerUnit: "Время РОМ на единицу",
  rank: "Место",
  demand: "Спрос",
  planned: "По плану",
  capacity: "Мощность",
  load: "Загрузка",
  cumulativeLoad: "Загрузка РОМ нарастающим итогом",
  utilisation: "Загрузка",
  resource: "Ресурс",
  used: "Занято",
  spare: "Свободно",
  overloaded: "Перегружен",
  bestMix: "Лучший ассортимент",
  politicalMix: "Политический ассортимент",
  netProfitLost: "Потеря чистой прибыли",
  rankingPlan: "План по рейтингу",
  optimalPlan: "Оптимальный план",
  category: "Категория",
  throughputRatio: "Проход / выручка",
  share: "Доля",
  salesPlan: "План продаж по категориям",
  achievement: "Выполнение плана",
  sales: "Продажи",
  pay: "Оплата",
  shareOfSales: "Оплата / продажи",
  throughputAfterPay: "Проход после оплаты",
  base: "Было",
  changed: "Стало",
  difference: "Разница",
  total: "Итого",
  metric: "Показатель",
  value: "Значение",
  verdict: "Решение",
  reason: "Причина",
  reasons: "Причины",
  accept: "принять",
  reject: "отклонить",
  notWithinHorizon: "не окупается за горизонт",
  yes: "да",
  no: "нет",
  rowsInTableBelow: "таблица ниже (строк: {count})",
  unlimited: "без ограничения",
  amount: "Сумма",
  name: "Название",
  spend: "Затраты на рекламу",
  costPerClick: "Цена клика",
  costPerLead: "Цена лида",
  costPerBuyer: "Цена покупателя",
  discountFactor: "Рыночная цена / цена",
  capacityNeeded: "Нужно мощности",
  idleCapacity: "Простаивающая мощность",
  monthsToRecoverInvestment: "Месяцев до возврата ΔI",
  steadyDeltaNetProfit: "ΔЧП в месяц при полном эффекте",
  breakEvenMonthlyDeltaThroughput: "ΔT в месяц, при котором решение в нуле",
  minutes: "мин",
  hours: "ч",
  throughputAccountingRatio: "Коэффициент прохода (TPAR)",
  returnPerHour: "Проход на час РОМ",
  costPerHour: "ОЕ на доступный час РОМ",
  constraintHoursPerUnit: "Часы РОМ на единицу",
  margin: "Маржа на единицу (учёт затрат)",
  absorbedOperatingExpense: "ОЕ, распределённые на единицу",
  exercise: "Упражнение",
  answerFeedback: "Проверка ответа",
  hint: "Подсказка",
  expectedAnswer: "Правильный ответ",
  unreachable: "недостижимо",
  largestThroughputPerUnit: "наибольший проход на единицу, но {rank}-е место по проходу на время РОМ",
  plotlyMissing:
    'plotly.js не загружен на этой странице: перезапустите блокнот или покажите график с { inlinePlotly: "always" }',
  rankingTitle: "Рейтинг по проходу на единицу времени РОМ",
  utilisationOfResources: "Загрузка ресурсов",
  noConstraintTime: "не занимает времени РОМ (∞)",
  costClass: "Вид затрат",
  costClassTotallyVariable: "TVC (абсолютно переменные расходы)",
  costClassOperatingExpense: "ОЕ (операционные расходы)",
  reasonCausedBySale: "возникает только потому, что продана ещё одна единица, и уходит вместе с продажей",
  reasonSpentAnyway: "была бы потрачена, даже если бы ничего не продали",
  reasonNotCausedBySale: "возникает не из-за продажи единицы: это расход на работу бизнеса",
  answerRight: "верно",
  answerWrong: "неверно",
  unsold: "Не продано",
  displacedSales: "Вытесненные продажи",
  orderThroughput: "Проход заказа",
  displacedThroughput: "Вытесненный проход",
  marginPlan: "План учёта затрат (по марже на единицу)",
  absorptionPlan: "План учёта затрат (с распределением ОЕ)",
  loadProblems: "Найденные ошибки",
  file: "Файл",
  row: "Строка",
  column: "Столбец",
  problem: "Ошибка",
  expected: "Ожидалось",
  where: "Где",
};

const LABELS: Readonly<Record<Locale, Labels>> = { en: EN, ru: RU };

/**
 * The labels of a locale (English by default).
 *
 * @example
 * labels("ru").throughput;        // "Проход (T)"
 * labels("ru").operatingExpense;  // "Операционные расходы (ОЕ)"
 * labels().netProfit;             // "Net profit (NP)"
 */
export function labels(locale?: string): Labels {
  return LABELS[resolveLocale(locale)];
}

/**
 * One label by its key, in a locale.
 *
 * @example
 * label("breakEven", "ru"); // "Точка безубыточности"
 */
export function label(key: keyof Labels, locale?: string): string {
  return labels(locale)[key];
}

// ---------------------------------------------------------------------------------------------------
// The command line's own words (src/cli). A separate block: the CLI's short column headings and its
// sentences are not the notebooks' labels, and keeping them apart lets either grow without the other.
// `{name}` marks a value filled in by {@link fillLabel}.

/** Every word and sentence the command line prints in its text output. */
export interface CliLabels {
  readonly period: string;
  readonly total: string;
  readonly revenue: string;
  readonly tvc: string;
  readonly t: string;
  readonly oe: string;
  readonly np: string;
  readonly product: string;
  readonly price: string;
  readonly tPerUnit: string;
  readonly timeIn: string;
  readonly tPer: string;
  readonly tpar: string;
  readonly demand: string;
  readonly units: string;
  readonly load: string;
  readonly loadOf: string;
  readonly unsold: string;
  readonly whyUnsold: string;
  readonly resource: string;
  readonly used: string;
  readonly needed: string;
  readonly capacity: string;
  readonly unit: string;
  readonly utilisation: string;
  readonly overloaded: string;
  readonly unlimited: string;
  readonly noConstraintTime: string;
  readonly oneMinute: string;
  readonly oneHour: string;
  readonly reportTitle: string;
  readonly noSales: string;
  readonly rankTitle: string;
  readonly constraintTime: string;
  readonly rankBusiest: string;
  readonly rankNone: string;
  readonly mixGreedy: string;
  readonly mixOptimal: string;
  readonly mixMargin: string;
  readonly mixAbsorption: string;
  readonly mixTitle: string;
  readonly politicalIgnored: string;
  readonly reasonFull: string;
  readonly reasonMaximum: string;
  readonly reasonNoThroughput: string;
  readonly reasonNotChosen: string;
  readonly breaksRules: string;
  readonly shadowPrices: string;
  readonly perUnitOf: string;
  readonly rankingBeside: string;
  readonly nothing: string;
  readonly politicalCost: string;
  readonly resourcesTitle: string;
  readonly ccrIs: string;
  readonly sweepTitle: string;
  readonly ccr: string;
  readonly ccrChanged: string;
  readonly planChanged: string;
  readonly tornadoTitle: string;
  readonly input: string;
  readonly low: string;
  readonly today: string;
  readonly high: string;
  readonly swing: string;
  readonly marketIsConstraint: string;
  readonly busiest: string;
  readonly compareTitle: string;
  readonly metric: string;
  readonly base: string;
  readonly changed: string;
  readonly difference: string;
  readonly investment: string;
  readonly accept: string;
  readonly reject: string;
  readonly verdictAccept: string;
  readonly verdictReject: string;
  readonly monthsToRecover: string;
  readonly specialOrderTitle: string;
  readonly specialOrderFacts: string;
  readonly orderAccept: string;
  readonly orderReject: string;
}

const CLI_EN: CliLabels = {
  period: "period",
  total: "total",
  revenue: "revenue",
  tvc: "TVC",
  t: "T",
  oe: "OE",
  np: "NP",
  product: "product",
  price: "price",
  tPerUnit: "T/unit",
  timeIn: "time ({unit})",
  tPer: "T per {per}",
  tpar: "TPAR",
  demand: "demand",
  units: "units",
  load: "load",
  loadOf: "{resource} load",
  unsold: "unsold",
  whyUnsold: "why unsold",
  resource: "resource",
  used: "used",
  needed: "needed",
  capacity: "capacity",
  unit: "unit",
  utilisation: "utilisation",
  overloaded: "overloaded",
  unlimited: "unlimited",
  noConstraintTime: "no constraint time",
  oneMinute: "minute",
  oneHour: "hour",
  reportTitle: "{model}: T, OE and NP of the recorded sales ({currency})",
  noSales:
    "No sales are recorded in this model, so T is 0; `throughput-accounting mix` plans the T the resources allow.",
  rankTitle: "{model}: ranking by T per {per} of {resource} ({currency})",
  constraintTime: "constraint time",
  rankBusiest:
    "No resource is overloaded at full demand (the market is the constraint); ranked by the busiest resource, {resource}.",
  rankNone: "No resource is used: ranked by T per unit.",
  mixGreedy: "ranking plan (battle map)",
  mixOptimal: "optimal plan",
  mixMargin: "cost-accounting plan (by margin per unit)",
  mixAbsorption: "cost-accounting plan (absorption cost)",
  mixTitle: "{model}: {title}{political} ({currency})",
  politicalIgnored: ", political limits ignored",
  reasonFull: "{resources} full",
  reasonMaximum: "political maximum {maximum}",
  reasonNoThroughput: "T per unit ≤ 0",
  reasonNotChosen: "not chosen by the method",
  breaksRules: "The plan breaks {count} rule(s): {rules}",
  shadowPrices: "Shadow prices (continuous problem): {prices}",
  perUnitOf: "{value} per {unit}",
  rankingBeside: "Ranking plan beside it: {plan}, T {throughput}{netProfit}; the optimum earns {more} more.",
  nothing: "nothing",
  politicalCost: "Political limits cost {amount} of {what} per {period} against the best plan for the market alone.",
  resourcesTitle: "{model}: resources at full demand",
  ccrIs: "The CCR is {resource}: it would need {share} of its capacity.",
  sweepTitle: "{model}: sweep ({currency})",
  ccr: "CCR",
  ccrChanged: "CCR changed",
  planChanged: "plan changed",
  tornadoTitle: "{model}: NP sensitivity (NP {netProfit})",
  input: "input",
  low: "low",
  today: "today",
  high: "high",
  swing: "swing",
  marketIsConstraint: "No resource is overloaded: the market is the constraint{busiest}.",
  busiest: " (busiest resource: {resource}, {share})",
  compareTitle: "{model}: {base} against {changed} ({currency})",
  metric: "",
  base: "base",
  changed: "changed",
  difference: "Δ",
  investment: "I",
  accept: "accept",
  reject: "reject",
  verdictAccept: "Accept: ΔT {deltaT} > ΔOE {deltaOE}, so net profit grows by {deltaNP}.",
  verdictReject: "Reject: ΔT {deltaT} is not above ΔOE {deltaOE}; net profit changes by {deltaNP}.",
  monthsToRecover: "ΔNP earns back ΔI {deltaI} in {months} {period}(s).",
  specialOrderTitle: "{model}: special order of {quantity} × {product} at {price} ({currency})",
  specialOrderFacts: "T per unit {perUnit} (TVC {tvc}); needs {needed} {unit} of {resource}, {idle} idle in {period}",
  orderAccept: "Accept: ΔT = ΔNP = {deltaNP}, OE unchanged.",
  orderReject: "Reject.",
};

const CLI_RU: CliLabels = {
  period: "период",
  total: "итого",
  revenue: "выручка",
  tvc: "TVC",
  t: "T",
  oe: "ОЕ",
  np: "ЧП",
  product: "продукт",
  price: "цена",
  tPerUnit: "T/ед.",
  timeIn: "время ({unit})",
  tPer: "T на {per}",
  tpar: "TPAR",
  demand: "спрос",
  units: "штук",
  load: "загрузка",
  loadOf: "загрузка {resource}",
  unsold: "не продано",
  whyUnsold: "почему",
  resource: "ресурс",
  used: "занято",
  needed: "нужно",
  capacity: "мощность",
  unit: "ед.",
  utilisation: "загрузка",
  overloaded: "перегружен",
  unlimited: "без ограничения",
  noConstraintTime: "не занимает РОМ",
  oneMinute: "минуту",
  oneHour: "час",
  reportTitle: "{model}: проход, ОЕ и чистая прибыль по записанным продажам ({currency})",
  noSales:
    "В модели нет продаж, поэтому T = 0; `throughput-accounting mix` планирует проход, который позволяют ресурсы.",
  rankTitle: "{model}: рейтинг по проходу на {per} ресурса {resource} ({currency})",
  constraintTime: "ограничения",
  rankBusiest:
    "При полном спросе ни один ресурс не перегружен (ограничение — рынок); рейтинг по самому загруженному ресурсу, {resource}.",
  rankNone: "Ресурсы не используются: рейтинг по проходу на единицу.",
  mixGreedy: "план по рейтингу (карта боя)",
  mixOptimal: "оптимальный план",
  mixMargin: "план учёта затрат (по марже на единицу)",
  mixAbsorption: "план учёта затрат (с распределением ОЕ)",
  mixTitle: "{model}: {title}{political} ({currency})",
  politicalIgnored: ", без политических ограничений",
  reasonFull: "{resources} занят полностью",
  reasonMaximum: "политический максимум {maximum}",
  reasonNoThroughput: "T на единицу ≤ 0",
  reasonNotChosen: "не выбран методом",
  breaksRules: "План нарушает правил: {count}: {rules}",
  shadowPrices: "Теневые цены (непрерывная задача): {prices}",
  perUnitOf: "{value} за {unit}",
  rankingBeside: "План по рейтингу рядом: {plan}, T {throughput}{netProfit}; оптимум даёт на {more} больше.",
  nothing: "ничего",
  politicalCost:
    "Политические ограничения стоят {amount} ({what}) за период ({period}) против лучшего плана для рынка.",
  resourcesTitle: "{model}: ресурсы при полном спросе",
  ccrIs: "РОМ — {resource}: ему нужно {share} своей мощности.",
  sweepTitle: "{model}: что если ({currency})",
  ccr: "РОМ",
  ccrChanged: "РОМ сменился",
  planChanged: "план изменился",
  tornadoTitle: "{model}: чувствительность ЧП (ЧП {netProfit})",
  input: "вход",
  low: "ниже",
  today: "сейчас",
  high: "выше",
  swing: "размах",
  marketIsConstraint: "Ни один ресурс не перегружен: ограничение — рынок{busiest}.",
  busiest: " (самый загруженный ресурс: {resource}, {share})",
  compareTitle: "{model}: {base} против {changed} ({currency})",
  metric: "",
  base: "было",
  changed: "стало",
  difference: "Δ",
  investment: "I",
  accept: "принять",
  reject: "отклонить",
  verdictAccept: "Принять: ΔT {deltaT} > ΔОЕ {deltaOE}, чистая прибыль растёт на {deltaNP}.",
  verdictReject: "Отклонить: ΔT {deltaT} не больше ΔОЕ {deltaOE}; чистая прибыль меняется на {deltaNP}.",
  monthsToRecover: "ΔNP возвращает ΔI {deltaI} за {months} (период: {period}).",
  specialOrderTitle: "{model}: спецзаказ {quantity} × {product} по {price} ({currency})",
  specialOrderFacts:
    "T на единицу {perUnit} (TVC {tvc}); нужно {needed} {unit} ресурса {resource}, свободно {idle} в периоде {period}",
  orderAccept: "Принять: ΔT = ΔNP = {deltaNP}, ОЕ не меняются.",
  orderReject: "Отклонить.",
};

/**
 * The command line's words in a locale (English by default).
 *
 * @example
 * cliLabels("ru").demand; // "спрос"
 */
export function cliLabels(locale?: string): CliLabels {
  return resolveLocale(locale) === "ru" ? CLI_RU : CLI_EN;
}

/**
 * A label with its `{name}` placeholders filled in; a placeholder without a value stays visible, so a
 * missing value shows in the output instead of vanishing.
 *
 * @example
 * fillLabel("{resource} load", { resource: "B" }); // "B load"
 */
export function fillLabel(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
