import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";

/**
 * The environment variable that marks every process a kernel starts. Each kernel gets a fresh token;
 * children inherit it, also those started with `detached: true`, `setsid` or a double fork, which leave
 * the kernel's process group and are re-parented to init, so a sweep finds them by it (see
 * {@link sweepKernelProcesses}).
 */
export const KERNEL_TOKEN_VARIABLE = "THROUGHPUT_ACCOUNTING_KERNEL_RUN";

/** What the exit hook needs to end a kernel and leave nothing of it: its token and its temporary folder. */
export interface KernelTraces {
  /** The value of {@link KERNEL_TOKEN_VARIABLE} in the kernel's environment. */
  readonly token?: string;
  /** The kernel's `/tmp/ta-kernel-*` folder (connection file with the key, guard script). */
  readonly dir?: string;
}

/** Kernels started by this process and not yet exited. */
const live = new Map<ChildProcess, KernelTraces>();
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
 * Remembers a kernel so that it is killed, with what it started, and its temporary folder removed when
 * this process exits by any path that still runs JavaScript ("exit" runs on process.exit, a second
 * Ctrl-C, normal end and after uncaught exceptions). A SIGKILL of
 * this process is covered by the kernel's stdin guard instead.
 */
export function track(child: ChildProcess, traces: KernelTraces = {}): void {
  live.set(child, traces);
  if (!hooked) {
    hooked = true;
    process.on("exit", () => {
      for (const [c, t] of live) {
        killGroup(c, "SIGKILL");
        if (t.token !== undefined) sweepKernelProcesses(t.token, c.pid);
        // A second Ctrl-C exits at once: the kernel, killed above, cannot remove its folder itself.
        if (t.dir !== undefined) rmSync(t.dir, { recursive: true, force: true });
      }
    });
  }
}

/**
 * Kills every process a kernel started that is still running, wherever it went: the descendants of
 * `rootPid` (while they are still attached to it) and every process whose environment carries the
 * kernel's token (those that left the process group with `detached: true` or `setsid` and were
 * re-parented). Linux only (it reads /proc); elsewhere the process-group kill is all there is. Returns
 * the pids it signalled. Synchronous, so it also runs in an "exit" hook.
 *
 * What it cannot catch: a process that clears its own environment *and* leaves the tree (only a cgroup
 * could hold it, which a user-level runner cannot create portably).
 *
 * @example
 * sweepKernelProcesses(token, kernel.pid); // [4711, 4712]: a detached `sleep` and its child
 */
export function sweepKernelProcesses(token: string, rootPid?: number, signal: NodeJS.Signals = "SIGKILL"): number[] {
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  const needle = `${KERNEL_TOKEN_VARIABLE}=${token}`;
  const parents = new Map<number, number>();
  const marked = new Set<number>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (pid === process.pid) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ")".
      const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
      parents.set(pid, Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
      if (readFileSync(`/proc/${pid}/environ`, "latin1").split("\0").includes(needle)) marked.add(pid);
    } catch {
      // Gone meanwhile, or another user's process (its environ is not readable): not ours.
    }
  }
  if (rootPid !== undefined) {
    const children = new Map<number, number[]>();
    for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    const stack = [...(children.get(rootPid) ?? [])];
    while (stack.length > 0) {
      const pid = stack.pop()!;
      if (marked.has(pid) || pid === process.pid) continue;
      marked.add(pid);
      stack.push(...(children.get(pid) ?? []));
    }
  }
  // Never this process or one of its ancestors, whatever their environment says.
  for (let pid: number | undefined = process.pid; pid !== undefined && pid > 1; pid = parents.get(pid))
    marked.delete(pid);
  const signalled: number[] = [];
  for (const pid of marked) {
    try {
      process.kill(pid, signal);
      signalled.push(pid);
    } catch {
      // Exited between the scan and the signal.
    }
  }
  return signalled;
}

/** Forgets a kernel that has exited. */
export function untrack(child: ChildProcess): void {
  live.delete(child);
}

/** How many kernels this process has running (tests assert it returns to 0). */
export function liveKernels(): number {
  return live.size;
}
