import type { MimeBundle, Output } from "./nbformat";

/**
 * The outputs of one cell while it runs. `clearPending` is a `clear_output(wait=True)` that
 * takes effect at the next output; `displays` maps a display_id to the indices it was shown at,
 * so `update_display_data` can rewrite them in place.
 */
export interface OutputState {
  outputs: Output[];
  clearPending: boolean;
  displays: Record<string, number[]>;
}

export const emptyOutputs = (): OutputState => ({ outputs: [], clearPending: false, displays: {} });

type Content = Record<string, unknown>;

const bundle = (v: unknown): MimeBundle => (typeof v === "object" && v !== null ? (v as MimeBundle) : {});
const displayIdOf = (content: Content): string | undefined => {
  const transient = content.transient as { display_id?: unknown } | undefined;
  return typeof transient?.display_id === "string" ? transient.display_id : undefined;
};

/**
 * Folds one iopub message into a cell's outputs, turning messaging-protocol content into
 * nbformat outputs as nbclient does: consecutive stream text of the same name is merged, display
 * updates rewrite earlier outputs, `clear_output` clears. Other message types leave the state as is.
 *
 * @example
 * applyIopub(emptyOutputs(), "stream", { name: "stdout", text: "hi\n" }).outputs
 * // [{ output_type: "stream", name: "stdout", text: "hi\n" }]
 */
export function applyIopub(state: OutputState, msgType: string, content: Content): OutputState {
  const producesOutput = ["stream", "display_data", "execute_result", "error"].includes(msgType);
  const base = state.clearPending && producesOutput ? emptyOutputs() : state;
  switch (msgType) {
    case "stream": {
      const name = content.name === "stderr" ? "stderr" : "stdout";
      const text = String(content.text ?? "");
      const last = base.outputs[base.outputs.length - 1];
      if (last && last.output_type === "stream" && last.name === name) {
        const merged = { ...last, text: String(last.text) + text };
        return { ...base, outputs: [...base.outputs.slice(0, -1), merged] };
      }
      return { ...base, outputs: [...base.outputs, { output_type: "stream", name, text }] };
    }
    case "display_data":
    case "execute_result": {
      const output: Output =
        msgType === "display_data"
          ? { output_type: "display_data", data: bundle(content.data), metadata: bundle(content.metadata) }
          : {
              output_type: "execute_result",
              execution_count: typeof content.execution_count === "number" ? content.execution_count : null,
              data: bundle(content.data),
              metadata: bundle(content.metadata),
            };
      const id = displayIdOf(content);
      const displays =
        id === undefined
          ? base.displays
          : { ...base.displays, [id]: [...(base.displays[id] ?? []), base.outputs.length] };
      return { ...base, outputs: [...base.outputs, output], displays };
    }
    case "update_display_data": {
      const id = displayIdOf(content);
      const at = id === undefined ? [] : (base.displays[id] ?? []);
      const outputs = base.outputs.map((o, i) =>
        at.includes(i) && (o.output_type === "display_data" || o.output_type === "execute_result")
          ? { ...o, data: bundle(content.data), metadata: bundle(content.metadata) }
          : o,
      );
      return { ...base, outputs };
    }
    case "error":
      return {
        ...base,
        outputs: [
          ...base.outputs,
          {
            output_type: "error",
            ename: String(content.ename ?? "Error"),
            evalue: String(content.evalue ?? ""),
            traceback: Array.isArray(content.traceback) ? content.traceback.map(String) : [],
          },
        ],
      };
    case "clear_output":
      return content.wait === true ? { ...state, clearPending: true } : emptyOutputs();
    default:
      return state;
  }
}

/**
 * All text a cell wrote to stderr, in order (tslab reports compile and runtime errors only there).
 *
 * @example
 * stderrText([{ output_type: "stream", name: "stderr", text: "1:5 - Cannot find name 'x'.\n" }]) // "1:5 - ..."
 */
export function stderrText(outputs: readonly Output[]): string {
  return outputs
    .filter((o) => o.output_type === "stream" && o.name === "stderr")
    .map((o) => (o.output_type === "stream" ? (Array.isArray(o.text) ? o.text.join("") : o.text) : ""))
    .join("");
}
