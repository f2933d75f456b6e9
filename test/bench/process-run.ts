/**
 * One whole process, timed from outside, for the benches that compare the library's process with pandas',
 * numpy's or scipy's: wall seconds measured here around the spawn (GNU time's own wall figure has only
 * hundredths of a second, a twentieth of a 0.2 s run), CPU seconds (user + sys) and peak memory from
 * /usr/bin/time, and the last JSON line the process printed.
 */
import { spawnSync } from "node:child_process";

export interface ProcessRun {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakMegabytes: number;
  readonly output: Record<string, unknown>;
}

/**
 * Variables of this environment that change how long a process takes to start, not what it computes, and
 * that a default installation does not set. NODE_EXTRA_CA_CERTS: Node 20 reads and parses the whole file of
 * extra certificates before the first line of the script runs (on this machine /etc/ssl/certs, about 55 ms
 * of the 77 ms an empty script takes), where Python reads certificates only when it opens a TLS connection.
 * No side of these benches opens one.
 */
export const START_UP_VARIABLES = ["NODE_EXTRA_CA_CERTS"] as const;

/**
 * The environment every side runs in: this process's, without {@link START_UP_VARIABLES}.
 *
 * @example
 * runProcess("node", ["script.cjs"], { env: benchEnvironment() });
 */
export function benchEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of START_UP_VARIABLES) delete env[name];
  return env;
}

/** Which {@link START_UP_VARIABLES} this machine sets (and the benches leave out), for the results' text. */
export function startUpVariablesSet(): string[] {
  return START_UP_VARIABLES.filter((name) => process.env[name] !== undefined);
}

/**
 * Runs `command` once under /usr/bin/time; a string says why it failed.
 *
 * @example
 * const run = runProcess(process.execPath, ["-e", 'console.log("{}")'], { env: benchEnvironment() });
 * if (typeof run !== "string") run.wallSeconds; // about 0.03
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { readonly env?: NodeJS.ProcessEnv } = {},
): ProcessRun | string {
  const started = process.hrtime.bigint();
  const out = spawnSync("/usr/bin/time", ["-f", "%U %S %M", command, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    env: options.env ?? process.env,
  });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const timing = /(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)\s*$/.exec(out.stderr);
  if (out.status !== 0 || !timing)
    return `${command} ${args.join(" ")} failed: ${out.stderr.trim().split("\n").slice(-2).join(" ")}`;
  return {
    wallSeconds,
    cpuSeconds: Number(timing[1]) + Number(timing[2]),
    peakMegabytes: Number(timing[3]) / 1024,
    output: JSON.parse(out.stdout.trim().split("\n").pop() ?? "{}") as Record<string, unknown>,
  };
}
