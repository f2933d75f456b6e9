// The package as another project gets it: `npm pack`, then `npm install <tarball>` into a fresh project
// that has no overrides, then require, import, the types and the CLI from there. Offline from the npm
// cache (`--prefer-offline`): every dependency is already in it after this repository's own install.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.join(__dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const INSTALL_TIMEOUT = 300_000;

let project = "";
let tarball = "";
let installed = "";

/**
 * Runs a command without blocking the test worker: npm install takes a minute on a loaded machine, and a
 * worker blocked that long misses vitest's own messages ("Timeout calling onTaskUpdate").
 */
const run = (command: string, args: readonly string[], cwd = project) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      command,
      [...args],
      {
        cwd,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_UPDATE_NOTIFIER: "1", THROUGHPUT_ACCOUNTING_SKIP_KERNEL: "1" },
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), "ta-consumer-"));
  // dist/ is what `npm test` has just built; --ignore-scripts so packing does not rebuild or install a kernel.
  const packed = await run(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", project], root);
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  tarball = path.join(project, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
  writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true }),
  );
  const install = await run(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball]);
  if (install.status !== 0) throw new Error(`npm install ${path.basename(tarball)} failed:\n${install.stderr}`);
  installed = path.join(project, "node_modules", "throughput-accounting");
}, INSTALL_TIMEOUT);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Every file in the tarball, as npm lists it. */
function packedFiles(): string[] {
  const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" });
  return listing
    .split("\n")
    .filter((line) => line.startsWith("package/") && !line.endsWith("/"))
    .map((line) => line.slice("package/".length));
}

