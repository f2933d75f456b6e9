/**
 * What-if analysis: inputs of a model that a what-if moves, sweeps over one or two of them, a tornado
 * of NP's sensitivity, break-even values, and the ranges over which today's plan holds. Pure: models
 * in (never changed), plain data out, money exact.
 */
export { inputName, inputUnit, inputValue, withInput, withInputs, type InputUnit, type WhatIfInput } from "./inputs";
export { modelFromJson, modelToJson } from "./model-json";
export {
  outcomeOf,
  outcomeOfPlan,
  outcomeAndPlanOf,
  type LineStatus,
  type Outcome,
  type OutcomeLine,
  type OutcomeOptions,
} from "./outcome";
export { sweepValues, type SweepValues } from "./values";
export { sweep, sweepRecords, rowValue, type Sweep, type SweepRecord, type SweepRow, type SweptInput } from "./sweep";
export { tornado, type Tornado, type TornadoBar, type TornadoInput, type TornadoOptions } from "./tornado";
export { breakEven, type BreakEven, type BreakEvenSearchOptions } from "./break-even";
export {
  holdRange,
  rankingSensitivity,
  optimalSensitivity,
  type CapacityRange,
  type HoldRange,
  type HoldRangeOptions,
  type LpProductRange,
  type LpResourceRange,
  type OptimalSensitivity,
  type ProductRange,
  type RankingSensitivity,
} from "./ranges";
