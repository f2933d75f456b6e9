import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as zmq from "zeromq";
import { makeMessage, parentId, type Message } from "../protocol/message";
import { decode, encode } from "../protocol/wire";
import { applyIopub, emptyOutputs, type OutputState } from "../notebook/outputs";
import type { Output } from "../notebook/nbformat";
import { channelAddress, newConnectionInfo, type ConnectionInfo } from "./connection";
import { GUARD_SCRIPT } from "./guard";
import { KERNEL_TOKEN_VARIABLE, killGroup, sweepKernelProcesses, track, untrack } from "./reaper";
import { sendQueue } from "./send-queue";
import { kernelArgv } from "./tslab-path";

/** How a kernel is started. */
export interface KernelOptions {
  /** The kernel's working directory: tslab compiles cells with this folder as rootDir (Jupyter uses the notebook's folder). */
  cwd: string;
  /** How long the kernel may take to answer its first kernel_info_request. Default 60 s (tslab loads TypeScript first). */
  startupTimeoutMs?: number | undefined;
  env?: NodeJS.ProcessEnv | undefined;
  /** Builds the kernel's command line from the connection file; defaults to the project's tslab. */
  argv?: ((connectionFile: string) => string[]) | undefined;
}

/**
 * How a cell ended. `error` and `abort` come from the kernel's execute_reply; `timeout` means the
 * runner gave up waiting (and interrupted the kernel); `dead` means the kernel process is gone or
 * stopped answering its heartbeat.
 */
export type ExecuteStatus = "ok" | "error" | "abort" | "timeout" | "dead";

export interface ExecuteResult {
  status: ExecuteStatus;
  outputs: Output[];
  executionCount: number | null;
  /** ISO times, as nbclient records them in cell metadata. */
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Why the runner, not the kernel, ended the cell (timeouts, a dead kernel). */
  detail?: string;
  /** Set when the cell printed more than `maxOutputChars`: what was kept and what was dropped. */
  truncated?: { keptChars: number; droppedChars: number };
}

/**
 * The most output text one cell keeps (stream text plus the text of rich outputs), 8 million characters.
 * A page and an executed notebook with more do not open well in a browser or Jupyter, and a runaway
 * `console.log` in a loop would fill the disk: the rest is dropped, and the cell's outputs end with a
 * notice saying how much was printed and why it was cut. The cell's status is the kernel's own.
 */
export const MAX_CELL_OUTPUT_CHARS = 8_000_000;

export interface ExecuteOptions {
  /** Per-cell limit; the kernel is interrupted (SIGINT) when it passes, and killed if that does not help. */
  timeoutMs?: number;
  /** How long to wait for the kernel to answer after an interrupt before killing it. */
  interruptGraceMs?: number;
  /** How long the between-cells heartbeat may take before the kernel is declared dead (default 10 s). */
  heartbeatTimeoutMs?: number;
  /** Called with the outputs so far after every output message (for live progress). */
  onOutput?: (outputs: Output[]) => void;
  /** The most output text the cell keeps (default {@link MAX_CELL_OUTPUT_CHARS}). */
  maxOutputChars?: number;
}

/** How the kernel process ended. */
export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Pending {
  resolve: (reply: Message) => void;
}

interface Collector {
  state: OutputState;
  idle: boolean;
  onChange: () => void;
  /** Output text kept so far, the limit, and what was dropped over it (execute requests only). */
  kept?: number;
  limit?: number;
  dropped?: number;
}

/** The characters of text in a rich output's mime bundle (its strings, or its JSON). */
function bundleChars(data: unknown): number {
  if (typeof data !== "object" || data === null) return 0;
  let chars = 0;
  for (const value of Object.values(data))
    chars +=
      typeof value === "string"
        ? value.length
        : Array.isArray(value)
          ? value.join("").length
          : (JSON.stringify(value) ?? "").length;
  return chars;
}

