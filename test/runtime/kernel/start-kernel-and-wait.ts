// Used by kernel.test.ts: starts a kernel, prints its pid and waits to be killed.
import { Kernel } from "../../../src/runtime/kernel/kernel";

Kernel.start({ cwd: __dirname }).then((kernel) => {
  process.stdout.write(`kernel ${kernel.pid} ${kernel.connectionFile}\n`);
  setInterval(() => undefined, 1_000);
});
