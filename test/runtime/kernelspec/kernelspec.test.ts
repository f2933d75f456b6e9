import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { describeInstall, installKernelSpec, projectRoot } from "../../../src/runtime/kernelspec/install";
import { jupyterDataDir, kernelDir, kernelSpec } from "../../../src/runtime/kernelspec/spec";
import { tslabBin } from "../../../src/runtime/kernel/tslab-path";

describe("where the kernelspec goes (as jupyter_core decides)", () => {
  it("uses JUPYTER_DATA_DIR when set, on every platform", () => {
    for (const platform of ["linux", "darwin", "win32"] as const) {
      expect(jupyterDataDir({ platform, env: { JUPYTER_DATA_DIR: "/custom" }, home: "/h" })).toBe("/custom");
    }
  });

  it("uses the per-user folder of each platform otherwise, needing no root", () => {
    expect(kernelDir({ platform: "linux", env: {}, home: "/home/ana" })).toBe("/home/ana/.local/share/jupyter/kernels/tslab");
    expect(kernelDir({ platform: "linux", env: { XDG_DATA_HOME: "/xdg" }, home: "/home/ana" })).toBe("/xdg/jupyter/kernels/tslab");
    expect(kernelDir({ platform: "darwin", env: {}, home: "/Users/ana" })).toBe("/Users/ana/Library/Jupyter/kernels/tslab");
    expect(jupyterDataDir({ platform: "win32", env: { APPDATA: "/appdata" }, home: "/h" })).toBe(join("/appdata", "jupyter"));
  });

  it("starts the project's own tslab with an absolute node, as tslab's own installer writes it", () => {
    const spec = kernelSpec("/usr/bin/node", "/p/node_modules/tslab/bin/tslab", "/p");
    expect(spec.argv).toEqual(["/usr/bin/node", "/p/node_modules/tslab/bin/tslab", "kernel", "--config-path", "{connection_file}"]);
    expect(spec.language).toBe("typescript");
    expect(spec.interrupt_mode).toBe("signal");
    expect(projectRoot("/p/node_modules/tslab/bin/tslab")).toBe("/p");
  });
});

describe("installing the kernelspec", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const place = () => {
    const dir = mkdtempSync(join(tmpdir(), "ta-jupyter-"));
    dirs.push(dir);
    return { platform: process.platform, env: { JUPYTER_DATA_DIR: dir }, home: "/nonexistent" };
  };

  it("installs once, then leaves the same spec alone, then repairs a changed one", () => {
    const where = place();
    const first = installKernelSpec(where);
    expect(first.kind).toBe("installed");
    expect(first.path).toBe(join(where.env.JUPYTER_DATA_DIR, "kernels", "tslab", "kernel.json"));
    const written = JSON.parse(readFileSync(first.path, "utf8"));
    expect(written.argv.slice(0, 2)).toEqual([process.execPath, tslabBin()]);
    expect(installKernelSpec(where).kind).toBe("unchanged");

    writeFileSync(first.path, JSON.stringify({ argv: ["tslab", "kernel", "--config-path", "{connection_file}"], display_name: "TypeScript", language: "typescript" }));
    const again = installKernelSpec(where);
    expect(again.kind).toBe("updated");
    expect(JSON.parse(readFileSync(first.path, "utf8"))).toEqual(written);
    expect(describeInstall(again)).toContain("updated");
  });

  it("reports a failure as data instead of throwing, so npm install goes on", () => {
    const where = place();
    // A file where the kernels folder should be makes the write fail.
    writeFileSync(join(where.env.JUPYTER_DATA_DIR, "kernels"), "not a folder");
    const outcome = installKernelSpec(where);
    expect(outcome.kind).toBe("failed");
    expect(describeInstall(outcome)).toMatch(/not installed .*npm start\) do not need it/);
  });
});
