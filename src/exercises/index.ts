export * from "./types";
export * from "./check";
