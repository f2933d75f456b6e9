/**
 * What a live what-if shows for given input values: figures, the plan table, sentences and a chart.
 * Pure and browser-safe (core, i18n and charts only): the notebook's static output and the page's live
 * recomputation call this same function, so both show the same numbers to the kopeck.
 */
import {
  comparePolitical,
  inputName,
  inputUnit,
  inputValue,
  modelFromJson,
  rankingMix,
  throughputReport,
  toDecimal,
  withInput,
  type BusinessModel,
  type DecimalInput,
  type InputUnit,
  type Money,
  type WhatIfInput,
} from "../core";
import { mixPlanLoadFigure, throughputWaterfallFigure, type Figure } from "../charts";
import { formatAmount, formatNumber, formatPercent, labels, resolveLocale } from "../i18n";
import { escapeHtml } from "./escape";

/** One control of a what-if: the input it moves and the slider's range. */
export interface WhatIfControl {
  readonly input: WhatIfInput;
  /** What the reader sees beside the slider (default: the input's name). */
  readonly label?: string;
  /** Default 0. */
  readonly min?: DecimalInput;
  /** Default twice today's value (or 100 when it is 0). */
  readonly max?: DecimalInput;
  /** Default 1 (0.01 for a rate). */
  readonly step?: DecimalInput;
}

/**
 * What the figures are computed from: `plan` — the ranking plan under the model's political limits, with
 * the NP the politics cost; `sales` — the period's actual sales (`throughputReport`).
 */
export type WhatIfBasis = "plan" | "sales";

/** Everything a what-if needs, as plain JSON-able data (the model as {@link modelToJson} writes it). */
export interface WhatIfSpec {
  readonly model: BusinessModel;
  readonly controls: readonly WhatIfControl[];
  readonly basis: WhatIfBasis;
  /** The period of a `sales` basis, or whose OE a plan covers. */
  readonly period?: string;
  readonly locale?: string;
  /** Draw the chart (default true). */
  readonly chart?: boolean;
}

/** One control resolved against the model: name, unit, range and today's value, as decimal text. */
export interface ResolvedControl {
  readonly name: string;
  readonly label: string;
  readonly unit: InputUnit;
  readonly unitText: string;
  readonly min: string;
  readonly max: string;
  readonly step: string;
  readonly value: string;
}

/** A live figure: formatted text for the reader, exact value for a machine. */
export interface LiveFigure {
  readonly text: string;
  /** Exact decimal text of a money figure (undefined for a name). */
  readonly value: string | undefined;
}

/** What the what-if shows at some input values. */
export interface WhatIfView {
  /** Figure name (`throughput`, `operatingExpense`, `netProfit`, `constraint`, …) → its value. */
  readonly figures: Readonly<Record<string, LiveFigure>>;
  /** The plan (or sales) table as HTML, every user string escaped. */
  readonly tableHtml: string;
  readonly sentences: readonly string[];
  readonly figure: Figure | undefined;
}

/**
 * The controls of a spec with their defaults filled in from the model.
 *
 * @example
 * resolveControls(spec)[0]; // { name: "capacityHours", min: "0", max: "200", step: "1", value: "100", unitText: "h", … }
 */
export function resolveControls(spec: WhatIfSpec): ResolvedControl[] {
  return spec.controls.map((control) => {
    const current = inputValue(spec.model, control.input);
    const unit = inputUnit(spec.model, control.input);
    const max = control.max ?? (current.isZero() ? 100 : current.times(2));
    return {
      name: inputName(control.input),
      label: control.label ?? inputName(control.input),
      unit,
      unitText: unitText(unit, spec.locale),
      min: toDecimal(control.min ?? 0).toString(),
      max: toDecimal(max).toString(),
      step: toDecimal(control.step ?? (unit.kind === "rate" ? "0.01" : 1)).toString(),
      value: current.toString(),
    };
  });
}

function unitText(unit: InputUnit, locale: string | undefined): string {
  const ru = resolveLocale(locale) === "ru";
  switch (unit.kind) {
    case "money":
      return unit.currency;
    case "rate":
      return ru ? "доля" : "share";
    case "units":
      return ru ? "шт." : "units";
    case "time":
      return unit.unit === "hour" ? (ru ? "ч" : "h") : ru ? "мин" : "min";
  }
}

/**
 * The model with the controls set to `values` (input name → decimal text); names not given keep today's value.
 *
 * @example
 * modelAt(spec, { capacityHours: "120" }).resources[0].capacity; // 120
 */
export function modelAt(spec: WhatIfSpec, values: Readonly<Record<string, string>>): BusinessModel {
  return spec.controls.reduce((model, control) => {
    const value = values[inputName(control.input)];
    return value === undefined || value === "" ? model : withInput(model, control.input, value);
  }, spec.model);
}

const WORDS = {
  en: {
    market: "the market (no resource is overloaded)",
    npIs: (t: string, oe: string, np: string) => `NP = T − OE = ${t} − ${oe} = ${np}.`,
    constraint: (name: string, load: string) => `The constraint is ${name}; the plan uses ${load} of it.`,
    noConstraint: "No resource is overloaded: the market is the constraint, and every unit of demand with positive T is sold.",
    politics: (lost: string) => `Keeping the political minimums and maximums costs ${lost} of NP per period against the best plan.`,
    noPolitics: "No political limit changes the plan.",
    product: "Product",
    units: "Units",
    load: "CCR load, cumulative",
    loss: "A loss: T does not cover OE.",
  },
  ru: {
    market: "рынок (ни один ресурс не перегружен)",
    npIs: (t: string, oe: string, np: string) => `ЧП = T − ОЕ = ${t} − ${oe} = ${np}.`,
    constraint: (name: string, load: string) => `Ограничение — ${name}; план занимает ${load} его времени.`,
    noConstraint: "Ни один ресурс не перегружен: ограничение — рынок, продаётся весь спрос с положительным проходом.",
    politics: (lost: string) => `Политические минимумы и максимумы стоят ${lost} ЧП за период против лучшего плана.`,
    noPolitics: "Политические ограничения план не меняют.",
    product: "Продукт",
    units: "Штук",
    load: "Загрузка CCR, нарастающим итогом",
    loss: "Убыток: проход не покрывает ОЕ.",
  },
} as const;

