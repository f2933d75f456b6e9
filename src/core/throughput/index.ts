export * from "./unit";
export * from "./period";
export * from "./report";
export * from "./break-even";
export * from "./classify-cost";