describe("the packed package installed into a fresh project", () => {
  it("installs from the registry alone: no overrides, no danfojs-node, no xlsx from outside the registry", () => {
    const consumer = JSON.parse(readFileSync(path.join(project, "package.json"), "utf8")) as Record<string, unknown>;
    expect(consumer.overrides).toBeUndefined();
    expect(existsSync(installed)).toBe(true);
    // danfojs-node is an optional peer: not installed unless the user asks for it, and so neither is xlsx.
    expect(existsSync(path.join(project, "node_modules", "danfojs-node"))).toBe(false);
    expect(existsSync(path.join(project, "node_modules", "xlsx"))).toBe(false);
    expect(existsSync(path.join(project, "node_modules", "zod"))).toBe(false);
    const lock = readFileSync(path.join(project, "package-lock.json"), "utf8");
    expect(lock).not.toMatch(/"resolved": "(?!https:\/\/registry\.npmjs\.org\/)(?!file:)[^"]+"/);
  });

  it("works with require()", async () => {
    const script = `
      const ta = require("throughput-accounting");
      const report = ta.throughputReport(ta.loadModel(${JSON.stringify(path.join(installed, "data", "phone-shop"))}), { period: "month-1" });
      console.log(report.throughput.amount.toFixed() + " " + report.netProfit.amount.toFixed());`;
    const out = await run(process.execPath, ["-e", script]);
    expect(out.stderr).toBe("");
    expect(out.stdout.trim()).toBe("110 10");
  });

  it("loads as one file of its own (dist/entry.js) with the names of the per-file entry, edges still lazy", async () => {
    const script = `
      const ta = require("throughput-accounting");
      const own = Object.keys(require.cache).filter((file) => file.includes("throughput-accounting"));
      const perFile = Object.keys(require(${JSON.stringify(path.join(installed, "dist", "index.js"))}));
      console.log(JSON.stringify({
        own: own.map((file) => file.slice(file.indexOf("throughput-accounting"))),
        same: JSON.stringify(Object.keys(ta)) === JSON.stringify(perFile),
        count: Object.keys(ta).length,
      }));`;
    const out = await run(process.execPath, ["-e", script]);
    expect(out.stderr).toBe("");
    const result = JSON.parse(out.stdout) as { own: string[]; same: boolean; count: number };
    expect(result.own).toEqual([path.join("throughput-accounting", "dist", "entry.js")]);
    expect(result.same).toBe(true);
    expect(result.count).toBeGreaterThan(100);
  });

  it("finds the what-if browser bundle from the one-file entry", async () => {
    const script = `
      const ta = require("throughput-accounting");
      const salon = ta.loadModel(${JSON.stringify(path.join(installed, "data", "salon"))});
      const htmls = [];
      ta.whatIf(salon, [{ input: { kind: "capacity", resourceId: "stylists", name: "hours" } }], {
        display: { html: (html) => htmls.push(html), text: () => undefined },
      });
      console.log(htmls.length, htmls[0].includes('data-throughput-accounting="what-if"'), htmls[0].length > 100000);`;
    const out = await run(process.execPath, ["-e", script]);
    expect(out.stderr).toBe("");
    expect(out.stdout.trim()).toBe("1 true true");
  });

  it("works with ESM import, named exports included", async () => {
    const script = `
      import { loadModel, throughputReport } from "throughput-accounting";
      import * as ta from "throughput-accounting";
      const report = throughputReport(loadModel(${JSON.stringify(path.join(installed, "data", "phone-shop"))}), { period: "month-1" });
      console.log(report.throughput.amount.toFixed(), typeof ta.default, typeof ta.rankingMix);`;
    const out = await run(process.execPath, ["--input-type=module", "-e", script]);
    expect(out.stderr).toBe("");
    expect(out.stdout.trim()).toBe("110 object function");
  });

  it("has types for both require and import (TypeScript, node16 resolution through `exports`)", async () => {
    writeFileSync(
      path.join(project, "use-cjs.cts"),
      'import { loadModel, type BusinessModel } from "throughput-accounting";\nexport const m: BusinessModel = loadModel("x");\n',
    );
    writeFileSync(
      path.join(project, "use-esm.mts"),
      'import { loadModel, type BusinessModel } from "throughput-accounting";\nexport const m: BusinessModel = loadModel("x");\n',
    );
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "node16",
          moduleResolution: "node16",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ["use-cjs.cts", "use-esm.mts"],
      }),
    );
    const tsc = await run(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.json"]);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 120_000);

  it("runs the CLI from node_modules/.bin on the bundled data", async () => {
    const bin = path.join(
      project,
      "node_modules",
      ".bin",
      process.platform === "win32" ? "throughput-accounting.cmd" : "throughput-accounting",
    );
    const version = await run(bin, ["--version"]);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version);
    const report = await run(bin, ["report", path.join(installed, "data", "phone-shop"), "--json"]);
    expect(report.stderr).toBe("");
    expect(report.status).toBe(0);
    const json = JSON.parse(report.stdout) as { total: { throughput: string } };
    expect(json.total.throughput).toBe("110.00");
  }, 60_000);

  it("says how to install danfojs-node when a function that needs it is called without it", async () => {
    const script = `
      const ta = require("throughput-accounting");
      try { ta.readTable(${JSON.stringify(path.join(installed, "data", "salon", "products.csv"))}); console.log("no error"); }
      catch (e) { console.log(e.message); }`;
    const out = await run(process.execPath, ["-e", script]);
    expect(out.stdout).toMatch(/danfojs-node.*npm install danfojs-node/s);
  });

  it("carries the bundled data and no source map that points at a file it does not ship", () => {
    const files = packedFiles();
    expect(files).toContain("data/README.md");
    expect(files).toContain("data/salon/products.csv");
    expect(files).toContain("dist/cli/main.js");
    // The workbook runner needs tslab and zeromq, which the package does not depend on: it stays in the repository.
    expect(files.filter((file) => file.startsWith("dist/runtime/"))).toEqual([]);
    const shipped = new Set(files);
    const dangling = files
      .filter((file) => file.endsWith(".map"))
      .flatMap((file) => {
        const map = JSON.parse(readFileSync(path.join(installed, file), "utf8")) as {
          sources: string[];
          sourcesContent?: (string | null)[];
        };
        return map.sources.flatMap((source, i) => {
          const target = path.posix.join(path.posix.dirname(file), source);
          return shipped.has(target) || typeof map.sourcesContent?.[i] === "string" ? [] : [`${file} → ${source}`];
        });
      });
    expect(dangling).toEqual([]);
    // Every shipped script was built from a source that still exists (no stale files from an old build).
    // (dist/browser/what-if.js is the esbuild bundle of src/display/what-if-browser.ts, scripts/build-browser.mjs;
    // dist/entry.js the one of the package entry, src/index.ts, scripts/bundle-entry.mjs.)
    const bundles: Record<string, string> = {
      "dist/browser/what-if.js": "display/what-if-browser.ts",
      "dist/entry.js": "index.ts",
    };
    const sourceOf = (file: string) => bundles[file] ?? file.slice("dist/".length).replace(/\.js$/, ".ts");
    const stale = files.filter((file) => file.endsWith(".js") && !existsSync(path.join(root, "src", sourceOf(file))));
    expect(stale).toEqual([]);
    expect(readdirSync(installed)).not.toContain("src");
    // No declaration file names an optional peer: a project without danfojs-node type-checks even with
    // skipLibCheck off.
    const peerTypes = files.filter(
      (file) =>
        file.endsWith(".d.ts") &&
        /from "danfojs-node"|import\("danfojs-node"\)/.test(readFileSync(path.join(installed, file), "utf8")),
    );
    expect(peerTypes).toEqual([]);
  });
});
