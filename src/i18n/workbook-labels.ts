import { resolveLocale, type Locale } from "./locale";
import type { TableName } from "../load/table";

// The words of the workbooks the library writes (src/export/xlsx): sheet names, column headers, totals
// and notes. A block of its own, as the CLI's: a sheet's header is short where a table's label is not,
// and the model's sheets must read back (their Russian names and headers are the loader's aliases, see
// data/README.md). `{name}` marks a value filled in by fillLabel.

/** The report sheets a workbook can hold, by their ids (the English names). */
export type WorkbookSheetId =
  | "report"
  | "ranking"
  | "battle map"
  | "political mix"
  | "optimal mix"
  | "sweep"
  | "sweep table"
  | "comparison"
  | "tornado";

/** Every word a written workbook shows. */
export interface WorkbookLabels {
  readonly locale: Locale;
  /** The sheet names of the reports. */
  readonly sheets: Readonly<Record<WorkbookSheetId, string>>;
  /** The sheet names of the model's own tables, and their column headers (in the CSV files' order). */
  readonly tables: Readonly<Record<TableName, string>>;
  readonly columns: Readonly<Record<TableName, readonly string[]>>;
  readonly period: string;
  readonly total: string;
  readonly revenue: string;
  readonly tvc: string;
  readonly tIsRevenueLessTvc: string;
  readonly oe: string;
  readonly npIsTLessOe: string;
  readonly noSales: string;
  readonly rank: string;
  readonly product: string;
  readonly name: string;
  readonly price: string;
  readonly tvcPerUnit: string;
  readonly tvcShare: string;
  readonly tIsPriceLessTvc: string;
  /** `{resource} time per unit ({unit})`. */
  readonly timePerUnit: string;
  /** `T per {per} of {resource}`. */
  readonly tPer: string;
  readonly demand: string;
  readonly unlimited: string;
  readonly noConstraintTime: string;
  readonly constraint: string;
  /** `Ranked by T per {per} of {resource}, …`. */
  readonly rankingNote: string;
  readonly tPerUnit: string;
  readonly planned: string;
  readonly tIsPlannedTimesT: string;
  /** `{resource} time ({unit})`. */
  readonly time: string;
  readonly cumulativeLoad: string;
  readonly unsold: string;
  /** `capacity of {resource} ({unit})`. */
  readonly capacityOf: string;
  readonly noConstrainedResource: string;
  readonly tOfPlan: string;
  readonly battleMapNote: string;
  readonly bestMix: string;
  readonly politicalMix: string;
  readonly change: string;
  readonly deltaT: string;
  readonly why: string;
  readonly tOfBestMix: string;
  readonly tOfPoliticalMix: string;
  readonly priceOfPoliticalMix: string;
  readonly politicalNote: string;
  readonly noPoliticalLimits: string;
  readonly politicalIgnored: string;
  /** `No optimal mix: {message}`. */
  readonly noOptimalMix: string;
  readonly tOverRanking: string;
  readonly resource: string;
  readonly unit: string;
  readonly shadowPrice: string;
  readonly binding: string;
  readonly yes: string;
  readonly no: string;
  readonly provenOptimal: string;
  /** `Best found, relative gap {gap}`. */
  readonly bestFound: string;
  readonly wholeUnits: string;
  readonly shadowNote: string;
  /** Time units by their model names, in the plural a header uses. */
  readonly timeUnits: Readonly<Record<"minute" | "hour" | "day", string>>;
  /** `{amount} {unit}` for a ranking's `per` ("6 minutes"), when the amount is not 1. */
  readonly perAmount: string;
  /** The words of a political change (`why`). */
  readonly changeKinds: Readonly<Record<"forced" | "displaced" | "capped", string>>;
  readonly np: string;
  readonly t: string;
  readonly ccr: string;
  /** `units of {product}`. */
  readonly unitsOf: string;
  readonly ccrChanged: string;
  readonly planChanged: string;
  readonly sweepNote: string;
  /** `NP for {outer} (down) and {inner} (across)`. */
  readonly sweepTableTitle: string;
  readonly sweepTableNote: string;
  /** What an input's values measure, for its header: `{name} ({unit})`. */
  readonly inputHeader: string;
  readonly rate: string;
  readonly unitsWord: string;
  /** `run {n}`: a column of a grid's comparison. */
  readonly run: string;
  readonly status: string;
  readonly statuses: Readonly<Record<"ok" | "failed" | "interrupted", string>>;
  /** `{title}: {count} runs compared`. */
  readonly comparisonTitle: string;
  readonly comparisonNote: string;
  readonly input: string;
  readonly current: string;
  readonly low: string;
  readonly high: string;
  readonly npLow: string;
  readonly npHigh: string;
  readonly deltaNpLow: string;
  readonly deltaNpHigh: string;
  readonly swing: string;
  readonly npToday: string;
  /** `Each input moved {percent} % down and up …`. */
  readonly tornadoNote: string;
}

