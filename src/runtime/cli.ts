#!/usr/bin/env node
/**
 * `npm start`: runs the workbook headless. See USAGE in cli/args.ts and the README's "Running the workbook".
 *
 * @example
 * // npm start
 * // npm start -- notebooks/03-ranking.ipynb -p capacityHours=120
 */
import { join } from "node:path";
import { existsSync } from "node:fs";
import { gridOf, parseArgs, USAGE } from "./cli/args";
import { progressReporter } from "./cli/progress";
import { summary } from "./cli/summary";
import { listNotebooks } from "./notebook/discover";
import { prepareWorkbook, runWorkbook } from "./workbook";
import { stripAnsi, terminalText } from "../text/escape";

// Every text the runner prints can hold what a user wrote (a notebook's path, a parameter, a cell's
// error text with a product name in it): colour codes are dropped and control characters shown as
// <U+001B>, so nothing in a notebook or a model can retitle, clear or rewrite the terminal.
function say(stream: NodeJS.WriteStream, text: string): void {
  stream.write(`${terminalText(stripAnsi(text))}\n`);
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.success) {
    say(process.stderr, `${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    say(process.stdout, USAGE);
    return 0;
  }
  const missing = options.notebooks.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    say(process.stderr, `No such notebook: ${missing.join(", ")}`);
    return 2;
  }
  // Both editions of the workbook: the English chapters, then the Russian ones (notebooks/ru/).
  const notebooks =
    options.notebooks.length > 0
      ? options.notebooks
      : [...listNotebooks("notebooks"), ...listNotebooks(join("notebooks", "ru"))];
  if (notebooks.length === 0) {
    say(process.stdout, "There are no notebooks in notebooks/ yet: nothing to run.");
    return 0;
  }

  const grid = gridOf(options);
  // Every name of a grid must be a parameter of every notebook, checked before anything runs.
  // Each notebook is read and each run's parameters injected once, here; the run uses the same plan.
  const plan = prepareWorkbook({ notebooks, parameters: options.parameters, grid });
  const problems = plan.problems;
  if (problems.length > 0) {
    say(
      process.stderr,
      `Cannot apply ${grid.length > 0 ? "-p / --grid" : "-p"}:\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
    return 2;
  }

  // Ctrl-C: the first interrupts the running cell and stops the run (its kernel is shut down and the
  // pages written so far stay valid); a second one exits at once, killing the kernel on the way out.
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(
      `\n${signal === "SIGINT" ? "Ctrl-C" : signal}: interrupting the running cell and shutting the kernel down…\n`,
    );
    controller.abort();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);

  const progress = progressReporter(process.stderr, options.progress);
  const result = await runWorkbook({
    notebooks,
    outDir: options.outDir,
    parameters: options.parameters,
    grid,
    cellTimeoutMs: options.timeoutSeconds * 1000,
    startupTimeoutMs: options.startupTimeoutSeconds * 1000,
    standalone: options.standalone,
    plan,
    onEvent: progress.onEvent,
    signal: controller.signal,
  });
  progress.clear();
  say(process.stdout, summary(result, process.cwd()));
  return result.status === "ok" ? 0 : result.status === "interrupted" ? 130 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    say(process.stderr, error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
