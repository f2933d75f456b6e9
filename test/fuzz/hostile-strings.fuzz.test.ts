import fc from "fast-check";
import { describe, it } from "vitest";
import { fuzzRuns, fuzzTimeout, HOSTILE } from "./helpers";
import { checkHostile, FIELDS } from "./hostile";

const RUNS = 40;

describe("fuzz: hostile strings in every field never reach HTML, a terminal or a chart unescaped", () => {
  it(
    "every field × hostile and random strings",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...FIELDS),
          fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "binary", minLength: 1, maxLength: 30 })),
          async (field, value) => {
            await new Promise((resolve) => setImmediate(resolve));
            await checkHostile(field, value);
          },
        ),
        { numRuns: fuzzRuns(RUNS) },
      );
    },
    fuzzTimeout(RUNS, 1_000),
  );
});
