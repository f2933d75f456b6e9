/**
 * throughput-accounting: management accounting by the Theory of Constraints.
 * The core (money, model, T / OE / NP, decisions, constraints) is pure; loading and display sit at the edges.
 */
export * from "./core";
export * from "./load";
export * from "./display";
export * from "./charts";
export * from "./i18n";
export * from "./exercises";
export * from "./explain";
export * from "./export";
