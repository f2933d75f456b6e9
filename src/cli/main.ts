#!/usr/bin/env node
/**
 * The command line for analysts: `throughput-accounting <command> <model-folder> [options]`.
 * It loads a model folder, calls the core, and prints a table or `--json`. Bad input exits non-zero with
 * a message and no stack trace.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXIT, InputError, UsageError } from "./errors";
import { compareCommand } from "./commands/compare";
import { terminalSafe } from "./format";
import { mixCommand } from "./commands/mix";
import { specialOrderCommand } from "./commands/special-order";
import { rankCommand } from "./commands/rank";
import { reportCommand } from "./commands/report";
import { resourcesCommand } from "./commands/resources";
import { sweepCommand } from "./commands/sweep";
import { tornadoCommand } from "./commands/tornado";
import type { Command, CommandIo } from "./commands/io";

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  reportCommand,
  resourcesCommand,
  rankCommand,
  mixCommand,
  sweepCommand,
  tornadoCommand,
  compareCommand,
  specialOrderCommand,
];

/** The top-level usage text. */
export const USAGE = `Usage: throughput-accounting <command> <model-folder> [options]

Throughput accounting (Theory of Constraints) on a model: a folder of CSV files, an .xlsx workbook or a
folder of workbooks (see data/README.md).

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(13)} ${command.summary}`).join("\n")}

Every command takes --json for machine-readable output (money and ratios as decimal strings),
--locale ru|en for text output (default en) and --help for its own options.
--version prints the version.
Example: throughput-accounting mix data/pq --method optimal --locale ru`;

/**
 * The version of the installed package, read from its package.json (two folders up from dist/cli/),
 * so `--version` says what is installed, not what was built.
 *
 * @example
 * packageVersion(); // "0.1.0"
 */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version?: unknown;
  };
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code; never throws.
 *
 * @example
 * await runCli(["mix", "data/pq", "--json"], { out: console.log, err: console.error }); // 0
 */
export async function runCli(argv: readonly string[], rawIo: CommandIo): Promise<number> {
  // Every line goes through terminalSafe: commands print names and values from a model folder.
  const io: CommandIo = { out: (text) => rawIo.out(terminalSafe(text)), err: (text) => rawIo.err(terminalSafe(text)) };
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V") {
    io.out(packageVersion());
    return EXIT.ok;
  }
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`error: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // The usage line and a pointer to --help: the whole help would bury the one-line error.
      io.err(
        `error: ${error.message}\n${error.usage.split("\n")[0]}\nRun "throughput-accounting ${command.name} --help" for the options.`,
      );
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.err(`error: ${error.message}`);
      return EXIT.input;
    }
    // A bug, not the user's fault: say so in one line; THROUGHPUT_ACCOUNTING_DEBUG=1 shows the stack.
    const message = error instanceof Error ? error.message : String(error);
    io.err(`internal error: ${message}`);
    if (process.env.THROUGHPUT_ACCOUNTING_DEBUG) io.err(error instanceof Error ? (error.stack ?? "") : "");
    return EXIT.internal;
  }
}

if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
