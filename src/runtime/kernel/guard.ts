/**
 * A script preloaded into the kernel (`node -r guard.js tslab kernel ...`) by the headless runner.
 * The runner keeps a pipe open on the kernel's stdin; when the runner dies in any way, even by
 * SIGKILL where no cleanup code of its own can run, the pipe closes and the guard removes the
 * kernel's temporary folder (connection file and key), kills every process the kernel started that left
 * its group (found in /proc by the kernel's token), then the kernel's whole process group. The stdin
 * handle is unref'd so it never keeps a kernel alive by itself.
 */
export const GUARD_SCRIPT = `"use strict";
// Written by throughput-accounting's workbook runtime: ends this kernel when its runner goes away.
(function () {
  var stdin = process.stdin;
  function end() {
    // The runner could not clean up: remove the connection file (it holds the key) and this script.
    try { require("fs").rmSync(__dirname, { recursive: true, force: true }); } catch (e) {}
    sweep();
    try { if (process.platform !== "win32") process.kill(-process.pid, "SIGKILL"); } catch (e) {}
    process.exit(137);
  }
  // Processes this kernel started that left its process group (detached, setsid) still carry its token
  // in their environment: find them in /proc and kill them too (as reaper.ts's sweepKernelProcesses).
  function sweep() {
    var token = process.env.THROUGHPUT_ACCOUNTING_KERNEL_RUN;
    if (!token) return;
    var fs = require("fs");
    var needle = "THROUGHPUT_ACCOUNTING_KERNEL_RUN=" + token;
    var names = [];
    try { names = fs.readdirSync("/proc"); } catch (e) { return; }
    names.forEach(function (name) {
      if (!/^[0-9]+$/.test(name) || Number(name) === process.pid) return;
      try {
        if (fs.readFileSync("/proc/" + name + "/environ", "latin1").split("\\0").indexOf(needle) >= 0) process.kill(Number(name), "SIGKILL");
      } catch (e) {}
    });
  }
  stdin.on("end", end);
  stdin.on("close", end);
  stdin.on("error", end);
  stdin.on("data", function () {});
  stdin.resume();
  if (typeof stdin.unref === "function") stdin.unref();
})();
`;
