export * from "./revenue-plan";
export * from "./pay-schemes";
export { breakEvenThroughput as requiredThroughput } from "../throughput/break-even";
