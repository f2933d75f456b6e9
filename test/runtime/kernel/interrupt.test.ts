import { describe, expect, it } from "vitest";
import { Kernel } from "../../../src/runtime/kernel/kernel";
import { FIXTURES, KERNEL_TEST_TIMEOUT } from "../helpers";

describe("interrupting a cell", () => {
  it(
    "is not lost when it reaches the kernel before the cell started running",
    async () => {
      const kernel = await Kernel.start({ cwd: FIXTURES });
      try {
        // The interrupt is sent at once, while tslab is still compiling the cell: a single SIGINT is lost
        // there, and the cell would wait its whole minute.
        const running = kernel.execute("const big: number[] = [];\nawait new Promise((r) => setTimeout(r, 60_000));", {
          timeoutMs: 90_000,
        });
        kernel.interrupt();
        const started = Date.now();
        const result = await running;
        expect(result.status).not.toBe("ok");
        expect(Date.now() - started).toBeLessThan(30_000);
      } finally {
        await kernel.shutdown();
      }
    },
    KERNEL_TEST_TIMEOUT,
  );
});
