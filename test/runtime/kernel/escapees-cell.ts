/**
 * A cell that starts three processes that leave the kernel's process group: a Node `detached: true`
 * child, a `setsid` child, and a double fork (`setsid -f` from a shell that exits at once), then prints
 * their pids as "pids a,b,c". The sleeps last an unusual, per-call number of seconds so that `pgrep`
 * finds only this cell's processes, even with another test run on the machine.
 */
export function escapeesCell(): string {
  const seconds = 3000 + Math.floor(Math.random() * 6000);
  return `
const cp = require("child_process");
const detached = cp.spawn("sleep", ["${seconds}"], { detached: true, stdio: "ignore" });
detached.unref();
const session = cp.spawn("setsid", ["sleep", "${seconds + 1}"], { stdio: "ignore" });
session.unref();
cp.execSync("setsid -f sleep ${seconds + 2} >/dev/null 2>&1", { shell: "/bin/sh" });
await new Promise((r) => setTimeout(r, 300));
const found = cp.execSync("pgrep -f '^sleep (${seconds}|${seconds + 1}|${seconds + 2})$' || true").toString().trim().split("\\n").filter(Boolean);
console.log("pids " + [...new Set([detached.pid, session.pid, ...found.map(Number)])].join(","));
`;
}
