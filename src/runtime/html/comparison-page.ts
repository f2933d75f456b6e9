import { escapeHtml } from "../../text/escape";
import { htmlDocument } from "./document";

/** One run of a sweep as the comparison page shows it. */
export interface ComparisonRun {
  /** The grid's parameter values of this run. */
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly status: "ok" | "failed" | "interrupted";
  /** Relative link to the run's page. */
  readonly htmlHref: string;
  /** Figures the notebook recorded, by name: the text shown and the exact value. */
  readonly records: readonly { readonly name: string; readonly text: string; readonly value: unknown }[];
}

/**
 * A sweep's comparison page: one column per run (headed by its parameter values, linking its page), one
 * row per recorded figure, in the order the notebook first recorded them. A run that failed before
 * recording a figure shows "—" there. Every string is escaped.
 *
 * @example
 * renderComparisonPage("04-mix-and-political-mix", runs, "index.html", "04-mix-and-political-mix.compare.xlsx");
 */
export function renderComparisonPage(
  title: string,
  runs: readonly ComparisonRun[],
  indexHref?: string,
  workbookHref?: string,
): string {
  const names: string[] = [];
  for (const run of runs) for (const figure of run.records) if (!names.includes(figure.name)) names.push(figure.name);
  const gridNames: string[] = [];
  for (const run of runs)
    for (const name of Object.keys(run.parameters)) if (!gridNames.includes(name)) gridNames.push(name);
  const head = runs
    .map(
      (run, i) =>
        `<th><a href="${escapeHtml(run.htmlHref)}">run ` +
        `${i + 1}</a>${run.status === "ok" ? "" : ` <span class="status-failed">${escapeHtml(run.status)}</span>`}</th>`,
    )
    .join("");
  const parameterRows = gridNames
    .map(
      (name) =>
        `<tr class="parameter"><th><code>${escapeHtml(name)}</code></th>` +
        `${runs.map((run) => `<td class="num">${escapeHtml(shown(run.parameters[name]))}</td>`).join("")}</tr>`,
    )
    .join("\n");
  const figureRows = names
    .map(
      (name) =>
        `<tr><th>${escapeHtml(name)}</th>${runs
          .map((run) => {
            const figure = run.records.find((candidate) => candidate.name === name);
            return `<td class="num" data-record="${escapeHtml(name)}">${escapeHtml(figure?.text ?? "—")}</td>`;
          })
          .join("")}</tr>`,
    )
    .join("\n");
  const body = `<header class="page">${indexHref ? `<a href="${escapeHtml(indexHref)}">← all notebooks</a>` : ""}</header>
<main>
<h1>${escapeHtml(title)}: ${runs.length} runs compared</h1>
${workbookHref ? `<p><a href="${escapeHtml(workbookHref)}" download>The same table as an Excel workbook</a> (money as numbers in its currency).</p>` : ""}
${names.length === 0 ? `<p>The notebook recorded no figures: call <code>record("netProfit", plan.netProfit)</code> in it to compare them here.</p>` : ""}
<table class="comparison">
<thead><tr><th></th>${head}</tr></thead>
<tbody>
${parameterRows}
${figureRows}
</tbody>
</table>
</main>`;
  return htmlDocument(`${title}: comparison`, "", body);
}

function shown(value: unknown): string {
  return value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
}
