import type { BusinessModel } from "../model/types";
import { loadsAtFullDemand, type ResourceLoad } from "./load";
import { mixProblemOf, type MixProblem } from "./problem";

/**
 * What limits the business at full demand.
 * - `resource-constraint`: at least one resource is overloaded; `constraint` is the most overloaded (the CCR).
 * - `market-constraint`: every resource can serve the whole demand, so the market is the constraint; `busiest` is
 *   the most loaded resource (the one to watch, and the one the ranking uses), if any resource is used.
 */
export type ConstraintFinding =
  | {
      readonly kind: "resource-constraint";
      readonly constraint: ResourceLoad;
      /** Every overloaded resource, most overloaded first. */
      readonly overloaded: readonly ResourceLoad[];
      /** Every resource's load at full demand, in model order. */
      readonly loads: readonly ResourceLoad[];
    }
  | {
      readonly kind: "market-constraint";
      readonly busiest: ResourceLoad | undefined;
      readonly overloaded: readonly [];
      readonly loads: readonly ResourceLoad[];
    };

/** Most loaded first; equal loads keep the model's order of resources (a stable sort). */
function byLoad(a: ResourceLoad, b: ResourceLoad): number {
  return b.utilisation - a.utilisation;
}

/**
 * Finds the capacity-constrained resource (CCR): the most overloaded resource at full demand. When none is
 * overloaded it says so: the market is the constraint.
 *
 * @example
 * findConstraint(pq);    // { kind: "resource-constraint", constraint: { resourceId: "B", utilisation: 1.25, ... }, ... }
 * findConstraint(salon); // { kind: "market-constraint", busiest: { resourceId: "stylists", utilisation: 0.92, ... }, ... }
 */
export function findConstraint(model: BusinessModel): ConstraintFinding {
  return findConstraintIn(mixProblemOf(model, { political: false }));
}

/**
 * {@link findConstraint} on a problem already built (loads use the market demand, whatever the politics).
 *
 * @example
 * findConstraintIn(mixProblemOf(pq)).kind; // "resource-constraint"
 */
export function findConstraintIn(problem: MixProblem): ConstraintFinding {
  const loads = loadsAtFullDemand(problem);
  const overloaded = loads.filter((load) => load.overloaded).sort(byLoad);
  if (overloaded.length > 0) return { kind: "resource-constraint", constraint: overloaded[0]!, overloaded, loads };
  const busiest = [...loads].sort(byLoad).find((load) => load.used > 0);
  return { kind: "market-constraint", busiest, overloaded: [], loads };
}
