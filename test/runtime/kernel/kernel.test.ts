import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Kernel } from "../../../src/runtime/kernel/kernel";
import { liveKernels } from "../../../src/runtime/kernel/reaper";
import { eventually, FIXTURES, KERNEL_TEST_TIMEOUT, processGone } from "../helpers";

const T = KERNEL_TEST_TIMEOUT;
// tslab aborts requests that arrive within 200 ms of a failure; tests that go on after one wait it out.
const afterFailure = () => new Promise((r) => setTimeout(r, 300));

describe("a tslab kernel over ZeroMQ", () => {
  let kernel: Kernel;
  beforeAll(async () => {
    kernel = await Kernel.start({ cwd: FIXTURES });
  }, T);
  afterAll(async () => {
    await kernel?.shutdown();
  }, T);

  it(
    "runs cells, keeps state between them and collects stream and display outputs",
    async () => {
      expect(await kernel.ping()).toBe(true);
      const first = await kernel.execute("let x = 40;\nconsole.log('start');");
      expect(first).toMatchObject({
        status: "ok",
        outputs: [{ output_type: "stream", name: "stdout", text: "start\n" }],
      });
      const second = await kernel.execute(
        'import * as tslab from "tslab";\ntslab.display.html("<b>" + (x + 2) + "</b>");',
      );
      expect(second.status).toBe("ok");
      expect(second.outputs).toEqual([
        { output_type: "display_data", data: { "text/html": "<b>42</b>" }, metadata: {} },
      ]);
      expect(second.executionCount).toBe((first.executionCount ?? 0) + 1);
    },
    T,
  );

  it(
    "reports a cell that throws as an error with tslab's stderr",
    async () => {
      const result = await kernel.execute("const a = 1;\nthrow new Error('boom in a cell')");
      expect(result.status).toBe("error");
      expect(result.outputs).toEqual([
        expect.objectContaining({
          output_type: "stream",
          name: "stderr",
          text: expect.stringContaining("Error: boom in a cell"),
        }),
      ]);
      await afterFailure();
    },
    T,
  );

  it(
    "reports a type error as an error, and the cell does not run",
    async () => {
      const result = await kernel.execute("const n: number = 'five';\nconsole.log('ran anyway')");
      expect(result.status).toBe("error");
      expect(result.outputs).toEqual([
        { output_type: "stream", name: "stderr", text: "1:7 - Type 'string' is not assignable to type 'number'.\n" },
      ]);
      await afterFailure();
    },
    T,
  );

  it(
    "interrupts a cell that runs past its timeout and keeps the kernel usable",
    async () => {
      const started = Date.now();
      const result = await kernel.execute("while (true) {}", { timeoutMs: 1_500 });
      expect(result.status).toBe("timeout");
      expect(result.detail).toBe("the cell ran longer than 1.5 s and was interrupted");
      expect(Date.now() - started).toBeLessThan(10_000);
      await afterFailure();
      expect(await kernel.execute("x")).toMatchObject({
        status: "ok",
        outputs: [{ output_type: "stream", name: "stdout", text: "40\n" }],
      });
    },
    T,
  );

  it(
    "interrupts an awaited promise that never settles",
    async () => {
      const result = await kernel.execute("await new Promise(() => {});", { timeoutMs: 1_000 });
      expect(result.status).toBe("timeout");
      await afterFailure();
    },
    T,
  );
});

