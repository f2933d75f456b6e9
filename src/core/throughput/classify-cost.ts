/** How throughput accounting classes a cost. */
export type CostClass = "totally-variable-cost" | "operating-expense";

/** What you know about a cost, in the terms of the talk's rule. */
export interface CostDescription {
  readonly name: string;
  /** Does the cost occur because one more unit is sold (and only then)? */
  readonly occursBecauseAUnitIsSold: boolean;
  /** Would the money have been spent had nobody bought anything this period? (advertising, rent: yes) */
  readonly spentEvenWithoutASale?: boolean;
}

/** The class of a cost and the reason, in words a workshop can read. */
export interface CostClassification {
  readonly kind: "cost-classification";
  readonly name: string;
  readonly costClass: CostClass;
  /** Which part of the rule decided, so a report can word the reason in the reader's language. */
  readonly rule: CostRule;
  readonly reason: string;
}

/**
 * The part of the talk's rule that classed a cost: it is caused by the sale (TVC), it would be spent
 * even without a sale (OE), or it is not caused by a sale at all (OE).
 */
export type CostRule = "caused-by-sale" | "spent-anyway" | "not-caused-by-sale";

/**
 * Classes a cost by the talk's rule: a cost is TVC only when it occurs because one more unit is sold;
 * everything else (rent, salaries, advertising, tea and biscuits) is OE.
 *
 * @example
 * classifyCost({ name: "paint", occursBecauseAUnitIsSold: true }).costClass; // "totally-variable-cost"
 * const advertising = { name: "advertising", occursBecauseAUnitIsSold: false, spentEvenWithoutASale: true };
 * classifyCost(advertising).costClass; // "operating-expense"
 */
export function classifyCost(cost: CostDescription): CostClassification {
  if (cost.occursBecauseAUnitIsSold && cost.spentEvenWithoutASale === true)
    return {
      kind: "cost-classification",
      name: cost.name,
      costClass: "operating-expense",
      rule: "spent-anyway",
      reason: `${cost.name} would be spent even if nothing were sold, so it is not caused by a sale: OE`,
    };
  if (cost.occursBecauseAUnitIsSold)
    return {
      kind: "cost-classification",
      name: cost.name,
      costClass: "totally-variable-cost",
      rule: "caused-by-sale",
      reason: `${cost.name} occurs only because one more unit is sold: TVC, it leaves with the sale`,
    };
  return {
    kind: "cost-classification",
    name: cost.name,
    costClass: "operating-expense",
    rule: "not-caused-by-sale",
    reason: `${cost.name} does not occur because one more unit is sold: OE, a cost of running the business`,
  };
}

/**
 * The talk's examples, classed by the rule: what a workshop discusses first.
 *
 * @example
 * TALK_COST_EXAMPLES.find((c) => c.name === "advertising")?.spentEvenWithoutASale; // true
 */
export const TALK_COST_EXAMPLES: readonly CostDescription[] = [
  { name: "materials (paint)", occursBecauseAUnitIsSold: true },
  { name: "stylist's piece rate", occursBecauseAUnitIsSold: true },
  { name: "phone bought for resale", occursBecauseAUnitIsSold: true },
  { name: "manager's bonus per phone sold", occursBecauseAUnitIsSold: true },
  { name: "tax on sales (simplified regime)", occursBecauseAUnitIsSold: true },
  { name: "advertising", occursBecauseAUnitIsSold: false, spentEvenWithoutASale: true },
  { name: "rent", occursBecauseAUnitIsSold: false, spentEvenWithoutASale: true },
  { name: "administrator's salary", occursBecauseAUnitIsSold: false, spentEvenWithoutASale: true },
  { name: "office cleaning, tea and biscuits", occursBecauseAUnitIsSold: false, spentEvenWithoutASale: true },
  { name: "depreciation of the hall", occursBecauseAUnitIsSold: false, spentEvenWithoutASale: true },
];
