import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { joinSource, type Notebook } from "../notebook/nbformat";
import { whatIfBundleSource } from "../../display/what-if";
import { plotlySource, usesPlotly } from "./plotly";
import { withChartPicture } from "./chart-picture";

/** Where Debian (and CI) installs Chromium; `THROUGHPUT_ACCOUNTING_CHROMIUM` names another. */
const DEFAULT_CHROMIUM = "/usr/bin/chromium";
/** The same flags as the browser tests: without the background-networking ones Chromium calls Google. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Options of {@link chartImager}. */
export interface ChartImagerOptions {
  /** Chromium's executable; default `THROUGHPUT_ACCOUNTING_CHROMIUM` or /usr/bin/chromium. */
  readonly executablePath?: string;
  /** Limit per chart, in ms (default 15 s): a chart that does not draw in time keeps no picture. */
  readonly chartTimeoutMs?: number;
  /** Told once why pictures are skipped (no Chromium, no playwright-core, a chart that would not draw). */
  readonly onNotice?: (message: string) => void;
}

/** A notebook with pictures of its charts, and how many it got. */
export interface PicturedNotebook {
  readonly notebook: Notebook;
  readonly added: number;
}

/** Renders the charts of executed notebooks to SVG in one headless Chromium for the whole run. */
export interface ChartImager {
  /**
   * A copy of the notebook in which every output that draws a Plotly chart (its first chart) carries a
   * picture of it twice: as `image/svg+xml` beside `text/html` (for viewers that pick a picture, such as
   * nbconvert's non-HTML exports) and inside the `text/html` itself ({@link withChartPicture}), because
   * Jupyter shows an untrusted notebook's HTML, sanitized, rather than a picture beside it. The input is
   * not changed. Never throws: a problem is a notice.
   */
  addImages(notebook: Notebook): Promise<PicturedNotebook>;
  /** Closes the browser, if one was started. */
  close(): Promise<void>;
}

/**
 * A static picture of each chart in an executed notebook, so the chart still shows where scripts do not
 * run (an untrusted notebook, GitHub's viewer). tslab sends one mime type per display call, so the
 * runner adds the picture afterwards: Chromium (through playwright-core) loads plotly.js once, draws
 * each chart output and asks `Plotly.toImage` for its SVG. Chromium is started on the first chart and
 * only once; without it the run goes on with a notice and no pictures.
 *
 * @example
 * const imager = chartImager({ onNotice: console.warn });
 * try { ({ notebook } = await imager.addImages(run.notebook)); } finally { await imager.close(); }
 */
