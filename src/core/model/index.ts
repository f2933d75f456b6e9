export * from "./types";
export * from "./issues";
export * from "./define-model";
export * from "./lookup";
