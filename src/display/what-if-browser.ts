/**
 * The live what-if in the browser: the entry point esbuild bundles (with the core) into
 * `dist/browser/what-if.js`. It finds every what-if on the page, reads its spec (the model as JSON) and
 * recomputes the view with the same `whatIfView` the notebook used for the static output, as a control
 * moves. No network, no kernel: everything it needs is in the page.
 */
import { controlValueText, resolveControls, specFromJson, whatIfView, type WhatIfSpec } from "./what-if-view";

interface PlotlyLike {
  react(div: HTMLElement, data: unknown, layout: unknown, config?: unknown): unknown;
}

const MOUNTED = "data-ta-mounted";

/** Wires one what-if root: its controls' `input` events recompute its figures, table, sentences and chart. */
function mount(root: HTMLElement): void {
  if (root.hasAttribute(MOUNTED)) return;
  const source = root.querySelector<HTMLScriptElement>('script[type="application/json"][data-what-if-spec]');
  if (!source) return;
  root.setAttribute(MOUNTED, "");
  const spec: WhatIfSpec = specFromJson(JSON.parse(source.textContent ?? "{}"));
  const inputs = Array.from(root.querySelectorAll<HTMLInputElement>("input[name]"));
  const byName = new Map(resolveControls(spec).map((control) => [control.name, control]));
  const controls = inputs.map((input) => byName.get(input.name));
  const update = () => {
    const values: Record<string, string> = {};
    for (const input of inputs) values[input.name] = input.value;
    let view;
    try {
      view = whatIfView(spec, values);
    } catch (error) {
      const message = root.querySelector<HTMLElement>("[data-what-if-error]");
      if (message) message.textContent = error instanceof Error ? error.message : String(error);
      return;
    }
    const message = root.querySelector<HTMLElement>("[data-what-if-error]");
    if (message) message.textContent = "";
    for (const [index, input] of inputs.entries()) {
      const output = root.querySelector<HTMLElement>(`output[data-for="${CSS.escape(input.name)}"]`);
      const control = controls[index];
      if (output) output.textContent = control ? controlValueText(control, input.value, spec.locale) : input.value;
    }
    const table = root.querySelector<HTMLElement>("[data-what-if-table]");
    if (table) table.innerHTML = view.tableHtml; // built by whatIfView with every user string escaped
    for (const element of Array.from(root.querySelectorAll<HTMLElement>("[data-figure]"))) {
      const figure = view.figures[element.dataset.figure ?? ""];
      if (!figure) continue;
      element.textContent = figure.text;
      if (figure.value !== undefined) element.dataset.value = figure.value;
      else delete element.dataset.value;
    }
    const sentences = root.querySelector<HTMLElement>("[data-what-if-sentences]");
    if (sentences) {
      sentences.replaceChildren(
        ...view.sentences.map((sentence) => {
          const li = document.createElement("li");
          li.textContent = sentence;
          return li;
        }),
      );
    }
    const chart = root.querySelector<HTMLElement>("[data-what-if-chart]");
    const plotly = (window as unknown as { Plotly?: PlotlyLike }).Plotly;
    if (chart && view.figure && plotly)
      plotly.react(chart, view.figure.data, view.figure.layout, { responsive: true, displaylogo: false });
    root.dispatchEvent(new CustomEvent("ta-what-if-updated", { bubbles: true }));
  };
  for (const input of inputs) input.addEventListener("input", update);
  update();
}

/** Mounts every what-if on the page that is not mounted yet (outputs arrive one by one in a notebook). */
function mountAll(): void {
  for (const root of Array.from(document.querySelectorAll<HTMLElement>(".ta-what-if"))) mount(root);
}

(window as unknown as { ThroughputAccountingWhatIf?: unknown }).ThroughputAccountingWhatIf = {
  mount,
  mountAll,
  whatIfView,
  specFromJson,
};
mountAll();