const EN: WorkbookLabels = {
  locale: "en",
  sheets: {
    report: "report",
    ranking: "ranking",
    "battle map": "battle map",
    "political mix": "political mix",
    "optimal mix": "optimal mix",
    sweep: "sweep",
    "sweep table": "NP table",
    comparison: "comparison",
    tornado: "tornado",
  },
  tables: {
    model: "model",
    products: "products",
    tvc: "tvc",
    sales: "sales",
    operating_expenses: "operating_expenses",
    investments: "investments",
    resources: "resources",
    usage: "usage",
    demand: "demand",
  },
  columns: {
    model: ["name", "currency", "period_unit"],
    products: ["id", "name", "type", "category", "price", "whole_units", "unit_name"],
    tvc: ["product_id", "kind", "name", "amount", "rate"],
    sales: ["period", "product_id", "quantity", "price"],
    operating_expenses: ["id", "name", "category", "amount", "period"],
    investments: ["id", "name", "category", "amount"],
    resources: ["id", "name", "capacity", "unit"],
    usage: ["product_id", "resource_id", "time_per_unit", "unit"],
    demand: ["product_id", "quantity", "minimum", "maximum"],
  },
  period: "period",
  total: "total",
  revenue: "revenue",
  tvc: "TVC",
  tIsRevenueLessTvc: "T = revenue − TVC",
  oe: "OE",
  npIsTLessOe: "NP = T − OE",
  noSales: "No sales are recorded in this model, so T is 0: the battle map plans the T the resources allow.",
  rank: "rank",
  product: "product",
  name: "name",
  price: "price",
  tvcPerUnit: "TVC per unit",
  tvcShare: "TVC, share of price",
  tIsPriceLessTvc: "T = price − TVC",
  timePerUnit: "{resource} time per unit ({unit})",
  tPer: "T per {per} of {resource}",
  demand: "demand",
  unlimited: "unlimited",
  noConstraintTime: "no constraint time",
  constraint: "constraint",
  rankingNote:
    "Ranked by T per {per} of {resource}, best first; products that take no {resource} time come first. " +
    "Change a price here or on the products sheet and T recomputes; the order stays the one computed.",
  tPerUnit: "T per unit",
  planned: "planned",
  tIsPlannedTimesT: "T = planned × T per unit",
  time: "{resource} time ({unit})",
  cumulativeLoad: "cumulative load",
  unsold: "unsold",
  capacityOf: "capacity of {resource} ({unit})",
  noConstrainedResource: "no constrained resource",
  tOfPlan: "T of the plan",
  battleMapNote:
    "Sell in ranking order, each product up to its demand, while the constraint has " +
    "time: the planned quantities are the library's; T, time and load recompute from them.",
  bestMix: "best mix",
  politicalMix: "political mix",
  change: "change",
  deltaT: "ΔT = change × T per unit",
  why: "why",
  tOfBestMix: "T of the best mix",
  tOfPoliticalMix: "T of the political mix",
  priceOfPoliticalMix: "price of the political mix: T (and NP) lost a period",
  politicalNote:
    "The political mix keeps the minimums and caps of the demand table; the best mix ignores them. Both fill the constraint in ranking order.",
  noPoliticalLimits: "No political minimum or maximum in the demand table: the best mix is the plan of the battle map.",
  politicalIgnored:
    "The political minimum and maximum of the demand table were ignored for this workbook: the battle map is the best mix for the market alone.",
  noOptimalMix: "No optimal mix: {message}",
  tOverRanking: "T over the ranking plan",
  resource: "resource",
  unit: "unit",
  shadowPrice: "shadow price (T per unit of time)",
  binding: "binding",
  yes: "yes",
  no: "no",
  provenOptimal: "Proven optimal",
  bestFound: "Best found, relative gap {gap}",
  wholeUnits: ", whole units",
  shadowNote: "A shadow price is the T one more unit of that resource's time would add.",
  timeUnits: { minute: "minutes", hour: "hours", day: "days" },
  perAmount: "{amount} {unit}",
  changeKinds: { forced: "forced", displaced: "displaced", capped: "capped" },
  np: "NP",
  t: "T",
  ccr: "CCR",
  unitsOf: "units of {product}",
  ccrChanged: "CCR changed",
  planChanged: "plan changed",
  sweepNote:
    "Each row is the model with the inputs at these values and its ranking plan made again (the library's figures; T, OE and NP exact). " +
    "“CCR changed” and “plan changed” mark where the constraint or the plan's shape moves.",
  sweepTableTitle: "NP for {outer} (down) and {inner} (across)",
  sweepTableNote: "Each cell is the NP of the sweep sheet's row for the two values (a formula referring to it).",
  inputHeader: "{name} ({unit})",
  rate: "share",
  unitsWord: "units",
  run: "run {n}",
  status: "status",
  statuses: { ok: "ok", failed: "failed", interrupted: "interrupted" },
  comparisonTitle: "{title}: {count} runs compared",
  input: "input",
  current: "today",
  low: "low",
  high: "high",
  npLow: "NP at low",
  npHigh: "NP at high",
  deltaNpLow: "ΔNP at low",
  deltaNpHigh: "ΔNP at high",
  swing: "swing of NP",
  npToday: "NP today",
  tornadoNote:
    "Each input moved down and up ({percent} % unless it has its own range), " +
    "the rest of the model as it is; the ranking plan made again at " +
    "each end. Sorted by the swing of NP: the inputs at the top matter most.",
  comparisonNote:
    "One column per run of the grid: its parameters, then every figure the notebook recorded (money as " +
    "numbers in its currency's format). A run that failed before recording a figure leaves the cell empty.",
};

