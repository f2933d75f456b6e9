import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { describeInstall, installKernelSpec, projectRoot } from "../../../src/runtime/kernelspec/install";
import { jupyterDataDir, kernelDir, kernelSpec, KERNEL_NAME } from "../../../src/runtime/kernelspec/spec";
import { tslabBin } from "../../../src/runtime/kernel/tslab-path";

describe("where the kernelspec goes (as jupyter_core decides)", () => {
  it("uses JUPYTER_DATA_DIR when set, on every platform", () => {
    for (const platform of ["linux", "darwin", "win32"] as const) {
      expect(jupyterDataDir({ platform, env: { JUPYTER_DATA_DIR: "/custom" }, home: "/h" })).toBe("/custom");
    }
  });

  it("uses the per-user folder of each platform otherwise, needing no root", () => {
    expect(kernelDir({ platform: "linux", env: {}, home: "/home/ana" })).toBe(
      "/home/ana/.local/share/jupyter/kernels/throughput-accounting",
    );
    expect(kernelDir({ platform: "linux", env: { XDG_DATA_HOME: "/xdg" }, home: "/home/ana" })).toBe(
      "/xdg/jupyter/kernels/throughput-accounting",
    );
    expect(kernelDir({ platform: "darwin", env: {}, home: "/Users/ana" })).toBe(
      "/Users/ana/Library/Jupyter/kernels/throughput-accounting",
    );
    expect(jupyterDataDir({ platform: "win32", env: { APPDATA: "/appdata" }, home: "/h" })).toBe(
      join("/appdata", "jupyter"),
    );
  });

  it("starts the project's own tslab with an absolute node, as tslab's own installer writes it", () => {
    const spec = kernelSpec("/usr/bin/node", "/p/node_modules/tslab/bin/tslab", "/p");
    expect(spec.argv).toEqual([
      "/usr/bin/node",
      "/p/node_modules/tslab/bin/tslab",
      "kernel",
      "--config-path",
      "{connection_file}",
    ]);
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
    expect(first.path).toBe(join(where.env.JUPYTER_DATA_DIR, "kernels", "throughput-accounting", "kernel.json"));
    const written = JSON.parse(readFileSync(first.path, "utf8"));
    expect(written.argv.slice(0, 2)).toEqual([process.execPath, tslabBin()]);
    expect(installKernelSpec(where).kind).toBe("unchanged");

    // This project's own spec gone stale (another node, say) is repaired.
    writeFileSync(first.path, JSON.stringify({ ...written, argv: ["/old/node", ...written.argv.slice(1)] }));
    const again = installKernelSpec(where);
    expect(again.kind).toBe("updated");
    expect(JSON.parse(readFileSync(first.path, "utf8"))).toEqual(written);
    expect(describeInstall(again)).toContain("updated");
  });

  it("is named after the project, so it never touches the user's own tslab kernelspec", () => {
    const where = place();
    const theirs = join(where.env.JUPYTER_DATA_DIR, "kernels", "tslab", "kernel.json");
    mkdirSync(dirname(theirs), { recursive: true });
    writeFileSync(theirs, '{"argv": ["tslab", "kernel"], "display_name": "TypeScript", "language": "typescript"}');
    expect(KERNEL_NAME).toBe("throughput-accounting");
    expect(installKernelSpec(where).kind).toBe("installed");
    expect(readFileSync(theirs, "utf8")).toBe(
      '{"argv": ["tslab", "kernel"], "display_name": "TypeScript", "language": "typescript"}',
    );
  });

  it("leaves a kernelspec of another living clone or of someone else alone, says whose it is, and replaces it on request", () => {
    const where = place();
    const path = join(kernelDir(where), "kernel.json");
    mkdirSync(dirname(path), { recursive: true });
    // Another clone whose tslab still exists (this file stands in for it).
    const other = {
      ...kernelSpec("/usr/bin/node", __filename, "/elsewhere/clone"),
      argv: ["/usr/bin/node", __filename, "kernel"],
    };
    writeFileSync(path, JSON.stringify(other));
    const kept = installKernelSpec(where);
    expect(kept).toMatchObject({ kind: "kept", owner: "the clone at /elsewhere/clone" });
    expect(describeInstall(kept)).toMatch(
      /left as it is .*belongs to the clone at \/elsewhere\/clone.*npm run kernel -- --replace/,
    );
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(other);

    const replaced = installKernelSpec(where, process.execPath, { replace: true });
    expect(replaced).toMatchObject({ kind: "replaced", previous: "the clone at /elsewhere/clone" });
    expect(JSON.parse(readFileSync(path, "utf8")).argv[1]).toBe(tslabBin());

    // A hand-written kernelspec of the same name is not ours either.
    writeFileSync(path, '{"argv": ["deno", "jupyter"], "display_name": "Mine", "language": "typescript"}');
    expect(installKernelSpec(where)).toMatchObject({
      kind: "kept",
      owner: "a kernelspec not written by throughput-accounting",
    });
    writeFileSync(path, "{ broken");
    expect(installKernelSpec(where)).toMatchObject({ kind: "kept", owner: "a kernel.json that is not valid JSON" });
  });

  it("replaces, saying so, the kernelspec of a clone that no longer exists", () => {
    const where = place();
    const path = join(kernelDir(where), "kernel.json");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      JSON.stringify(kernelSpec("/usr/bin/node", "/deleted/clone/node_modules/tslab/bin/tslab", "/deleted/clone")),
    );
    const outcome = installKernelSpec(where);
    expect(outcome).toMatchObject({ kind: "replaced", previous: "/deleted/clone (its tslab no longer exists)" });
    expect(describeInstall(outcome)).toContain("replaced");
    expect(JSON.parse(readFileSync(path, "utf8")).argv[1]).toBe(tslabBin());
  });

  it("reports a failure as data instead of throwing, so npm install goes on", () => {
    const where = place();
    // A file where the kernels folder should be makes the write fail.
    writeFileSync(join(where.env.JUPYTER_DATA_DIR, "kernels"), "not a folder");
    const outcome = installKernelSpec(where);
    expect(outcome.kind).toBe("failed");
    expect(describeInstall(outcome)).toMatch(/not installed .*npm run kernel.*npm start\) do not need it/);
  });
});
