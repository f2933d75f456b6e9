/**
 * What a live what-if shows for given input values: figures, the plan table, sentences and a chart.
 * Pure and browser-safe (core, i18n and charts only): the notebook's static output and the page's live
 * recomputation call this same function, so both show the same numbers to the kopeck.
 */
import {
  comparePolitical,
  outcomeAndPlanOf,
  inputName,
  inputUnit,
  inputValue,
  modelFromJson,
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
import { explainMixPlan, explainPoliticalMix, explainThroughputReport, explanationLines } from "../explain";
import { formatMoney, formatNumber, formatPercent, labels, resolveLocale } from "../i18n";
import { escapeHtml } from "../text/escape";

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

/**
 * A control's value as the figures write theirs: money with its currency sign and minor units (the same
 * text as a money figure), a share as a percentage, units and times as a number with their unit.
 *
 * @example
 * controlValueText(resolveControls(spec)[0], "30", "en"); // "₽30.00" for a price in RUB
 * controlValueText(resolveControls(spec)[1], "120", "en"); // "120 h" for a capacity in hours
 */
export function controlValueText(control: ResolvedControl, value: string, locale: string | undefined): string {
  const resolved = resolveLocale(locale);
  const unit = control.unit;
  switch (unit.kind) {
    case "money":
      return amountText({ amount: toDecimal(value), currency: unit.currency }, resolved);
    case "rate":
      return percentText(Number(value), resolved);
    case "units":
    case "time":
      return `${numberText(Number(value), resolved)} ${unitText(unit, resolved)}`;
  }
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

// Intl formatting is the costliest step of a large battle map (a formatter is made per call), and a slider
// move changes few lines: the texts are remembered by locale and exact value. Bounded, so a long session
// cannot grow it without limit; the texts are exactly what the formatters return.
const FORMATTED = new Map<string, string>();
const MAX_FORMATTED = 50_000;
function remembered(key: string, format: () => string): string {
  let text = FORMATTED.get(key);
  if (text === undefined) {
    if (FORMATTED.size >= MAX_FORMATTED) FORMATTED.clear();
    text = format();
    FORMATTED.set(key, text);
  }
  return text;
}
const amountText = (value: Money, locale: string) =>
  remembered(`a|${locale}|${value.currency}|${value.amount.toString()}`, () => formatMoney(value, { locale }));
const numberText = (value: number, locale: string) =>
  remembered(`n|${locale}|${value}`, () => formatNumber(value, { locale }));
const percentText = (value: number, locale: string) =>
  remembered(`p|${locale}|${value}`, () => formatPercent(value, { locale }));

const WORDS = {
  en: {
    market: "the market (no resource is overloaded)",
    product: "Product",
    units: "Units",
    load: "CCR load, cumulative",
  },
  ru: {
    market: "рынок (ни один ресурс не перегружен)",
    product: "Продукт",
    units: "Штук",
    load: "Загрузка CCR, нарастающим итогом",
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
  const amount = (value: Money): LiveFigure => ({ text: amountText(value, locale), value: value.amount.toString() });
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
        .map(
          ([name, value]) =>
            `<tr><th>${escapeHtml(name)}</th><td class="num">${escapeHtml(amountText(value, locale))}</td></tr>`,
        )
        .join("")}</tbody></table>`,
      sentences: explanationLines(explainThroughputReport(report, { locale })),
      figure: spec.chart === false ? undefined : throughputWaterfallFigure(report, { locale }),
    };
  }
  const options = spec.period === undefined ? {} : { period: spec.period };
  // The same plans as rankingMix with and without the political limits, made through the what-if's
  // problem cache: a slider move changes one input, so most of the problem is reused.
  const political = outcomeAndPlanOf(model, { ...options, political: true }).plan;
  const best = outcomeAndPlanOf(model, { ...options, political: false }).plan;
  const comparison = comparePolitical(political, best);
  const operatingExpense = political.operatingExpense ?? { amount: toDecimal(0), currency: model.currency };
  const netProfit = political.netProfit ?? political.throughput;
  const lost = comparison.netProfitLost ?? comparison.throughputLost;
  const overloadedAtDemand = political.lines.some((line) => line.unsoldReason?.kind === "resource");
  const figures: Record<string, LiveFigure> = {
    throughput: amount(political.throughput),
    operatingExpense: amount(operatingExpense),
    netProfit: amount(netProfit),
    constraint: {
      text: overloadedAtDemand && political.constraint ? political.constraint.name : words.market,
      value: overloadedAtDemand ? political.constraint?.resourceId : undefined,
    },
    netProfitLost: amount(lost),
    bestNetProfit: amount(best.netProfit ?? best.throughput),
  };
  for (const line of political.lines)
    figures[`units:${line.productId}`] = { text: numberText(line.quantity, locale), value: String(line.quantity) };
  const head = [words.product, words.units, l.throughput, words.load].map((word) => `<th>${escapeHtml(word)}</th>`);
  const rows = political.lines.map((line) => {
    const load = line.cumulativeConstraintLoad;
    return (
      `<tr><td>${escapeHtml(line.name)}</td>` +
      `<td class="num" data-figure="units:${escapeHtml(line.productId)}">${escapeHtml(numberText(line.quantity, locale))}</td>` +
      `<td class="num">${escapeHtml(amountText(line.throughput, locale))}</td>` +
      `<td class="num">${load === undefined ? "" : escapeHtml(percentText(load, locale))}</td></tr>`
    );
  });
  const table = `<table class="ta-table"><thead><tr>${head.join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
  // The sentences are the explain builders' (the same words `show()` prints under a plan).
  const explainOptions = { locale, periodUnit: model.periodUnit };
  const sentences = [
    ...explanationLines(explainMixPlan(political, explainOptions)),
    ...explanationLines(explainPoliticalMix(comparison, explainOptions)),
  ];
  return {
    figures,
    tableHtml: table,
    sentences,
    figure: spec.chart === false ? undefined : mixPlanLoadFigure(political, { locale }),
  };
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
