import { spawn } from "node:child_process";
import {
  copyFileSync,
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
import { eventually, FIXTURES, kernelChildren, KERNEL_TEST_TIMEOUT, notebookOf, processGone } from "../helpers";

const T = KERNEL_TEST_TIMEOUT;
const ROOT = join(__dirname, "..", "..", "..");
const VITE_NODE = join(ROOT, "node_modules", ".bin", "vite-node");
const CLI = join(ROOT, "src", "runtime", "cli.ts");
const temp = mkdtempSync(join(tmpdir(), "ta-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm start`'s entry point from source in `cwd` (no build needed), optionally acting on it once it prints `when`. */
function start(args: string[], cwd: string, on?: { when: RegExp; then: (pid: number) => void }): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(VITE_NODE, [CLI, "--", ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let fired = false;
    const check = () => {
      if (on && !fired && on.when.test(stdout + stderr)) {
        fired = true;
        on.then(child.pid!);
      }
    };
    child.stdout.on("data", (d: Buffer) => ((stdout += d.toString()), check()));
    child.stderr.on("data", (d: Buffer) => ((stderr += d.toString()), check()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A project folder with notebooks/ holding the given notebooks, and the repository's node_modules, so they import the package by name. */
function project(name: string, notebooks: Record<string, ReturnType<typeof notebookOf>>): string {
  const dir = join(temp, name);
  mkdirSync(join(dir, "notebooks"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  for (const [file, nb] of Object.entries(notebooks))
    writeFileSync(join(dir, "notebooks", file), stringifyNotebook(nb));
  return dir;
}

const tmpFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".tmp"));

describe("npm start", () => {
  it(
    "runs every notebook in notebooks/, writes pages and executed copies, and exits 0",
    async () => {
      const dir = project("ok", {});
      copyFileSync(join(FIXTURES, "hello.ipynb"), join(dir, "notebooks", "01-hello.ipynb"));
      copyFileSync(join(FIXTURES, "parameters.ipynb"), join(dir, "notebooks", "02-parameters.ipynb"));
      const before = readFileSync(join(dir, "notebooks", "01-hello.ipynb"), "utf8");
      const ran = await start(["--plain"], dir);
      expect(ran.code).toBe(0);
      expect(ran.stdout).toContain("Ran 2 notebooks in");
      expect(ran.stdout).toMatch(/✓ notebooks\/01-hello\.ipynb\s+3\/3 cells/);
      expect(ran.stdout).toContain("HTML: out/index.html");
      expect(ran.stderr).toContain("[1/2] notebooks/01-hello.ipynb");
      expect(ran.stderr).toMatch(/cell 3\/3 ok \d+ ms/);
      for (const file of [
        "index.html",
        "01-hello.html",
        "02-parameters.html",
        "notebooks/01-hello.ipynb",
        "notebooks/02-parameters.ipynb",
        "manifest.json",
      ]) {
        expect(existsSync(join(dir, "out", file)), file).toBe(true);
      }
      expect(readFileSync(join(dir, "notebooks", "01-hello.ipynb"), "utf8")).toBe(before);
      const index = readFileSync(join(dir, "out", "index.html"), "utf8");
      expect(index).toContain('href="01-hello.html"');
      expect(index).toContain("all ran without error");
      expect(tmpFiles(join(dir, "out"))).toEqual([]);
    },
    T,
  );

  it(
    "reports a failing cell with notebook, cell number, source line and error text, and exits 1",
    async () => {
      const dir = project("failing", {
        "01-fails.ipynb": notebookOf(
          { md: "# Fails" },
          "const capacity = 100;",
          "const load = 120;\nif (load > capacity) throw new Error(`overloaded: ${load} > ${capacity}`);",
          "console.log('not reached')",
        ),
      });
      const ran = await start(["--quiet"], dir);
      expect(ran.code).toBe(1);
      expect(ran.stdout).toContain(
        "✗ notebooks/01-fails.ipynb, cell 3, line 2: if (load > capacity) throw new Error(`overloaded: ${load} > ${capacity}`);",
      );
      expect(ran.stdout).toContain("    Error: overloaded: 120 > 100");
      expect(ran.stderr).toBe("");
      const page = readFileSync(join(dir, "out", "01-fails.html"), "utf8");
      expect(page).toContain("This cell failed.");
      expect(page).toContain('id="cell-4"');
    },
    T,
  );

  it(
    "runs only the given notebook with -p parameters",
    async () => {
      const dir = project("params", {});
      copyFileSync(join(FIXTURES, "parameters.ipynb"), join(dir, "notebooks", "03-what-if.ipynb"));
      copyFileSync(join(FIXTURES, "hello.ipynb"), join(dir, "notebooks", "01-other.ipynb"));
      const ran = await start(
        ["notebooks/03-what-if.ipynb", "-p", "capacityHours=120", "-p", "label=what-if", "--quiet"],
        dir,
      );
      expect(ran.code).toBe(0);
      expect(ran.stdout).toContain("Ran 1 notebook in");
      const executed = JSON.parse(readFileSync(join(dir, "out", "notebooks", "03-what-if.ipynb"), "utf8"));
      expect(executed.cells[3].outputs[0].text).toEqual("capacity 240 RUB what-if\n");
      expect(existsSync(join(dir, "out", "01-other.html"))).toBe(false);
      expect(readFileSync(join(dir, "out", "03-what-if.html"), "utf8")).toContain("<code>capacityHours=120</code>");
    },
    T,
  );

  it(
    "stops with exit code 2 before running anything on an unknown parameter",
    async () => {
      const dir = project("unknown", {});
      copyFileSync(join(FIXTURES, "parameters.ipynb"), join(dir, "notebooks", "03-what-if.ipynb"));
      const ran = await start(["-p", "capacityHour=120"], dir);
      expect(ran.code).toBe(2);
      expect(ran.stderr).toContain(
        "notebooks/03-what-if.ipynb: unknown parameter capacityHour: the parameters cell declares capacityHours, currency, label",
      );
      expect(existsSync(join(dir, "out"))).toBe(false);
    },
    T,
  );

  it(
    "says so when there is nothing to run, and explains bad arguments",
    async () => {
      const empty = await start([], project("empty", {}));
      expect(empty).toMatchObject({ code: 0, stdout: expect.stringContaining("no notebooks in notebooks/") });
      const bad = await start(["--timeout", "0"], project("bad", {}));
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("--timeout expects a positive number of seconds");
      expect(bad.stderr).toContain("Usage: npm start");
    },
    T,
  );

  it(
    "interrupts on Ctrl-C (SIGINT): the kernel is shut down, the exit code is 130",
    async () => {
      const dir = project("interrupt", {
        "01-slow.ipynb": notebookOf(
          "console.log('started slow cell'); await new Promise((r) => setTimeout(r, 120_000));",
        ),
      });
      let kernels: number[] = [];
      const ran = await start(["--plain"], dir, {
        when: /kernel ready/,
        then: (pid) =>
          setTimeout(() => {
            kernels = kernelChildren(pid);
            process.kill(pid, "SIGINT");
          }, 800),
      });
      expect(ran.code).toBe(130);
      expect(ran.stderr).toContain("Ctrl-C: interrupting the running cell and shutting the kernel down");
      expect(ran.stdout).toContain("✗ notebooks/01-slow.ipynb, cell 1");
      expect(kernels).toHaveLength(1);
      expect(await eventually(() => kernels.every(processGone), 5_000)).toBe(true);
      expect(existsSync(join(dir, "out", "index.html"))).toBe(true);
    },
    T,
  );
});
