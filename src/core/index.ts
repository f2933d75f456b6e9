export * from "./money";
export * from "./model";
