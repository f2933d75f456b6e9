export * from "./money";
export * from "./model";
export * from "./throughput";
export * from "./decisions";
export * from "./sales-plan";
export * from "./constraints";
export * from "./result";
export * from "./errors";
