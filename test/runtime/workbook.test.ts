import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { liveKernels } from "../../src/runtime/kernel/reaper";
import { stringifyNotebook } from "../../src/runtime/notebook/nbformat";
import { runWorkbook, type WorkbookEvent } from "../../src/runtime/workbook";
import { FIXTURES, KERNEL_TEST_TIMEOUT, notebookOf } from "./helpers";

const temp = mkdtempSync(join(tmpdir(), "ta-workbook-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("running a workbook", () => {
  it(
    "runs notebooks in order, starting the next kernel ahead, and reports each one",
    async () => {
      const events: WorkbookEvent[] = [];
      const out = join(temp, "out1");
      const result = await runWorkbook({
        notebooks: [join(temp, "missing.ipynb"), join(FIXTURES, "hello.ipynb"), join(FIXTURES, "parameters.ipynb")],
        outDir: out,
        onEvent: (e) => events.push(e),
      });
      expect(result.status).toBe("failed");
      expect(result.entries.map((e) => e.run.status)).toEqual(["failed", "ok", "ok"]);
      expect(result.entries[0]?.run.failure?.message).toMatch(/cannot read/);
      expect(events.flatMap((e) => (e.kind === "notebook-end" ? [e.index] : []))).toEqual([0, 1, 2]);
      // The notebook after the missing one used the kernel started ahead for it.
      expect(result.entries[1]?.run.kernelStartMs).toBeDefined();
      expect(liveKernels()).toBe(0);
      const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
      expect(manifest.entries.map((e: { htmlHref: string }) => e.htmlHref)).toEqual([
        "missing.html",
        "hello.html",
        "parameters.html",
      ]);
    },
    KERNEL_TEST_TIMEOUT,
  );

  it(
    "keeps pages of earlier runs on the index and updates the ones run again",
    async () => {
      const out = join(temp, "out2");
      await runWorkbook({ notebooks: [join(FIXTURES, "hello.ipynb")], outDir: out });
      await runWorkbook({
        notebooks: [join(FIXTURES, "parameters.ipynb")],
        outDir: out,
        parameters: { capacityHours: 7 },
      });
      const index = readFileSync(join(out, "index.html"), "utf8");
      expect(index).toContain('href="hello.html"');
      expect(index).toContain('href="parameters.html"');
      expect(index).toContain("<code>capacityHours=7</code>");
      rmSync(join(out, "hello.html"));
      await runWorkbook({ notebooks: [join(FIXTURES, "parameters.ipynb")], outDir: out });
      expect(readFileSync(join(out, "index.html"), "utf8")).not.toContain('href="hello.html"');
    },
    KERNEL_TEST_TIMEOUT,
  );

  it(
    "links from a page the workbook its notebook wrote into the results folder the runner gave it",
    async () => {
      const out = join(temp, "out-results");
      const writes = join(temp, "writes.ipynb");
      writeFileSync(
        writes,
        stringifyNotebook(
          notebookOf(
            'import * as fs from "fs";\nimport * as path from ' +
              '"path";\nfs.writeFileSync(path.join(process.env.THROUGHPUT_ACCOUNTING_RESULTS_DIR ?? "", "03 ranking.xlsx"), "x");',
          ),
        ),
      );
      await runWorkbook({ notebooks: [writes, join(FIXTURES, "hello.ipynb")], outDir: out });
      expect(existsSync(join(out, "results", "writes", "03 ranking.xlsx"))).toBe(true);
      expect(readFileSync(join(out, "writes.html"), "utf8")).toContain(
        '<a href="results/writes/03%20ranking.xlsx" download>03 ranking.xlsx</a>',
      );
      expect(readFileSync(join(out, "hello.html"), "utf8")).not.toContain("download>");
      expect(existsSync(join(out, "results", "hello"))).toBe(false);
    },
    KERNEL_TEST_TIMEOUT,
  );

  it(
    "writes the Russian edition under out/ru/ (page and executed copy), its shared assets by relative path",
    async () => {
      const out = join(temp, "out-editions");
      // fixtures/ru/ is the Russian edition of the chart fixture (the same notebook, in an edition folder).
      const edition = join(FIXTURES, "ru");
      const result = await runWorkbook({
        notebooks: [join(FIXTURES, "plotly.ipynb"), join(edition, "plotly.ipynb")],
        outDir: out,
      });
      expect(result.status).toBe("ok");
      expect(result.entries.map((e) => [e.htmlPath, e.notebookPath])).toEqual([
        [join(out, "plotly.html"), join(out, "notebooks", "plotly.ipynb")],
        [join(out, "ru", "plotly.html"), join(out, "notebooks", "ru", "plotly.ipynb")],
      ]);
      expect(existsSync(join(out, "plotly-2.html"))).toBe(false);
      const english = readFileSync(join(out, "plotly.html"), "utf8");
      const russian = readFileSync(join(out, "ru", "plotly.html"), "utf8");
      expect(english).toMatch(/<script[^>]* src="assets\/plotly[^"]*\.js"/);
      expect(russian).toMatch(/<script[^>]* src="\.\.\/assets\/plotly[^"]*\.js"/);
      expect(russian).toContain('href="../index.html"');
      const src = /src="\.\.\/(assets\/[^"]+)"/.exec(russian)![1]!;
      expect(existsSync(join(out, src))).toBe(true);
      const index = readFileSync(join(out, "index.html"), "utf8");
      expect(index).toContain('href="plotly.html"');
      expect(index).toContain('href="ru/plotly.html"');
      // A later run of one edition keeps the other listed, also when only the pages on disk say so.
      rmSync(join(out, "manifest.json"));
      await runWorkbook({ notebooks: [join(FIXTURES, "plotly.ipynb")], outDir: out });
      expect(readFileSync(join(out, "index.html"), "utf8")).toContain('href="ru/plotly.html"');
    },
    KERNEL_TEST_TIMEOUT * 2,
  );

  it(
    "drops an earlier run whose notebook no longer exists from the index and from the folder, nothing else",
    async () => {
      const out = join(temp, "out3");
      const draft = join(temp, "draft.ipynb");
      writeFileSync(
        draft,
        stringifyNotebook(
          notebookOf(
            'import * as fs from "fs";\nimport * as path from ' +
              '"path";\nfs.writeFileSync(path.join(process.env.THROUGHPUT_ACCOUNTING_RESULTS_DIR ?? "", "d.xlsx"), "x");',
          ),
        ),
      );
      await runWorkbook({ notebooks: [draft, join(FIXTURES, "hello.ipynb")], outDir: out });
      expect(readFileSync(join(out, "index.html"), "utf8")).toContain('href="draft.html"');
      const drafts = [join(out, "draft.html"), join(out, "notebooks", "draft.ipynb"), join(out, "results", "draft")];
      expect(drafts.map(existsSync)).toEqual([true, true, true]);
      writeFileSync(join(out, "notes.html"), "the user's own file");
      rmSync(draft);
      await runWorkbook({ notebooks: [join(FIXTURES, "parameters.ipynb")], outDir: out });
      const index = readFileSync(join(out, "index.html"), "utf8");
      expect(index).not.toContain('href="draft.html"');
      expect(index).toContain('href="hello.html"');
      expect(drafts.map(existsSync)).toEqual([false, false, false]);
      // Outputs of notebooks that still exist, and files the runner did not write, stay.
      expect(existsSync(join(out, "hello.html"))).toBe(true);
      expect(readFileSync(join(out, "notes.html"), "utf8")).toBe("the user's own file");
    },
    KERNEL_TEST_TIMEOUT,
  );

  it(
    "refuses, before running anything, an output folder where it would overwrite a source notebook",
    async () => {
      const dir = join(temp, "self");
      mkdirSync(join(dir, "notebooks"), { recursive: true });
      const source = join(dir, "notebooks", "x.ipynb");
      const text = stringifyNotebook(notebookOf("console.log(1)"));
      writeFileSync(source, text);
      await expect(runWorkbook({ notebooks: [source], outDir: dir })).rejects.toThrow(
        /refusing to write .*x\.ipynb: it is a source notebook/,
      );
      expect(readFileSync(source, "utf8")).toBe(text);
      expect(existsSync(join(dir, "index.html"))).toBe(false);
      expect(liveKernels()).toBe(0);
    },
    KERNEL_TEST_TIMEOUT,
  );
});
