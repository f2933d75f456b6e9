import type { ChildProcess } from "node:child_process";

/** Kernels started by this process and not yet exited. */
const live = new Set<ChildProcess>();
let hooked = false;

/**
 * Sends `signal` to a kernel's whole process group (it was spawned detached, so it leads one),
 * which also reaches anything the notebook code started. Falls back to the process alone on Windows.
 *
 * @example
 * killGroup(child, "SIGKILL")
 */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === "win32") child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // ESRCH: nothing left in the group.
  }
}

/**
 * Remembers a kernel so that it is killed when this process exits by any path that still runs
 * JavaScript ("exit" runs on process.exit, normal end and after uncaught exceptions). A SIGKILL of
 * this process is covered by the kernel's stdin guard instead.
 */
export function track(child: ChildProcess): void {
  live.add(child);
  if (!hooked) {
    hooked = true;
    process.on("exit", () => {
      for (const c of live) killGroup(c, "SIGKILL");
    });
  }
}

/** Forgets a kernel that has exited. */
export function untrack(child: ChildProcess): void {
  live.delete(child);
}

/** How many kernels this process has running (tests assert it returns to 0). */
export function liveKernels(): number {
  return live.size;
}
