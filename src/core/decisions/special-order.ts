import { ArgumentError } from "../errors";
import { compare, isPositive, multiply, negate, ratio, subtract, sum, zero, type Money } from "../money/money";
import type { ExactDecimal } from "../money/decimal";
import type { BusinessModel } from "../model/types";
import { rankingMix } from "../constraints/ranking-mix";
import type { MixPlan } from "../constraints/plan";

/** An offer to buy at a special price, and what is known of the capacity it needs. */
export interface SpecialOrderInput {
  /** The price offered per unit (the hall: 10). */
  readonly price: Money;
  /** TVC of one more unit (the hall: electricity 0.17, called ≈ 1). */
  readonly tvcPerUnit: Money;
  /** Units ordered; default 1. */
  readonly quantity?: number;
  /** The usual market price, to say how deep the discount is (the hall: 50). */
  readonly marketPrice?: Money;
  /** Capacity each unit of the order takes (hours of the hall); default 1. */
  readonly capacityPerUnit?: number;
  /**
   * Capacity that would otherwise stand idle this period, in the same unit. With `model` it may be left
   * out: it is then the spare time of `resourceId` in the model's ranking plan.
   */
  readonly idleCapacity?: number;
  /** Whether this period's OE is already covered by regular sales (the talk's premise). */
  readonly operatingExpenseCovered?: boolean;
  /**
   * The business the order would join. When the order needs more than the idle capacity, the mix is
   * re-planned with the order in it, and the order is judged by its T minus the T of the sales it pushes out.
   */
  readonly model?: BusinessModel;
  /** The resource whose time the order takes (its `capacityPerUnit` is in that resource's unit); default: the model's only or first resource. */
  readonly resourceId?: string;
  /** A name for the order in the re-planned mix; default "Special order". */
  readonly name?: string;
}

/** A sale the special order pushes out of the mix (or, rarely, one the re-planned mix sells more of). */
export interface DisplacedSale {
  readonly productId: string;
  readonly name: string;
  /** Units the re-planned mix sells less (negative) or more (positive) than the plan without the order. */
  readonly quantity: number;
  /** The T of those units: negative for a sale pushed out. */
  readonly throughput: Money;
}

/** What re-planning the mix with the order in it shows. */
export interface SpecialOrderDisplacement {
  /** The resource the order competes for. */
  readonly resourceId: string;
  /** The model's ranking plan without the order. */
  readonly before: MixPlan;
  /** The ranking plan with the whole order placed first (as a political minimum). */
  readonly after: MixPlan;
  /** T of the order itself: (price − TVC) × quantity. */
  readonly orderThroughput: Money;
  /** T of the sales the order pushes out, net of any it lets the mix sell more of (≥ 0 when it displaces). */
  readonly displacedThroughput: Money;
  /** Every regular sale whose quantity changes, in the plan's line order. */
  readonly displaced: readonly DisplacedSale[];
}

/** The verdict on a special order, with every reason in words. */
export interface SpecialOrderEvaluation {
  readonly kind: "special-order-evaluation";
  readonly accept: boolean;
  /** The price offered per unit. */
  readonly price: Money;
  /** TVC of one unit of the order. */
  readonly tvcPerUnit: Money;
  readonly quantity: number;
  readonly deltaThroughput: Money;
  /** OE does not change: staff are on salary and depreciation runs anyway. */
  readonly deltaOperatingExpense: Money;
  readonly deltaNetProfit: Money;
  readonly throughputPerUnit: Money;
  /** market price / price: 5 for 10 against 50. Absent without a market price. */
  readonly discountFactor?: ExactDecimal;
  readonly capacityNeeded: number;
  readonly idleCapacity: number;
  /**
   * Present when the order needs more than the idle capacity and a model was given: the re-planned mix,
   * what the order pushes out, and ΔT = the order's T − the T pushed out.
   */
  readonly displacement?: SpecialOrderDisplacement;
  readonly reasons: readonly string[];
}

