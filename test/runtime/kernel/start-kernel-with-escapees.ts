// Used by escapees.test.ts: starts a kernel whose cell starts processes that leave its process group,
// prints their pids, and waits to be killed.
import { Kernel } from "../../../src/runtime/kernel/kernel";
import { escapeesCell } from "./escapees-cell";

void Kernel.start({ cwd: __dirname }).then(async (kernel) => {
  const result = await kernel.execute(escapeesCell());
  const text = result.outputs.map((o) => ("text" in o ? String(o.text) : "")).join("");
  process.stdout.write(`kernel ${kernel.pid} escapees ${/pids (\S+)/.exec(text)?.[1] ?? "none"}\n`);
  setInterval(() => undefined, 1_000);
});
