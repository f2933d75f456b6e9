/** Decisions by ΔT against ΔOE: a decision month by month, two scenarios, a special order, an advertising channel. */
export {
  projectDecision,
  isWorthIt,
  type DecisionInput,
  type DecisionEffect,
  type DecisionProjection,
} from "./project-decision";
export { compareScenarios, type ScenarioComparison } from "./compare-scenarios";
export { evaluateSpecialOrder, type SpecialOrderInput, type SpecialOrderEvaluation } from "./special-order";
export { advertisingChannel, type AdvertisingChannelInput, type AdvertisingChannelResult } from "./advertising-channel";
