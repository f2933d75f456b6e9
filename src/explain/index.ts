/**
 * What results mean, in sentences computed from them (English and Russian): one builder per result kind,
 * each returning plain data that `show()` renders as paragraphs. Pure and cheap: no I/O, browser-safe.
 */
export * from "./sentence";
export * from "./throughput";
export * from "./constraints";
export * from "./decisions";
export * from "./sales-plan";
export * from "./render";
export * from "./explain";
export * from "./revenue";
export * from "./setups";
