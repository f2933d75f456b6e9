/**
 * Constraint analysis: resources and their load, the CCR, the ranking by T per unit of constraint time,
 * the ranking plan ("battle map"), the political mix, the optimal mix (HiGHS), what cost accounting would
 * choose, and TPAR. Pure: models in, plain data out.
 */
export * from "./time";
export * from "./problem";
export * from "./load";
export * from "./constraint";
export * from "./ranking";
export * from "./operating-expense";
export * from "./plan";
export * from "./fill";
export * from "./ranking-mix";
export * from "./political-mix";
export * from "./solver";
export * from "./optimal-mix";
export * from "./cost-accounting";
export * from "./compare-plans";
export * from "./sum";
export * from "./what-if";
export * from "./roles";
