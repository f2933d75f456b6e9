import { recordsInHtml, type RecordedFigure } from "../../display/record";
import { joinSource, type Notebook } from "./nbformat";

/**
 * Every figure a run `record`ed, in the order of the outputs (a name recorded twice keeps its last value,
 * in the place it was first recorded).
 *
 * @example
 * recordsOfNotebook(run.notebook); // [{ name: "netProfit", value: { amount: "300", currency: "USD" }, text: "$300.00" }]
 */
export function recordsOfNotebook(notebook: Notebook): RecordedFigure[] {
  const byName = new Map<string, RecordedFigure>();
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "code") continue;
    for (const output of cell.outputs) {
      if (output.output_type !== "display_data" && output.output_type !== "execute_result") continue;
      const html = output.data["text/html"];
      if (html === undefined) continue;
      for (const figure of recordsInHtml(typeof html === "string" ? html : joinSource(html as string[])))
        byName.set(figure.name, figure);
    }
  }
  return [...byName.values()];
}

/**
 * The notebook with its recorded figures in `metadata.throughput_accounting.records` (a copy; the
 * notebook is not changed). Without records it is returned as it is.
 *
 * @example
 * withRecords(notebook, records).metadata.throughput_accounting; // { records: [...] }
 */
export function withRecords(notebook: Notebook, records: readonly RecordedFigure[]): Notebook {
  if (records.length === 0) return notebook;
  const previous = (notebook.metadata.throughput_accounting ?? {}) as Record<string, unknown>;
  return { ...notebook, metadata: { ...notebook.metadata, throughput_accounting: { ...previous, records } } };
}
