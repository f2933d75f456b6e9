#!/usr/bin/env node
/**
 * Run by `npm install` (the `prepare` script) and by `npm run kernel` to install this project's
 * Jupyter kernelspec (`throughput-accounting`) for the current user. It never fails the install: a
 * problem is reported and the exit code stays 0. `--replace` takes over a kernelspec of that name that
 * another installation owns (without it, such a kernelspec is left alone and the message says whose it
 * is). Set THROUGHPUT_ACCOUNTING_SKIP_KERNEL=1 to skip it.
 */
import { describeInstall, installKernelSpec } from "./kernelspec/install";

if (process.env.THROUGHPUT_ACCOUNTING_SKIP_KERNEL) {
  console.log("Jupyter kernel: skipped (THROUGHPUT_ACCOUNTING_SKIP_KERNEL is set)");
} else {
  try {
    const replace = process.argv.slice(2).includes("--replace");
    console.log(describeInstall(installKernelSpec(undefined, undefined, { replace })));
  } catch (e) {
    console.log(`Jupyter kernel: not installed (${(e as Error).message})`);
  }
}
process.exitCode = 0;
