import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { throughputReport } from "../../src/core";
import { safeLoadModel } from "../../src/load";
import { fuzzRuns, fuzzTimeout, modelFiles, withFolder } from "./helpers";
import { FILES_OF, loadsOrRefusesClearly, mutate, mutationOf, type Mutation } from "./mutations";

const RUNS = 60;

describe("fuzz: mutated model folders load with finite exact results, or are refused clearly", () => {
  for (const folder of ["salon", "pq"] as const) {
    it(
      `${folder}: value, column, encoding, line-end and separator mutations`,
      async () => {
        // Async, yielding between cases: a long synchronous search would starve vitest's worker messages.
        await fc.assert(
          fc.asyncProperty(
            fc.array(mutationOf(FILES_OF[folder]), { minLength: 1, maxLength: 3 }),
            async (mutations) => {
              await new Promise((resolve) => setImmediate(resolve));
              loadsOrRefusesClearly(folder, mutations);
            },
          ),
          { numRuns: fuzzRuns(RUNS) },
        );
      },
      fuzzTimeout(RUNS, 200),
    );
  }

  it(
    "edits that change nothing change nothing: line ends, a BOM, the separator",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...FILES_OF.salon),
          fc.constantFrom<Mutation["kind"]>("line-end", "encoding", "separator"),
          fc.constantFrom("crlf", "crlf-some", "no-final"),
          fc.constantFrom<";" | "\t">(";", "\t"),
          async (file, kind, lineEnd, separator) => {
            await new Promise((resolve) => setImmediate(resolve));
            const mutation: Mutation =
              kind === "line-end"
                ? { kind, file, action: lineEnd as "crlf" }
                : kind === "encoding"
                  ? { kind, file, action: "utf8-bom" }
                  : { kind: "separator", file, separator };
            const load = (files: Record<string, string | Uint8Array>) => withFolder(files, (dir) => safeLoadModel(dir));
            const before = load(modelFiles("salon"));
            const after = load(mutate(modelFiles("salon"), [mutation]));
            expect(before.success && after.success).toBe(true);
            if (before.success && after.success)
              expect(JSON.stringify(throughputReport(after.model))).toBe(
                JSON.stringify(throughputReport(before.model)),
              );
          },
        ),
        { numRuns: fuzzRuns(20) },
      );
    },
    fuzzTimeout(20, 300),
  );
});