/**
 * Judges a special price the throughput way: ΔT = (price − TVC) × quantity goes straight to NP, provided
 * the capacity would otherwise stand idle and the price covers TVC. When the order needs more than the
 * idle capacity and `model` is given, the mix is re-planned with the order in it (placed first, in full)
 * and ΔT is the order's T minus the T of the regular sales it pushes out, which are listed; without a
 * model such an order is refused, since what it displaces is unknown.
 *
 * @example
 * const hall = evaluateSpecialOrder({ price: money(10), tvcPerUnit: money(1), marketPrice: money(50), idleCapacity: 5 });
 * hall.accept;          // true
 * hall.deltaNetProfit;  // 9 RUB
 * evaluateSpecialOrder({ price: money(10), tvcPerUnit: money(1), idleCapacity: 0 }).accept; // false: not idle
 * const fullHall = defineModel({ ...loadModel("data/hall-rental"), demand: [{ productId: "hall-evening", quantity: 90 }] });
 * const order = { price: money(30), tvcPerUnit: money(1), capacityPerUnit: 4, quantity: 30 }; // 30 evenings of 4 h
 * const busy = evaluateSpecialOrder({ ...order, model: fullHall });
 * busy.displacement?.displaced; // [{ productId: "hall-evening", quantity: -30, throughput: -1470 RUB, ... }]
 * busy.deltaThroughput;         // -600 RUB: the order's T 870 − the T 1470 of the evenings it pushes out
 */
export function evaluateSpecialOrder(input: SpecialOrderInput): SpecialOrderEvaluation {
  const quantity = input.quantity ?? 1;
  if (!Number.isFinite(quantity) || quantity <= 0)
    throw new ArgumentError("out_of_range", quantity, `quantity must be a number > 0, got ${quantity}`);
  const capacityPerUnit = input.capacityPerUnit ?? 1;
  const capacityNeeded = quantity * capacityPerUnit;
  const perUnit = subtract(input.price, input.tvcPerUnit);
  const deltaThroughput = multiply(perUnit, quantity);
  const currency = input.price.currency;
  const resourceId = input.model === undefined ? undefined : orderResource(input.model, input.resourceId);
  const before =
    input.model === undefined ? undefined : rankingMix(input.model, resourceId === undefined ? {} : { resourceId });
  const idleCapacity =
    input.idleCapacity ?? (before && before.resources.find((load) => load.resourceId === resourceId)?.spare);
  if (idleCapacity === undefined)
    throw new ArgumentError(
      "out_of_range",
      idleCapacity,
      "give the idle capacity, or the model whose spare capacity it is",
    );
  const reasons: string[] = [];
  let accept = true;
  if (!isPositive(perUnit)) {
    accept = false;
    reasons.push(
      `the price ${input.price.amount} does not cover TVC ${input.tvcPerUnit.amount}: every unit loses ${perUnit.amount.negated()}`,
    );
  } else {
    reasons.push(`each unit brings T = ${input.price.amount} − ${input.tvcPerUnit.amount} = ${perUnit.amount}`);
  }
  let displacement: SpecialOrderDisplacement | undefined;
  let orderDeltaThroughput = deltaThroughput;
  if (capacityNeeded > idleCapacity) {
    if (input.model !== undefined && before !== undefined && resourceId !== undefined && isPositive(perUnit)) {
      displacement = replan(input, input.model, resourceId, before, quantity, capacityPerUnit, deltaThroughput);
      orderDeltaThroughput = subtract(deltaThroughput, displacement.displacedThroughput);
      if (!displacement.after.feasible) {
        accept = false;
        reasons.push(
          `the order needs ${capacityNeeded} of capacity: it does not fit even with every other sale pushed out`,
        );
      } else {
        accept = isPositive(orderDeltaThroughput);
        reasons.push(
          `the order needs ${capacityNeeded} of capacity but only ${idleCapacity} is idle: it pushes out ${
            displacement.displaced
              .filter((sale) => sale.quantity < 0)
              .map((sale) => `${-sale.quantity} × ${sale.name}`)
              .join(", ") || "no sale"
          }, whose T is ${displacement.displacedThroughput.amount}`,
          `ΔT = ${deltaThroughput.amount} − ${displacement.displacedThroughput.amount} = ` +
            `${orderDeltaThroughput.amount}: ${accept ? "the order still adds throughput" : "the order adds no throughput"}`,
        );
      }
    } else {
      accept = false;
      reasons.push(
        `the order needs ${capacityNeeded} of capacity but only ${idleCapacity} is idle: ` +
          `it would push out sales at the full price, so judge it against the T they bring`,
      );
    }
  } else {
    reasons.push(
      `the capacity it needs (${capacityNeeded}) would otherwise stand idle (${idleCapacity} free), so nothing is displaced`,
    );
  }
  if (accept)
    reasons.push(
      input.operatingExpenseCovered === false
        ? `OE does not change, so ΔNP = ΔT = ${orderDeltaThroughput.amount}; this period's OE is not covered yet, and the order helps cover it`
        : `OE does not change and is already covered, so ΔT = ${orderDeltaThroughput.amount} goes straight to net profit`,
    );
  const discountFactor =
    input.marketPrice !== undefined && isPositive(input.price) ? ratio(input.marketPrice, input.price) : undefined;
  if (accept && input.marketPrice !== undefined && compare(input.price, input.marketPrice) < 0)
    reasons.push(
      "politics still matter: regular clients may ask for the same price, so keep the offer apart (off-peak, a one-off, charity)",
    );
  // A re-planned order reports its true ΔT, even when negative: that is the answer to "what would it cost?".
  const reported =
    displacement !== undefined && displacement.after.feasible
      ? orderDeltaThroughput
      : accept
        ? deltaThroughput
        : zero(currency);
  return {
    kind: "special-order-evaluation",
    accept,
    price: input.price,
    tvcPerUnit: input.tvcPerUnit,
    quantity,
    deltaThroughput: reported,
    deltaOperatingExpense: zero(currency),
    deltaNetProfit: reported,
    throughputPerUnit: perUnit,
    ...(discountFactor === undefined ? {} : { discountFactor }),
    capacityNeeded,
    idleCapacity,
    ...(displacement === undefined ? {} : { displacement }),
    reasons,
  };
}

