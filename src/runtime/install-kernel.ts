#!/usr/bin/env node
/**
 * Run by `npm install` (the `prepare` script) to install the `tslab` kernelspec for the current user.
 * It never fails the install: a problem is reported and the exit code stays 0. Set
 * THROUGHPUT_ACCOUNTING_SKIP_KERNEL=1 to skip it.
 */
import { describeInstall, installKernelSpec } from "./kernelspec/install";

if (process.env.THROUGHPUT_ACCOUNTING_SKIP_KERNEL) {
  console.log("tslab kernel for Jupyter: skipped (THROUGHPUT_ACCOUNTING_SKIP_KERNEL is set)");
} else {
  try {
    console.log(describeInstall(installKernelSpec()));
  } catch (e) {
    console.log(`tslab kernel for Jupyter: not installed (${(e as Error).message})`);
  }
}
process.exitCode = 0;
