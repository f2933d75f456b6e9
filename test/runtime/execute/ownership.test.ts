import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { executePrepared, prepareNotebook } from "../../../src/runtime/execute/execute-notebook";
import { Kernel } from "../../../src/runtime/kernel/kernel";
import { liveKernels } from "../../../src/runtime/kernel/reaper";
import { parseNotebook, tagsOf } from "../../../src/runtime/notebook/nbformat";
import { prepareWorkbook } from "../../../src/runtime/workbook";
import { FIXTURES, KERNEL_TEST_TIMEOUT } from "../helpers";

const parsed = parseNotebook(readFileSync(join(FIXTURES, "parameters.ipynb"), "utf8"));
if (!parsed.success) throw new Error("fixture");

describe("one owner per kernel, parameters injected once", () => {
  it("prepares each run once: one injected cell per job, problems before any kernel starts", () => {
    const plan = prepareWorkbook({
      notebooks: [join(FIXTURES, "parameters.ipynb")],
      parameters: { label: "x" },
      grid: [{ capacityHours: 1 }, { capacityHours: 2 }],
    });
    expect(plan.problems).toEqual([]);
    expect(plan.jobs.map((job) => [job.stem, job.comparisonStem, job.parameters])).toEqual([
      ["parameters.run-1", "parameters", { label: "x", capacityHours: 1 }],
      ["parameters.run-2", "parameters", { label: "x", capacityHours: 2 }],
    ]);
    for (const job of plan.jobs) {
      if (!job.prepared.success) throw new Error(job.prepared.message);
      expect(
        job.prepared.prepared.notebook.cells.filter((c) => tagsOf(c).includes("injected-parameters")),
      ).toHaveLength(1);
    }
    const bad = prepareWorkbook({ notebooks: [join(FIXTURES, "parameters.ipynb")], parameters: { capacityHour: 1 } });
    expect(bad.problems).toEqual([expect.stringMatching(/parameters\.ipynb: unknown parameter capacityHour/)]);
  });

  it(
    "leaves a kernel the caller gave it running, and re-runs a prepared notebook from clean outputs",
    async () => {
      const prepared = prepareNotebook(parsed.notebook, { capacityHours: 3 });
      if (!prepared.success) throw new Error(prepared.message);
      const kernel = Kernel.start({ cwd: FIXTURES });
      try {
        const first = await executePrepared(prepared.prepared, { cwd: FIXTURES, kernel });
        expect(first.status).toBe("ok");
        expect((await kernel).alive).toBe(true);
        const second = await executePrepared(prepared.prepared, { cwd: FIXTURES, kernel });
        expect(second.status).toBe("ok");
        // The prepared copy itself stays without outputs.
        expect(prepared.prepared.notebook.cells.every((c) => c.cell_type !== "code" || c.outputs.length === 0)).toBe(
          true,
        );
      } finally {
        await (await kernel).shutdown();
      }
      expect(liveKernels()).toBe(0);
    },
    KERNEL_TEST_TIMEOUT,
  );
});