function orderResource(model: BusinessModel, resourceId: string | undefined): string | undefined {
  if (resourceId !== undefined) {
    if (!model.resources.some((resource) => resource.id === resourceId))
      throw new ArgumentError(
        "unknown_resource",
        resourceId,
        `no resource "${resourceId}" in the model (it has: ${model.resources.map((r) => r.id).join(", ") || "none"})`,
      );
    return resourceId;
  }
  return model.resources[0]?.id;
}

// The order joins the mix as one more product whose whole quantity is a political minimum: it is
// accepted in full or not at all, and the rest of the mix is re-filled by the ranking around it.
function replan(
  input: SpecialOrderInput,
  model: BusinessModel,
  resourceId: string,
  before: MixPlan,
  quantity: number,
  capacityPerUnit: number,
  orderThroughput: Money,
): SpecialOrderDisplacement {
  const resource = model.resources.find((r) => r.id === resourceId)!;
  let id = "special-order";
  for (let n = 2; model.products.some((product) => product.id === id); n++) id = `special-order-${n}`;
  const withOrder: BusinessModel = {
    ...model,
    products: [
      ...model.products,
      {
        id,
        name: input.name ?? "Special order",
        type: "service",
        price: input.price,
        tvc: [{ kind: "other", name: "TVC of the order", basis: "per-unit", amount: input.tvcPerUnit }],
        wholeUnits: Number.isInteger(quantity),
      },
    ],
    usages: [...model.usages, { productId: id, resourceId, timePerUnit: capacityPerUnit, unit: resource.unit }],
    demand: [...model.demand, { productId: id, quantity, minimum: quantity }],
  };
  const after = rankingMix(withOrder, { resourceId });
  const beforeById = new Map(before.lines.map((line) => [line.productId, line]));
  const displaced: DisplacedSale[] = after.lines.flatMap((line) => {
    if (line.productId === id) return [];
    const change = line.quantity - (beforeById.get(line.productId)?.quantity ?? 0);
    return change === 0
      ? []
      : [
          {
            productId: line.productId,
            name: line.name,
            quantity: change,
            throughput: multiply(line.throughputPerUnit, change),
          },
        ];
  });
  return {
    resourceId,
    before,
    after,
    orderThroughput,
    displacedThroughput: negate(
      sum(
        displaced.map((sale) => sale.throughput),
        input.price.currency,
      ),
    ),
    displaced,
  };
}