/**
 * The notice that ends the outputs of a cell that printed too much.
 *
 * @example
 * truncationNotice({ keptChars: 8_000_000, droppedChars: 42_000_000 });
 * // "[output truncated: the cell printed 50,000,000 characters; the first 8,000,000 are kept …]"
 */
export function truncationNotice(truncated: { keptChars: number; droppedChars: number }): string {
  const total = truncated.keptChars + truncated.droppedChars;
  return (
    `\n[output truncated: the cell printed ${total.toLocaleString("en-US")} characters; the first ${truncated.keptChars.toLocaleString("en-US")} are kept ` +
    `and the other ${truncated.droppedChars.toLocaleString("en-US")} were dropped, so the page and the executed notebook stay small enough to open. ` +
    `Print a summary, or write large data to a file.]\n`
  );
}

/** Resolves to "timeout" after `ms`, unless cancelled; the timer never keeps the process alive. */
function timer(ms: number): { promise: Promise<"timeout">; cancel: () => void } {
  let handle: NodeJS.Timeout | undefined;
  const promise = new Promise<"timeout">((resolve) => {
    handle = setTimeout(() => resolve("timeout"), ms);
  });
  return { promise, cancel: () => clearTimeout(handle) };
}

/**
 * A running tslab kernel and a client for it over ZeroMQ (Jupyter messaging protocol 5.3).
 * The kernel runs in its own process group with a guard that ends it when this process goes away;
 * `shutdown()` (or `kill()`) ends it here, and a process-exit hook kills any kernel still tracked.
 *
 * @example
 * const kernel = await Kernel.start({ cwd: "notebooks" });
 * try {
 *   const result = await kernel.execute("console.log(6 * 7)", { timeoutMs: 30_000 });
 *   result.status; // "ok"; result.outputs → [{ output_type: "stream", name: "stdout", text: "42\n" }]
 * } finally {
 *   await kernel.shutdown();
 * }
 */
