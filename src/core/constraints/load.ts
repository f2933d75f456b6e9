import type { BusinessModel, TimeUnit } from "../model/types";
import { mixProblemOf, type MixProblem } from "./problem";
import { usedMinutesOf } from "./sum";
import { fromMinutes } from "./time";

/** How much of one resource a set of quantities takes, against its capacity. */
export interface ResourceLoad {
  readonly kind: "resource-load";
  readonly resourceId: string;
  readonly name: string;
  /** The unit of `capacity`, `used` and `spare` (the resource's own). */
  readonly unit: TimeUnit;
  /** Time available per period. */
  readonly capacity: number;
  /** Time the quantities need. */
  readonly used: number;
  /** capacity − used (negative when overloaded). */
  readonly spare: number;
  /** used ÷ capacity: 0.92 is 92 %; Infinity when a resource with no capacity is needed. */
  readonly utilisation: number;
  /** True when the quantities need more time than the resource has (compared exactly, in minutes). */
  readonly overloaded: boolean;
}

/**
 * The load of every resource for given quantities (product index → units), compared exactly in minutes.
 * Shared by the utilisation report and every plan; `usedMinutes` may pass minutes already summed.
 *
 * @example
 * loadsOf(mixProblemOf(pq), [100, 30]).map((load) => load.used); // [1800, 2400, 1650, 1650]
 */
export function loadsOf(
  problem: MixProblem,
  quantities: ArrayLike<number>,
  usedMinutes = usedMinutesOf(problem, quantities),
): ResourceLoad[] {
  return problem.resources.map((resource, r) => {
    const minutes = usedMinutes[r]!;
    const unit = resource.resource.unit;
    const used = fromMinutes(minutes, unit).toNumber();
    const capacity = resource.resource.capacity;
    return {
      kind: "resource-load",
      resourceId: resource.id,
      name: resource.name,
      unit,
      capacity,
      used,
      spare: fromMinutes(resource.capacityMinutes.minus(minutes), unit).toNumber(),
      utilisation: resource.capacityMinutes.isZero()
        ? minutes.isZero()
          ? 0
          : Infinity
        : minutes.dividedBy(resource.capacityMinutes).toNumber(),
      overloaded: minutes.greaterThan(resource.capacityMinutes),
    };
  });
}

/**
 * The load and utilisation of every resource if the whole market demand were sold (products without a
 * demand row count as zero; a product without a demand limit overloads every resource it uses). Utilisation above 1 marks an overloaded resource: a constraint.
 *
 * @example
 * resourceLoads(pq);
 * // [{ resourceId: "A", capacity: 2400, used: 2000, utilisation: 0.833…, overloaded: false, ... },
 * //  { resourceId: "B", capacity: 2400, used: 3000, utilisation: 1.25, overloaded: true, ... }, ...]
 */
export function resourceLoads(model: BusinessModel): ResourceLoad[] {
  return loadsAtFullDemand(mixProblemOf(model, { political: false }));
}

/**
 * {@link resourceLoads} of a problem already built.
 *
 * @example
 * loadsAtFullDemand(mixProblemOf(pq))[1].utilisation; // 1.25: B is overloaded
 */
export function loadsAtFullDemand(problem: MixProblem): ResourceLoad[] {
  return loadsOf(problem, fullDemandQuantities(problem));
}

/**
 * The quantities "at full demand": each product's demand, 0 without a demand row, and for a product without
 * a demand limit its plan bound (see MixProduct.upper), which overloads every resource it uses.
 *
 * @example
 * Array.from(fullDemandQuantities(mixProblemOf(pq))); // [100, 50]
 */
export function fullDemandQuantities(problem: MixProblem): Float64Array {
  return problem.demandOf.map((demand, p) =>
    Number.isNaN(demand) ? 0 : demand === Infinity ? problem.upperOf[p]! : demand,
  );
}
