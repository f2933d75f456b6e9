export * from "./compare-scenarios";
export * from "./project-decision";
export * from "./special-order";
export * from "./advertising-channel";
