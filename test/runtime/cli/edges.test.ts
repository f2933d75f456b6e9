import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringifyNotebook } from "../../../src/runtime/notebook/nbformat";
import { runWorkbook } from "../../../src/runtime/workbook";
import { Kernel } from "../../../src/runtime/kernel/kernel";
import { FIXTURES, KERNEL_TEST_TIMEOUT, notebookOf } from "../helpers";

const T = KERNEL_TEST_TIMEOUT;
const ROOT = join(__dirname, "..", "..", "..");
const VITE_NODE = join(ROOT, "node_modules", ".bin", "vite-node");
const CLI = join(ROOT, "src", "runtime", "cli.ts");
const temp = mkdtempSync(join(tmpdir(), "ta-edges-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function project(name: string, notebooks: Record<string, ReturnType<typeof notebookOf>>): string {
  const dir = join(temp, name);
  mkdirSync(join(dir, "notebooks"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  for (const [file, nb] of Object.entries(notebooks))
    writeFileSync(join(dir, "notebooks", file), stringifyNotebook(nb));
  return dir;
}

/** Starts the runner from source; `act` is called with its pid and the output so far on every chunk. */
function start(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  act: (pid: number, output: string) => void,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(VITE_NODE, [CLI, "--", ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], env });
    let output = "";
    const on = (d: Buffer) => {
      output += d.toString();
      act(child.pid!, output);
    };
    child.stdout.on("data", on);
    child.stderr.on("data", on);
    child.on("exit", (code, signal) => resolve({ code, signal, output }));
  });
}

describe("runner edges", () => {
  it(
    "after a SIGKILL of the runner, the index and manifest list every page already written",
    async () => {
      const dir = project("sigkill", {
        "01-quick.ipynb": notebookOf({ md: "# Quick" }, "console.log(1)"),
        "02-hangs.ipynb": notebookOf("await new Promise((r) => setTimeout(r, 120_000));"),
      });
      let killed = false;
      const ran = await start(["--plain"], dir, process.env, (pid, output) => {
        if (!killed && /\[2\/2\][\s\S]*kernel ready/.test(output)) {
          killed = true;
          setTimeout(() => process.kill(pid, "SIGKILL"), 500);
        }
      });
      expect(ran.signal).toBe("SIGKILL");
      const index = readFileSync(join(dir, "out", "index.html"), "utf8");
      expect(index).toContain('href="01-quick.html"');
      const manifest = JSON.parse(readFileSync(join(dir, "out", "manifest.json"), "utf8")) as {
        entries: { source: string }[];
      };
      expect(manifest.entries.map((e) => e.source)).toEqual(["notebooks/01-quick.ipynb"]);
    },
    T,
  );

  it(
    "rebuilds the index from the pages on disk when the manifest does not list them",
    async () => {
      const dir = project("rebuild", {
        "01-a.ipynb": notebookOf({ md: "# Page A" }, "1"),
        "02-b.ipynb": notebookOf({ md: "# Page B" }, "2"),
      });
      const out = join(dir, "out");
      const first = await runWorkbook({ notebooks: [join(dir, "notebooks", "01-a.ipynb")], outDir: out, root: dir });
      expect(first.status).toBe("ok");
      rmSync(join(out, "manifest.json"));
      await runWorkbook({ notebooks: [join(dir, "notebooks", "02-b.ipynb")], outDir: out, root: dir });
      const index = readFileSync(join(out, "index.html"), "utf8");
      expect(index).toContain('href="01-a.html"');
      expect(index).toContain("Page A");
      expect(index).toContain('href="02-b.html"');
    },
    T,
  );

  it(
    "a double Ctrl-C leaves no kernel folder (with its connection key) behind",
    async () => {
      const dir = project("double-ctrl-c", {
        "01-slow.ipynb": notebookOf("await new Promise((r) => setTimeout(r, 120_000));"),
      });
      const privateTmp = mkdtempSync(join(temp, "tmp-"));
      let sent = false;
      const ran = await start(["--plain"], dir, { ...process.env, TMPDIR: privateTmp }, (pid, output) => {
        if (!sent && /kernel ready/.test(output)) {
          sent = true;
          setTimeout(() => {
            process.kill(pid, "SIGINT");
            setTimeout(() => process.kill(pid, "SIGINT"), 50);
          }, 500);
        }
      });
      expect(ran.code).toBe(130);
      expect(readdirSync(privateTmp).filter((f) => f.startsWith("ta-kernel-"))).toEqual([]);
    },
    T,
  );

  it(
    "a cell that prints too much keeps the limit and says it was truncated, and why",
    async () => {
      const kernel = await Kernel.start({ cwd: FIXTURES });
      try {
        const result = await kernel.execute('for (let i = 0; i < 50; i++) console.log("x".repeat(999));', {
          maxOutputChars: 10_000,
        });
        expect(result.status).toBe("ok");
        expect(result.truncated).toEqual({ keptChars: 10_000, droppedChars: 40_000 });
        const text = result.outputs.map((o) => ("text" in o ? String(o.text) : "")).join("");
        expect(text).toContain("[output truncated: the cell printed 50,000 characters; the first 10,000 are kept");
        expect(text.length).toBeLessThan(10_000 + 600);
        expect(existsSync(kernel.connectionFile)).toBe(true);
      } finally {
        await kernel.shutdown();
      }
    },
    T,
  );
});
