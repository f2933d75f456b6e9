export * from "./types";
export * from "./issues";
export * from "./define-model";
export * from "./limits";
export * from "./quantity";
export * from "./lookup";