/**
 * What the what-if shows at `values`: on the `plan` basis the ranking plan's T, OE and NP, the CCR, the
 * NP the political limits cost, the battle map and its load chart; on the `sales` basis the period's T,
 * OE and NP and its waterfall.
 *
 * @example
 * const view = whatIfView(spec, { capacityHours: "80" });
 * view.figures.netProfit.text; // "₽11,291.00"
 */
export function whatIfView(spec: WhatIfSpec, values: Readonly<Record<string, string>> = {}): WhatIfView {
  const locale = resolveLocale(spec.locale);
  const words = WORDS[locale === "ru" ? "ru" : "en"];
  const l = labels(locale);
  const model = modelAt(spec, values);
  const amount = (value: Money): LiveFigure => ({ text: formatAmount(value, { locale }), value: value.amount.toString() });
  if (spec.basis === "sales") {
    const report = throughputReport(model, spec.period === undefined ? {} : { period: spec.period });
    const rows = [
      [l.revenue, report.revenue],
      [l.totallyVariableCost, report.totallyVariableCost],
      [l.throughput, report.throughput],
      [l.operatingExpense, report.operatingExpense],
      [l.netProfit, report.netProfit],
    ] as const;
    return {
      figures: {
        revenue: amount(report.revenue),
        totallyVariableCost: amount(report.totallyVariableCost),
        throughput: amount(report.throughput),
        operatingExpense: amount(report.operatingExpense),
        netProfit: amount(report.netProfit),
      },
      tableHtml: `<table class="ta-table"><tbody>${rows
        .map(([name, value]) => `<tr><th>${escapeHtml(name)}</th><td class="num">${escapeHtml(formatAmount(value, { locale }))}</td></tr>`)
        .join("")}</tbody></table>`,
      sentences: [
        words.npIs(formatAmount(report.throughput, { locale }), formatAmount(report.operatingExpense, { locale }), formatAmount(report.netProfit, { locale })),
        ...(report.netProfit.amount.isNegative() ? [words.loss] : []),
      ],
      figure: spec.chart === false ? undefined : throughputWaterfallFigure(report, { locale }),
    };
  }
  const options = spec.period === undefined ? {} : { period: spec.period };
  const political = rankingMix(model, { ...options, political: true });
  const best = rankingMix(model, { ...options, political: false });
  const comparison = comparePolitical(political, best);
  const operatingExpense = political.operatingExpense ?? { amount: toDecimal(0), currency: model.currency };
  const netProfit = political.netProfit ?? political.throughput;
  const lost = comparison.netProfitLost ?? comparison.throughputLost;
  const constraintLoad = political.constraint && political.resources.find((load) => load.resourceId === political.constraint!.resourceId);
  const overloadedAtDemand = political.lines.some((line) => line.unsoldReason?.kind === "resource");
  const figures: Record<string, LiveFigure> = {
    throughput: amount(political.throughput),
    operatingExpense: amount(operatingExpense),
    netProfit: amount(netProfit),
    constraint: { text: overloadedAtDemand && political.constraint ? political.constraint.name : words.market, value: overloadedAtDemand ? political.constraint?.resourceId : undefined },
    netProfitLost: amount(lost),
    bestNetProfit: amount(best.netProfit ?? best.throughput),
  };
  for (const line of political.lines) figures[`units:${line.productId}`] = { text: formatNumber(line.quantity, { locale }), value: String(line.quantity) };
  const table = `<table class="ta-table"><thead><tr><th>${escapeHtml(words.product)}</th><th>${escapeHtml(words.units)}</th><th>${escapeHtml(l.throughput)}</th><th>${escapeHtml(words.load)}</th></tr></thead><tbody>${political.lines
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.name)}</td><td class="num" data-figure="units:${escapeHtml(line.productId)}">${escapeHtml(formatNumber(line.quantity, { locale }))}</td><td class="num">${escapeHtml(formatAmount(line.throughput, { locale }))}</td><td class="num">${line.cumulativeConstraintLoad === undefined ? "" : escapeHtml(formatPercent(line.cumulativeConstraintLoad, { locale }))}</td></tr>`,
    )
    .join("")}</tbody></table>`;
  const sentences = [
    words.npIs(figures.throughput!.text, figures.operatingExpense!.text, figures.netProfit!.text),
    overloadedAtDemand && political.constraint && constraintLoad
      ? words.constraint(political.constraint.name, formatPercent(constraintLoad.utilisation, { locale }))
      : words.noConstraint,
    lost.amount.isZero() ? words.noPolitics : words.politics(figures.netProfitLost!.text),
    ...(netProfit.amount.isNegative() ? [words.loss] : []),
  ];
  return { figures, tableHtml: table, sentences, figure: spec.chart === false ? undefined : mixPlanLoadFigure(political, { locale }) };
}

/**
 * A spec back from the JSON a page carries: the model's amounts become exact decimals again.
 *
 * @example
 * whatIfView(specFromJson(JSON.parse(text)), { capacityHours: "90" });
 */
export function specFromJson(json: unknown): WhatIfSpec {
  const spec = json as WhatIfSpec;
  return { ...spec, model: modelFromJson(spec.model) };
}