export function chartImager(options: ChartImagerOptions = {}): ChartImager {
  const executablePath = options.executablePath ?? process.env.THROUGHPUT_ACCOUNTING_CHROMIUM ?? DEFAULT_CHROMIUM;
  const timeout = options.chartTimeoutMs ?? 15_000;
  let browser: Browser | undefined;
  let page: Promise<Page | undefined> | undefined;
  let disabled = false;
  const notice = (message: string) => {
    disabled = true;
    options.onNotice?.(`charts keep no static picture: ${message}`);
  };
  const openPage = async (): Promise<Page | undefined> => {
    if (!existsSync(executablePath))
      return void notice(`${executablePath} not found (set THROUGHPUT_ACCOUNTING_CHROMIUM)`);
    let chromium: typeof import("playwright-core").chromium;
    try {
      ({ chromium } = await import("playwright-core"));
    } catch {
      return void notice("playwright-core is not installed");
    }
    try {
      browser = await chromium.launch({ executablePath, args: ARGS, timeout });
      const context = await browser.newContext({ viewport: { width: 960, height: 720 } });
      // The charts are offline: nothing may leave the machine.
      await context.route(/^(?!data:|about:)/, (route) => route.abort());
      const p = await context.newPage();
      await p.setContent(
        `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="host"></div></body></html>`,
      );
      await p.addScriptTag({ content: plotlySource() });
      // A live what-if draws its chart through the browser bundle; without it, only plain charts get a picture.
      try {
        await p.addScriptTag({ content: whatIfBundleSource() });
      } catch {
        // No bundle built: what-ifs keep no picture, plain charts still do.
      }
      return p;
    } catch (e) {
      return void notice(`Chromium did not start (${(e as Error).message.split("\n")[0]})`);
    }
  };

  return {
    async addImages(notebook) {
      let added = 0;
      const cells: Notebook["cells"] = [];
      for (const cell of notebook.cells) {
        if (cell.cell_type !== "code" || disabled) {
          cells.push(cell);
          continue;
        }
        const outputs: typeof cell.outputs = [];
        for (const output of cell.outputs) {
          outputs.push(output);
          if (disabled) continue;
          if (output.output_type !== "display_data" && output.output_type !== "execute_result") continue;
          const html = output.data["text/html"];
          if (html === undefined || output.data["image/svg+xml"] !== undefined) continue;
          const text = joinSource(html as string | string[]);
          if (!usesPlotly(text)) continue;
          page ??= openPage();
          const p = await page;
          if (p === undefined) continue;
          const picture = await svgOf(p, text, timeout).catch(() => undefined);
          if (picture === undefined) continue;
          const data = {
            ...output.data,
            "text/html": withChartPicture(text, picture.svg, { alt: picture.title }),
            "image/svg+xml": picture.svg,
          };
          outputs[outputs.length - 1] = { ...output, data };
          added += 1;
        }
        cells.push({ ...cell, outputs });
      }
      return { notebook: { ...notebook, cells }, added };
    },
    async close() {
      await browser?.close().catch(() => undefined);
      browser = undefined;
    },
  };
}

/** Draws one output's HTML (running its scripts, as a trusted notebook does) and returns its first chart as SVG. */
async function svgOf(page: Page, html: string, timeout: number): Promise<{ svg: string; title: string } | undefined> {
  await page.evaluate((markup) => {
    const host = document.getElementById("host")!;
    host.innerHTML = markup;
    // innerHTML does not run scripts: replace each with a fresh copy, which does.
    for (const old of Array.from(host.querySelectorAll("script"))) {
      const script = document.createElement("script");
      // Attributes too: a what-if's spec is a `<script type="application/json">` that must stay data.
      for (const attribute of Array.from(old.attributes)) script.setAttribute(attribute.name, attribute.value);
      script.textContent = old.textContent;
      old.replaceWith(script);
    }
  }, html);
  await page.waitForFunction(() => document.querySelector("#host .js-plotly-plot .main-svg") !== null, undefined, {
    timeout,
  });
  const { url, title } = await page.evaluate(async () => {
    const gd = document.querySelector("#host .js-plotly-plot") as HTMLElement & {
      _fullLayout?: { width?: number; height?: number; title?: { text?: string } };
    };
    const plotly = (window as unknown as { Plotly: { toImage(gd: HTMLElement, o: object): Promise<string> } }).Plotly;
    const image = await plotly.toImage(gd, {
      format: "svg",
      width: gd._fullLayout?.width ?? 900,
      height: gd._fullLayout?.height ?? 440,
    });
    // The title as the reader sees it (Plotly's titles may hold <br> and entities): the picture's alt text.
    const markup = (gd._fullLayout?.title?.text ?? "").replace(/<br\s*\/?>/gi, " ");
    return { url: image, title: new DOMParser().parseFromString(markup, "text/html").body.textContent ?? "" };
  });
  const comma = url.indexOf(",");
  if (!url.startsWith("data:image/svg+xml") || comma < 0) return undefined;
  const body = url.slice(comma + 1);
  const svg = url.slice(0, comma).endsWith(";base64")
    ? Buffer.from(body, "base64").toString("utf8")
    : decodeURIComponent(body);
  return { svg, title: title.trim() || "chart" };
}