const RU: WorkbookLabels = {
  locale: "ru",
  sheets: {
    report: "отчёт",
    ranking: "рейтинг",
    "battle map": "карта боя",
    "political mix": "политический ассортимент",
    "optimal mix": "оптимальный ассортимент",
    sweep: "что если",
    "sweep table": "таблица ЧП",
    comparison: "сравнение",
    tornado: "чувствительность ЧП",
  },
  tables: {
    model: "модель",
    products: "продукты",
    tvc: "переменные расходы",
    sales: "продажи",
    operating_expenses: "операционные расходы",
    investments: "инвестиции",
    resources: "ресурсы",
    usage: "использование",
    demand: "спрос",
  },
  columns: {
    model: ["название", "валюта", "единица периода"],
    products: ["ид", "название", "тип", "категория", "цена", "целые единицы", "единица"],
    tvc: ["ид продукта", "вид", "название", "сумма", "ставка"],
    sales: ["период", "ид продукта", "количество", "цена"],
    operating_expenses: ["ид", "название", "категория", "сумма", "период"],
    investments: ["ид", "название", "категория", "сумма"],
    resources: ["ид", "название", "мощность", "единица"],
    usage: ["ид продукта", "ид ресурса", "время на единицу", "единица"],
    demand: ["ид продукта", "спрос", "минимум", "максимум"],
  },
  period: "период",
  total: "итого",
  revenue: "выручка",
  tvc: "TVC",
  tIsRevenueLessTvc: "T = выручка − TVC",
  oe: "ОЕ",
  npIsTLessOe: "ЧП = T − ОЕ",
  noSales: "В модели нет продаж, поэтому T равен 0: карта боя планирует T, который позволяют ресурсы.",
  rank: "место",
  product: "продукт",
  name: "название",
  price: "цена",
  tvcPerUnit: "TVC на единицу",
  tvcShare: "TVC, доля цены",
  tIsPriceLessTvc: "T = цена − TVC",
  timePerUnit: "время {resource} на единицу ({unit})",
  tPer: "T на {per} {resource}",
  demand: "спрос",
  unlimited: "без ограничений",
  noConstraintTime: "не занимает РОМ",
  constraint: "РОМ",
  rankingNote:
    "Рейтинг по T на {per} {resource}, лучшие сверху; продукты, не занимающие {resource}, идут первыми. " +
    "Измените цену здесь или на листе «продукты» — T пересчитается; порядок остаётся рассчитанным.",
  tPerUnit: "T на единицу",
  planned: "по плану",
  tIsPlannedTimesT: "T = по плану × T на единицу",
  time: "время {resource} ({unit})",
  cumulativeLoad: "загрузка нарастающим итогом",
  unsold: "не продано",
  capacityOf: "мощность {resource} ({unit})",
  noConstrainedResource: "нет ресурса ограниченной мощности",
  tOfPlan: "T плана",
  battleMapNote:
    "Продаём в порядке рейтинга, каждый продукт до его спроса, пока у РОМ есть время: " +
    "количества по плану рассчитаны библиотекой; T, время и загрузка пересчитываются из них.",
  bestMix: "лучший ассортимент",
  politicalMix: "политический ассортимент",
  change: "изменение",
  deltaT: "ΔT = изменение × T на единицу",
  why: "почему",
  tOfBestMix: "T лучшего ассортимента",
  tOfPoliticalMix: "T политического ассортимента",
  priceOfPoliticalMix: "цена политического ассортимента: потеря T (и ЧП) за период",
  politicalNote:
    "Политический ассортимент соблюдает минимумы и потолки таблицы спроса; лучший их не учитывает. Оба заполняют РОМ в порядке рейтинга.",
  noPoliticalLimits:
    "В таблице спроса нет политических минимумов и максимумов: лучший ассортимент — это план карты боя.",
  politicalIgnored:
    "Политические минимумы и максимумы таблицы спроса в этой книге не учтены: карта боя — лучший ассортимент для одного рынка.",
  noOptimalMix: "Оптимального ассортимента нет: {message}",
  tOverRanking: "T сверх плана по рейтингу",
  resource: "ресурс",
  unit: "единица",
  shadowPrice: "теневая цена (T на единицу времени)",
  binding: "ограничивает",
  yes: "да",
  no: "нет",
  provenOptimal: "Доказанный оптимум",
  bestFound: "Лучшее найденное, относительный зазор {gap}",
  wholeUnits: ", целые единицы",
  shadowNote: "Теневая цена — T, который добавила бы ещё одна единица времени этого ресурса.",
  timeUnits: { minute: "мин", hour: "ч", day: "дн" },
  perAmount: "{amount} {unit}",
  changeKinds: { forced: "навязан", displaced: "вытеснен", capped: "ограничен" },
  np: "ЧП",
  t: "T",
  ccr: "РОМ",
  unitsOf: "единиц {product}",
  ccrChanged: "РОМ сменился",
  planChanged: "план изменился",
  sweepNote:
    "Каждая строка — модель с входами при этих значениях и заново составленный план по рейтингу (расчёт библиотеки; T, ОЕ и ЧП точно). " +
    "«РОМ сменился» и «план изменился» отмечают, где переходит ограничение или меняется состав плана.",
  sweepTableTitle: "ЧП при {outer} (по строкам) и {inner} (по столбцам)",
  sweepTableNote: "Каждая ячейка — ЧП строки листа «что если» для этих двух значений (формула со ссылкой на неё).",
  inputHeader: "{name} ({unit})",
  rate: "доля",
  unitsWord: "ед.",
  run: "прогон {n}",
  status: "статус",
  statuses: { ok: "готово", failed: "ошибка", interrupted: "прерван" },
  comparisonTitle: "{title}: сравнение {count} прогонов",
  input: "вход",
  current: "сейчас",
  low: "ниже",
  high: "выше",
  npLow: "ЧП ниже",
  npHigh: "ЧП выше",
  deltaNpLow: "ΔЧП ниже",
  deltaNpHigh: "ΔЧП выше",
  swing: "размах ЧП",
  npToday: "ЧП сейчас",
  tornadoNote:
    "Каждый вход сдвинут вниз и вверх (на {percent} %, если у него нет " +
    "своего диапазона), остальная модель как есть; план по рейтингу составлен " +
    "заново на каждом краю. По размаху ЧП: входы сверху важнее всего.",
  comparisonNote:
    "Один столбец на прогон сетки: его параметры, затем каждый показатель, записанный тетрадью " +
    "(деньги — числа в формате своей валюты). Если прогон упал до записи показателя, ячейка пуста.",
};

const LABELS: Readonly<Record<Locale, WorkbookLabels>> = { en: EN, ru: RU };

/**
 * The words of a written workbook in a locale (default: the session's, see setDefaultLocale).
 *
 * @example
 * workbookLabels("ru").sheets.ranking; // "рейтинг"
 * workbookLabels("en").tables.tvc;     // "tvc"
 */
export function workbookLabels(locale?: string): WorkbookLabels {
  return LABELS[resolveLocale(locale)];
}

/**
 * Every name a report sheet has in any locale, so the workbook loader skips a results workbook's report
 * sheets in whichever language it was written.
 *
 * @example
 * reportSheetNames().includes("карта боя"); // true
 */
export function reportSheetNames(): string[] {
  return Object.values(LABELS).flatMap((labels) => Object.values(labels.sheets));
}
