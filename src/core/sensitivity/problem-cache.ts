import type { ExactDecimal } from "../money/decimal";
import type { BusinessModel } from "../model/types";
import { mixProblemOf, problemOfColumns, problemWithCapacities, type MixProblem } from "../constraints/problem";
import { minutesOf } from "../constraints/time";

// A what-if moves one input at a time, and `withInput` keeps every untouched list of the model as the
// same array. Reducing a model to its mix problem is most of a plan's cost for large models (exact
// minutes and T for every product), so the last problem made from the same products, usages and demand
// is reused: for an OE change as it is, for a capacity change with only the resources' part redone.
// The result is the problem `mixProblemOf` would make; only the time to make it differs.
interface Entry {
  readonly model: BusinessModel;
  readonly problem: MixProblem;
}
const last = new Map<boolean, Entry>();

/**
 * `mixProblemOf(model, { political })`, reusing the previous call's work when only resources' capacities
 * or OE changed (the common what-if move).
 *
 * @example
 * problemFor(withInput(pq, { kind: "capacity", resourceId: "B" }, 2700), true).resources[1].capacityMinutes; // 2700
 */
export function problemFor(model: BusinessModel, political: boolean): MixProblem {
  const previous = last.get(political);
  const problem = previous ? reuse(previous, model, political) : undefined;
  const made = problem ?? mixProblemOf(model, { political });
  last.set(political, { model, problem: made });
  return made;
}

function reuse(previous: Entry, model: BusinessModel, political: boolean): MixProblem | undefined {
  const old = previous.model;
  if (old.products !== model.products || old.usages !== model.usages || old.demand !== model.demand) return undefined;
  if (old.resources === model.resources) return { ...previous.problem, model };
  const problem = previous.problem;
  if (model.resources.length !== problem.resources.length) return undefined;
  const capacityMinutes: ExactDecimal[] = [];
  for (const [r, resource] of model.resources.entries()) {
    const before = problem.resources[r]!;
    if (resource.id !== before.id || resource.unit !== before.resource.unit) return undefined;
    capacityMinutes.push(
      resource === before.resource ? before.capacityMinutes : minutesOf(resource.capacity, resource.unit),
    );
  }
  // Only capacities moved: the model's columns (T per unit, minutes, demand) stay valid. The products'
  // part of the problem is shared when the capacities fit its time scale; else the problem is made
  // again from the kept columns (a capacity with more decimals, or a demand without limit).
  const columns = { ...problem.columns, capacityMinutes };
  return problemWithCapacities(problem, model, columns) ?? problemOfColumns(model, columns, { political });
}
