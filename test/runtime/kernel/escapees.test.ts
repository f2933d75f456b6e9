import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Kernel } from "../../../src/runtime/kernel/kernel";
import { KERNEL_TOKEN_VARIABLE, sweepKernelProcesses } from "../../../src/runtime/kernel/reaper";
import { eventually, FIXTURES, KERNEL_TEST_TIMEOUT, processGone } from "../helpers";
import { escapeesCell } from "./escapees-cell";

const T = KERNEL_TEST_TIMEOUT;
const linux = process.platform === "linux";

function pidsOf(text: string): number[] {
  const match = /pids (\S+)/.exec(text);
  return match
    ? match[1]!
        .split(",")
        .map(Number)
        .filter((pid) => pid > 0)
    : [];
}

describe.skipIf(!linux)("processes a notebook starts do not outlive its kernel", () => {
  it("sweeps a detached process carrying the token, and leaves one without it alone", async () => {
    const token = `test-${process.pid}-${Date.now()}`;
    const marked = spawn("sleep", ["303"], {
      detached: true,
      stdio: "ignore",
      env: { ...process.env, [KERNEL_TOKEN_VARIABLE]: token },
    });
    const unmarked = spawn("sleep", ["304"], { detached: true, stdio: "ignore" });
    try {
      await eventually(() => !processGone(marked.pid), 2_000);
      expect(sweepKernelProcesses(token)).toEqual([marked.pid]);
      expect(await eventually(() => processGone(marked.pid), 5_000)).toBe(true);
      expect(processGone(unmarked.pid)).toBe(false);
    } finally {
      unmarked.kill("SIGKILL");
      marked.kill("SIGKILL");
    }
  });

  it(
    "ends detached, setsid and double-forked children when the kernel shuts down",
    async () => {
      const kernel = await Kernel.start({ cwd: FIXTURES });
      let pids: number[];
      try {
        const result = await kernel.execute(escapeesCell(), { timeoutMs: 30_000 });
        expect(result.status).toBe("ok");
        pids = pidsOf(result.outputs.map((o) => ("text" in o ? String(o.text) : "")).join(""));
        expect(pids.length).toBeGreaterThanOrEqual(3);
        for (const pid of pids) expect(processGone(pid)).toBe(false);
      } finally {
        await kernel.shutdown();
      }
      for (const pid of pids) expect(await eventually(() => processGone(pid), 10_000), `pid ${pid}`).toBe(true);
    },
    T,
  );

  it(
    "ends them through the stdin guard when the runner is killed outright (SIGKILL)",
    async () => {
      const viteNode = join(__dirname, "..", "..", "..", "node_modules", ".bin", "vite-node");
      const runner = spawn(viteNode, [join(__dirname, "start-kernel-with-escapees.ts")], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      const [kernelPid, pids] = await new Promise<[number, number[]]>((resolve, reject) => {
        let out = "";
        runner.stdout!.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /kernel (\d+) escapees (\S+)\n/.exec(out);
          if (m) resolve([Number(m[1]), pidsOf(`pids ${m[2]}`)]);
        });
        runner.on("exit", () => reject(new Error(`runner exited early: ${out}`)));
      });
      expect(pids.length).toBeGreaterThanOrEqual(3);
      runner.kill("SIGKILL");
      expect(await eventually(() => processGone(kernelPid), 15_000)).toBe(true);
      for (const pid of pids) expect(await eventually(() => processGone(pid), 10_000), `pid ${pid}`).toBe(true);
    },
    T,
  );
});
