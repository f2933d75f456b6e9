import { subtract, zero, type Money } from "../money/money";
import type { BusinessModel } from "../model/types";
import { findConstraintIn, type ConstraintFinding } from "../constraints/constraint";
import { fillInOrder } from "../constraints/fill";
import { planOf, type MixPlan } from "../constraints/plan";
import { mixProblemOf } from "../constraints/problem";
import { problemFor } from "./problem-cache";
import { rankingOrder } from "../constraints/ranking";

/** Options every what-if computation takes: how the plan behind T is made. */
export interface OutcomeOptions {
  /** Apply the political minimum and maximum (default true). */
  readonly political?: boolean | undefined;
  /** The period whose OE the plan must cover. */
  readonly period?: string | undefined;
}

/** How one product fares in a plan: all its demand sold, part of it, or none. */
export type LineStatus = "full" | "partial" | "none";

/** One plan line as a what-if row keeps it. */
export interface OutcomeLine {
  readonly productId: string;
  readonly quantity: number;
  readonly status: LineStatus;
}

/** What a what-if reads off a model: the ranking plan's T, OE and NP, its lines and the constraint. */
export interface Outcome {
  readonly throughput: Money;
  /** OE of the plan's period (zero when the model has none). */
  readonly operatingExpense: Money;
  /** T − OE. */
  readonly netProfit: Money;
  /** Lines in ranking order. */
  readonly plan: readonly OutcomeLine[];
  /** The CCR (most overloaded resource at full demand), or undefined when the market is the constraint. */
  readonly constraint: string | undefined;
  /**
   * The plan's shape: ranking order and each line's status. Two rows with the same key sell the same
   * products in full, in part and not at all, in the same order: the "decision" is the same.
   */
  readonly planKey: string;
}

/**
 * The outcome of a model: the ranking plan ("battle map") and its T, OE and NP, with the CCR.
 *
 * @example
 * const o = outcomeOf(pq);
 * o.netProfit;   // 300 USD
 * o.constraint;  // "B"
 */
export function outcomeOf(model: BusinessModel, options: OutcomeOptions = {}): Outcome {
  return outcomeAndPlanOf(model, options).outcome;
}

/**
 * The outcome and the ranking plan behind it (the plan `rankingMix` makes), from one pass over the model:
 * the constraint is found once and serves both the ranking and the outcome.
 *
 * @example
 * outcomeAndPlanOf(pq).plan.lines.map((l) => l.quantity); // [100, 30]
 */
export function outcomeAndPlanOf(
  model: BusinessModel,
  options: OutcomeOptions = {},
): { outcome: Outcome; plan: MixPlan } {
  const political = options.political ?? true;
  const problem = problemFor(model, political);
  // Loads at full demand use the market demand whatever the politics, as findConstraint does.
  const finding = findConstraintIn(problem);
  const load = finding.kind === "resource-constraint" ? finding.constraint : finding.busiest;
  const index = load ? problem.resources.findIndex((resource) => resource.id === load.resourceId) : undefined;
  const order = rankingOrder(problem, index);
  const plan = planOf(problem, fillInOrder(problem, order), {
    method: "ranking",
    political,
    order,
    constraintIndex: index,
    period: options.period,
  });
  return { outcome: outcomeFrom(model, plan, finding), plan };
}

/**
 * The outcome read off a plan already made for `model` (so a caller holding a plan does not plan twice).
 *
 * @example
 * outcomeOfPlan(pq, rankingMix(pq)).throughput; // 6300 USD
 */
export function outcomeOfPlan(model: BusinessModel, plan: MixPlan): Outcome {
  return outcomeFrom(model, plan, findConstraintIn(mixProblemOf(model, { political: false })));
}

function outcomeFrom(model: BusinessModel, plan: MixPlan, finding: ConstraintFinding): Outcome {
  const operatingExpense = plan.operatingExpense ?? zero(model.currency);
  const lines = plan.lines.map((line): OutcomeLine => ({
    productId: line.productId,
    quantity: line.quantity,
    status: line.unsold === 0 && line.quantity > 0 ? "full" : line.quantity > 0 ? "partial" : "none",
  }));
  return {
    throughput: plan.throughput,
    operatingExpense,
    netProfit: subtract(plan.throughput, operatingExpense),
    plan: lines,
    constraint: finding.kind === "resource-constraint" ? finding.constraint.resourceId : undefined,
    planKey: lines.map((line) => `${line.productId}:${line.status}`).join(" "),
  };
}