export class Kernel {
  private readonly session = randomUUID();
  private readonly pending = new Map<string, Pending>();
  private readonly collectors = new Map<string, Collector>();
  private readonly hbWaiters = new Map<string, () => void>();
  private readonly sendShell: (frames: (string | Buffer)[]) => Promise<void>;
  private readonly sendControl: (frames: (string | Buffer)[]) => Promise<void>;
  private readonly sendHb: (frames: (string | Buffer)[]) => Promise<void>;
  private exitInfo: ExitInfo | undefined;
  private closed = false;
  private logTail = "";
  /** A cell is running (between its execute_request and its end); which one; the repeating interrupt. */
  private executing = false;
  private cellSerial = 0;
  private interruptRepeat: NodeJS.Timeout | undefined;
  /** Resolves when the kernel process has exited. */
  readonly exited: Promise<ExitInfo>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly info: ConnectionInfo,
    private readonly dir: string,
    private readonly shell: zmq.Dealer,
    private readonly control: zmq.Dealer,
    private readonly iopub: zmq.Subscriber,
    private readonly hb: zmq.Dealer,
    private readonly token: string,
  ) {
    this.sendShell = sendQueue(shell);
    this.sendControl = sendQueue(control);
    this.sendHb = sendQueue(hb);
    const keepTail = (chunk: Buffer) => {
      this.logTail = (this.logTail + chunk.toString("utf8")).slice(-16_384);
    };
    child.stdout?.on("data", keepTail);
    child.stderr?.on("data", keepTail);
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        this.exitInfo = { code, signal };
        untrack(child);
        // Whatever the kernel started itself goes with it: its group, and what left the group.
        killGroup(child, "SIGKILL");
        sweepKernelProcesses(this.token, child.pid);
        this.close();
        resolve(this.exitInfo);
      });
    });
    void this.readLoop(shell, (m) => this.onReply(m));
    void this.readLoop(control, (m) => this.onReply(m));
    void this.readLoop(iopub, (m) => this.onIopub(m));
    void this.readHeartbeat();
  }

  /**
   * Starts the project's tslab kernel in `options.cwd` and waits until it answers on shell and
   * publishes on iopub (so no output of the first cell is lost to ZeroMQ's slow-joiner effect).
   * Rejects, with the kernel's own log, when it exits or does not answer in time; nothing is left running.
   */
  static async start(options: KernelOptions): Promise<Kernel> {
    const info = await newConnectionInfo();
    const dir = mkdtempSync(join(tmpdir(), "ta-kernel-"));
    const connectionFile = join(dir, "connection.json");
    writeFileSync(connectionFile, JSON.stringify(info, null, 1), { mode: 0o600 });
    const guard = join(dir, "guard.js");
    writeFileSync(guard, GUARD_SCRIPT, { mode: 0o600 });
    const [command, ...args] = (options.argv ?? kernelArgv)(connectionFile);
    if (command === undefined) throw new Error("the kernel's command line is empty: argv() returned no command");
    // The guard is preloaded into node itself, before tslab's own arguments.
    const argv = command === process.execPath ? ["-r", guard, ...args] : args;
    // Marks everything the kernel starts, so a sweep finds what left its process group (reaper.ts).
    const token = randomUUID();
    const child = spawn(command, argv, {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), [KERNEL_TOKEN_VARIABLE]: token },
      stdio: ["pipe", "pipe", "pipe"],
      // Its own process group: a terminal's Ctrl-C reaches only the runner, which then interrupts
      // the kernel deliberately, and the whole group can be killed at once.
      detached: process.platform !== "win32",
      windowsHide: true,
    });
    track(child, { token, dir });
    const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));

    const socketOptions = { linger: 0 };
    const shell = new zmq.Dealer({ ...socketOptions, routingId: `runtime-${randomUUID()}` });
    const control = new zmq.Dealer({ ...socketOptions, routingId: `runtime-control-${randomUUID()}` });
    const iopub = new zmq.Subscriber(socketOptions);
    const hb = new zmq.Dealer(socketOptions);
    shell.connect(channelAddress(info, "shell"));
    control.connect(channelAddress(info, "control"));
    iopub.connect(channelAddress(info, "iopub"));
    iopub.subscribe();
    hb.connect(channelAddress(info, "hb"));

    const kernel = new Kernel(child, info, dir, shell, control, iopub, hb, token);
    const limit = timer(options.startupTimeoutMs ?? 60_000);
    const outcome = await Promise.race([
      kernel.waitReady().then(() => "ready" as const),
      kernel.exited.then(() => "exited" as const),
      spawnError,
      limit.promise,
    ]);
    limit.cancel();
    if (outcome === "ready") return kernel;
    kernel.kill();
    await kernel.exited;
    const why =
      outcome instanceof Error
        ? `could not be started (${outcome.message})`
        : outcome === "exited"
          ? `exited during startup (${describeExit(kernel.exitInfo)})`
          : `did not answer within ${options.startupTimeoutMs ?? 60_000} ms`;
    throw new Error(`The tslab kernel ${why}.${kernel.logTail ? `\nKernel log:\n${kernel.logTail.trim()}` : ""}`);
  }

  /** The connection file (ports and key); removed when the kernel has ended. */
  get connectionFile(): string {
    return join(this.dir, "connection.json");
  }

  /** The kernel's process id (also its process group id on POSIX). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** False once the kernel process has exited. */
  get alive(): boolean {
    return this.exitInfo === undefined;
  }

  /** The last 16 KiB the kernel process wrote outside any cell (startup messages, crashes). */
  get log(): string {
    return this.logTail;
  }

  /**
   * Runs one cell. Never rejects for a failing cell: the status says how it ended (errors as data).
   * tslab reports failures only as stderr text and `status: "error"` in execute_reply, with no
   * `error` message, so the status, not the outputs, decides success.
   */
  async execute(code: string, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    // From the first step (the heartbeat check) to the end, so an interrupt that comes before the
    // request reached the kernel is repeated until the cell has really been stopped.
    this.cellSerial += 1;
    this.executing = true;
    try {
      return await this.executeCell(code, options);
    } finally {
      this.executing = false;
      this.stopInterrupting();
    }
  }

  private async executeCell(code: string, options: ExecuteOptions): Promise<ExecuteResult> {
    const startedAt = new Date();
    const finish = (
      status: ExecuteStatus,
      collector: Collector | undefined,
      count: number | null,
      detail?: string,
    ): ExecuteResult => {
      const finishedAt = new Date();
      const dropped = collector?.dropped ?? 0;
      const truncated = dropped > 0 ? { keptChars: collector?.kept ?? 0, droppedChars: dropped } : undefined;
      const outputs = collector?.state.outputs ?? [];
      return {
        status,
        outputs: truncated
          ? [...outputs, { output_type: "stream", name: "stderr", text: truncationNotice(truncated) }]
          : outputs,
        ...(truncated ? { truncated } : {}),
        executionCount: count,
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - startedAt.getTime(),
        ...(detail === undefined ? {} : { detail }),
      };
    };
    if (!this.alive)
      return finish("dead", undefined, null, `the kernel is not running (${describeExit(this.exitInfo)})`);
    // tslab answers heartbeats on its JavaScript thread, which a running cell blocks, so the
    // heartbeat is checked between cells, where a silent kernel really is dead or hung.
    if (!(await this.ping(options.heartbeatTimeoutMs ?? 10_000))) {
      this.kill();
      return finish("dead", undefined, null, "the kernel stopped answering its heartbeat and was killed");
    }

    const request = makeMessage(
      "execute_request",
      { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true },
      this.session,
    );
    const id = request.header.msg_id;
    let changed: () => void = () => undefined;
    const collector: Collector = {
      state: emptyOutputs(),
      idle: false,
      kept: 0,
      dropped: 0,
      limit: options.maxOutputChars ?? MAX_CELL_OUTPUT_CHARS,
      onChange: () => {
        options.onOutput?.(collector.state.outputs);
        changed();
      },
    };
    this.collectors.set(id, collector);
    // A send fails only when the socket is gone with the kernel; that is reported, not thrown.
    let sendError = "";
    const reply = this.request(this.sendShell, request).catch((e: unknown) => {
      sendError = e instanceof Error ? e.message : String(e);
      return "unsent" as const;
    });
    const exited = this.exited.then(() => "exited" as const);
    const limit = timer(options.timeoutMs ?? 600_000);
    try {
      const first = await Promise.race([reply, exited, limit.promise]);
      if (first === "exited")
        return finish("dead", collector, null, `the kernel died during the cell (${describeExit(this.exitInfo)})`);
      if (first === "unsent")
        return finish("dead", collector, null, `the cell could not be sent to the kernel (${sendError})`);
      if (first === "timeout") {
        const seconds = formatSeconds(options.timeoutMs ?? 600_000);
        this.interrupt();
        const grace = timer(options.interruptGraceMs ?? 5_000);
        const after = await Promise.race([reply, exited, grace.promise]);
        grace.cancel();
        if (after === "exited") {
          return finish(
            "timeout",
            collector,
            null,
            `the cell ran longer than ${seconds} s; the kernel died when interrupted (${describeExit(this.exitInfo)})`,
          );
        }
        if (after === "timeout" || after === "unsent") {
          this.kill();
          return finish(
            "timeout",
            collector,
            null,
            `the cell ran longer than ${seconds} s; the kernel did not stop on interrupt and was killed`,
          );
        }
        await this.untilIdle(collector, exited, (c) => (changed = c));
        return finish(
          "timeout",
          collector,
          countOf(after),
          `the cell ran longer than ${seconds} s and was interrupted`,
        );
      }
      // Outputs travel on iopub, the reply on shell: wait for the kernel's "idle" for this request,
      // which it publishes after the last output.
      await this.untilIdle(collector, exited, (c) => (changed = c));
      const status = String(first.content.status ?? "error");
      return finish(
        status === "ok" ? "ok" : status === "abort" || status === "aborted" ? "abort" : "error",
        collector,
        countOf(first),
      );
    } finally {
      limit.cancel();
      this.collectors.delete(id);
      this.pending.delete(id);
    }
  }

  /** Interrupts the running cell. tslab's kernelspec uses interrupt_mode "signal", so this is SIGINT to the kernel process. */
  interrupt(): void {
    this.sendInterrupt();
    // A SIGINT that reaches tslab before it has started running the cell (it compiles the cell first,
    // slowly on a loaded machine) interrupts nothing: repeat it once a second while that cell runs.
    if (this.executing && this.interruptRepeat === undefined) {
      const cell = this.cellSerial;
      this.interruptRepeat = setInterval(() => {
        if (this.executing && this.cellSerial === cell) this.sendInterrupt();
        else this.stopInterrupting();
      }, 1_000);
      this.interruptRepeat.unref();
    }
  }

  private sendInterrupt(): void {
    if (this.alive && this.child.pid !== undefined) {
      try {
        process.kill(this.child.pid, "SIGINT");
      } catch {
        // Already gone: the exit handler reports it.
      }
    }
  }

  private stopInterrupting(): void {
    if (this.interruptRepeat !== undefined) clearInterval(this.interruptRepeat);
    this.interruptRepeat = undefined;
  }

  /**
   * Sends a heartbeat and says whether it came back within `timeoutMs`.
   *
   * @example
   * await kernel.ping(5_000) // true while the kernel is alive and idle
   */
  async ping(timeoutMs = 5_000): Promise<boolean> {
    if (!this.alive) return false;
    const token = randomUUID();
    const back = new Promise<"back">((resolve) => this.hbWaiters.set(token, () => resolve("back")));
    const limit = timer(timeoutMs);
    try {
      // The kernel's heartbeat is a REP socket: a DEALER must send the empty envelope frame itself.
      await this.sendHb(["", token]);
      return (await Promise.race([back, limit.promise, this.exited.then(() => "exited" as const)])) === "back";
    } catch {
      return false;
    } finally {
      limit.cancel();
      this.hbWaiters.delete(token);
    }
  }

  /**
   * Asks the kernel to shut down on the control channel, then makes sure: SIGTERM and SIGKILL to its
   * process group if it has not exited within `graceMs`. Always leaves no process and no temp files.
   */
  async shutdown(graceMs = 3_000): Promise<ExitInfo> {
    const within = async (ms: number, what: Promise<unknown>) => {
      const limit = timer(ms);
      await Promise.race([what, this.exited, limit.promise]);
      limit.cancel();
    };
    if (this.alive) {
      const request = makeMessage("shutdown_request", { restart: false }, this.session);
      await within(
        graceMs,
        this.request(this.sendControl, request).catch(() => undefined),
      );
      // tslab answers and closes its sockets, but a timer left by a cell keeps the process alive.
      if (this.alive) await within(500, this.exited);
      if (this.alive) {
        killGroup(this.child, "SIGTERM");
        await within(1_000, this.exited);
      }
      this.kill();
    }
    const info = await this.exited;
    this.close();
    return info;
  }

  /** Kills the kernel's whole process group at once (SIGKILL). Use `shutdown()` for a graceful end. */
  kill(): void {
    if (this.alive) killGroup(this.child, "SIGKILL");
  }

  private async waitReady(): Promise<void> {
    // Re-send kernel_info_request until one is answered on shell AND its status is seen on iopub:
    // a SUB socket drops what was published before its subscription reached the kernel.
    for (let round = 1; ; round++) {
      const request = makeMessage("kernel_info_request", {}, this.session);
      const id = request.header.msg_id;
      const seen = new Promise<void>((resolve) =>
        this.collectors.set(id, { state: emptyOutputs(), idle: false, onChange: resolve }),
      );
      const reply = this.request(this.sendShell, request);
      const limit = timer(Math.min(250 * round, 2_000));
      const outcome = await Promise.race([Promise.all([reply, seen]).then(() => "ready" as const), limit.promise]);
      limit.cancel();
      this.collectors.delete(id);
      this.pending.delete(id);
      if (outcome === "ready") return;
      if (!this.alive || this.closed) throw new Error("kernel ended");
    }
  }

  private request(send: (frames: (string | Buffer)[]) => Promise<void>, message: Message<unknown>): Promise<Message> {
    return new Promise<Message>((resolve, reject) => {
      this.pending.set(message.header.msg_id, { resolve });
      send(encode(message, this.info.key)).catch(reject);
    });
  }

  private async untilIdle(
    collector: Collector,
    exited: Promise<"exited">,
    register: (c: () => void) => void,
  ): Promise<void> {
    if (collector.idle) return;
    const idle = new Promise<void>((resolve) => register(() => collector.idle && resolve()));
    // tslab publishes "idle" right after the reply; the limit only guards against a lost message.
    const limit = timer(5_000);
    await Promise.race([idle, exited, limit.promise]);
    limit.cancel();
  }

  private onReply(message: Message): void {
    const id = parentId(message);
    const waiter = id === undefined ? undefined : this.pending.get(id);
    if (id !== undefined && waiter) {
      this.pending.delete(id);
      waiter.resolve(message);
    }
  }

  private onIopub(message: Message): void {
    const id = parentId(message);
    const collector = id === undefined ? undefined : this.collectors.get(id);
    if (!collector) return;
    const type = message.header.msg_type;
    if (type === "status") {
      if (message.content.execution_state === "idle") collector.idle = true;
    } else if (
      collector.limit !== undefined &&
      (type === "stream" || type === "display_data" || type === "execute_result" || type === "error")
    ) {
      // Counted as it arrives, so a runaway print never holds more than the limit in this process.
      const kept = collector.kept ?? 0;
      const room = Math.max(0, collector.limit - kept);
      const content = message.content;
      const size =
        type === "stream" ? String(content.text ?? "").length : type === "error" ? 0 : bundleChars(content.data);
      if (size <= room) {
        collector.kept = kept + size;
        collector.state = applyIopub(collector.state, type, content);
      } else if (type === "stream" && room > 0) {
        collector.kept = kept + room;
        collector.dropped = (collector.dropped ?? 0) + size - room;
        collector.state = applyIopub(collector.state, type, {
          ...content,
          text: String(content.text ?? "").slice(0, room),
        });
      } else {
        collector.dropped = (collector.dropped ?? 0) + size;
      }
    } else {
      collector.state = applyIopub(collector.state, type, message.content);
    }
    collector.onChange();
  }

  private async readLoop(socket: zmq.Dealer | zmq.Subscriber, handle: (m: Message) => void): Promise<void> {
    try {
      for await (const frames of socket) {
        const decoded = decode(frames, this.info.key);
        // Unsigned or malformed messages are dropped: they cannot come from our kernel.
        if (decoded.success) handle(decoded.message);
      }
    } catch {
      // The socket was closed: the kernel is gone or being shut down.
    }
  }

  private async readHeartbeat(): Promise<void> {
    try {
      for await (const frames of this.hb) {
        const token = frames[frames.length - 1]?.toString("utf8");
        if (token !== undefined) this.hbWaiters.get(token)?.();
      }
    } catch {
      // Closed.
    }
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const socket of [this.shell, this.control, this.iopub, this.hb]) socket.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function countOf(reply: Message): number | null {
  return typeof reply.content.execution_count === "number" ? reply.content.execution_count : null;
}

/**
 * A short description of a process exit.
 *
 * @example
 * describeExit({ code: null, signal: "SIGKILL" }) // "killed by SIGKILL"
 */
export function describeExit(info: ExitInfo | undefined): string {
  if (!info) return "still running";
  return info.signal ? `killed by ${info.signal}` : `exit code ${info.code}`;
}

/**
 * Seconds for messages, without a misleading rounding of short limits.
 *
 * @example
 * formatSeconds(1500) // "1.5"
 * formatSeconds(120000) // "120"
 */
export function formatSeconds(ms: number): string {
  return Number.isInteger(ms / 1000) ? String(ms / 1000) : (ms / 1000).toFixed(1);
}
