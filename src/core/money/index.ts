export * from "./currency";
export * from "./decimal";
export * from "./errors";
export * from "./money";
