export * from "./types";
export * from "./check";
export * from "./catalogue";