describe("kernel failures", () => {
  it(
    "detects a kernel killed during a cell, and never runs another cell on it",
    async () => {
      const kernel = await Kernel.start({ cwd: FIXTURES });
      setTimeout(() => process.kill(kernel.pid!, "SIGKILL"), 500);
      const result = await kernel.execute("await new Promise((r) => setTimeout(r, 30_000));", { timeoutMs: 60_000 });
      expect(result.status).toBe("dead");
      expect(result.detail).toBe("the kernel died during the cell (killed by SIGKILL)");
      expect(kernel.alive).toBe(false);
      expect(await kernel.execute("1")).toMatchObject({
        status: "dead",
        detail: "the kernel is not running (killed by SIGKILL)",
      });
      await kernel.shutdown();
    },
    T,
  );

  it(
    "detects a cell that ends the kernel process itself",
    async () => {
      const kernel = await Kernel.start({ cwd: FIXTURES });
      const result = await kernel.execute("process.exit(3)");
      expect(result).toMatchObject({ status: "dead", detail: "the kernel died during the cell (exit code 3)" });
      await kernel.shutdown();
    },
    T,
  );

  it(
    "declares a kernel that stops answering its heartbeat dead, and kills it",
    async () => {
      const kernel = await Kernel.start({ cwd: FIXTURES });
      process.kill(kernel.pid!, "SIGSTOP");
      const result = await kernel.execute("1", { heartbeatTimeoutMs: 1_000 });
      expect(result).toMatchObject({
        status: "dead",
        detail: "the kernel stopped answering its heartbeat and was killed",
      });
      await kernel.exited;
      expect(processGone(kernel.pid)).toBe(true);
    },
    T,
  );

  it(
    "kills a kernel that does not stop on interrupt after the grace period",
    async () => {
      const kernel = await Kernel.start({ cwd: FIXTURES });
      const pending = kernel.execute("await new Promise((r) => setTimeout(r, 30_000));", {
        timeoutMs: 1_500,
        interruptGraceMs: 1_000,
      });
      // A stopped process cannot act on SIGINT: the runner must fall back to killing it.
      setTimeout(() => process.kill(kernel.pid!, "SIGSTOP"), 300);
      const result = await pending;
      expect(result).toMatchObject({
        status: "timeout",
        detail: "the cell ran longer than 1.5 s; the kernel did not stop on interrupt and was killed",
      });
      await kernel.exited;
      expect(processGone(kernel.pid)).toBe(true);
    },
    T,
  );

  it(
    "reports a kernel that cannot start, with its log, and leaves nothing running",
    async () => {
      const failing = Kernel.start({
        cwd: FIXTURES,
        argv: () => [process.execPath, "-e", "console.error('no kernel here'); process.exit(7)"],
      });
      await expect(failing).rejects.toThrow(/exited during startup \(exit code 7\)[\s\S]*no kernel here/);
    },
    T,
  );

  it(
    "times out a kernel that never answers",
    async () => {
      const silent = Kernel.start({
        cwd: FIXTURES,
        startupTimeoutMs: 1_500,
        argv: () => [process.execPath, "-e", "setTimeout(() => {}, 60_000)"],
      });
      await expect(silent).rejects.toThrow("did not answer within 1500 ms");
    },
    T,
  );
});

describe("no kernel process is left behind", () => {
  it(
    "shuts down gracefully, removing the connection file",
    async () => {
      const kernel = await Kernel.start({ cwd: FIXTURES });
      const pid = kernel.pid;
      expect(existsSync(kernel.connectionFile)).toBe(true);
      const exit = await kernel.shutdown();
      expect(exit).toEqual({ code: 0, signal: null });
      expect(processGone(pid)).toBe(true);
      expect(existsSync(kernel.connectionFile)).toBe(false);
    },
    T,
  );

  it(
    "kills the kernel when the runner process is killed outright (SIGKILL), through the stdin guard",
    async () => {
      const viteNode = join(__dirname, "..", "..", "..", "node_modules", ".bin", "vite-node");
      const script = join(__dirname, "start-kernel-and-wait.ts");
      const runner = spawn(viteNode, [script], { stdio: ["ignore", "pipe", "inherit"] });
      const [pid, connectionFile] = await new Promise<[number, string]>((resolve, reject) => {
        let out = "";
        runner.stdout!.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /kernel (\d+) (\S+)\n/.exec(out);
          if (m?.[2] !== undefined) resolve([Number(m[1]), m[2]]);
        });
        runner.on("exit", () => reject(new Error(`runner exited early: ${out}`)));
      });
      expect(processGone(pid)).toBe(false);
      expect(existsSync(connectionFile)).toBe(true);
      runner.kill("SIGKILL");
      expect(await eventually(() => processGone(pid), 15_000)).toBe(true);
      expect(await eventually(() => !existsSync(connectionFile), 5_000)).toBe(true);
    },
    T,
  );

  it("tracks no live kernel after all of the above", () => {
    expect(liveKernels()).toBe(0);
  });
});
