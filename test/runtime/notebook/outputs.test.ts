import { describe, expect, it } from "vitest";
import { applyIopub, emptyOutputs, stderrText, type OutputState } from "../../../src/runtime/notebook/outputs";

const fold = (messages: [string, Record<string, unknown>][]): OutputState =>
  messages.reduce((s, [type, content]) => applyIopub(s, type, content), emptyOutputs());

describe("iopub messages to nbformat outputs", () => {
  it("merges consecutive stream text of the same stream, and not across streams", () => {
    const state = fold([
      ["stream", { name: "stdout", text: "a\n" }],
      ["stream", { name: "stdout", text: "b\n" }],
      ["stream", { name: "stderr", text: "oops\n" }],
      ["stream", { name: "stdout", text: "c\n" }],
    ]);
    expect(state.outputs).toEqual([
      { output_type: "stream", name: "stdout", text: "a\nb\n" },
      { output_type: "stream", name: "stderr", text: "oops\n" },
      { output_type: "stream", name: "stdout", text: "c\n" },
    ]);
    expect(stderrText(state.outputs)).toBe("oops\n");
  });

  it("keeps display data and execute results with their metadata, dropping transient fields", () => {
    const state = fold([
      [
        "display_data",
        { data: { "text/html": "<b>5</b>" }, metadata: { isolated: true }, transient: { display_id: "d1" } },
      ],
      ["execute_result", { data: { "text/plain": "5" }, metadata: {}, execution_count: 3 }],
    ]);
    expect(state.outputs).toEqual([
      { output_type: "display_data", data: { "text/html": "<b>5</b>" }, metadata: { isolated: true } },
      { output_type: "execute_result", data: { "text/plain": "5" }, metadata: {}, execution_count: 3 },
    ]);
  });

  it("rewrites an earlier display in place on update_display_data", () => {
    const state = fold([
      ["display_data", { data: { "text/plain": "0 %" }, metadata: {}, transient: { display_id: "p" } }],
      ["stream", { name: "stdout", text: "working\n" }],
      ["update_display_data", { data: { "text/plain": "100 %" }, metadata: {}, transient: { display_id: "p" } }],
      [
        "update_display_data",
        { data: { "text/plain": "ignored" }, metadata: {}, transient: { display_id: "unknown" } },
      ],
    ]);
    expect(state.outputs[0]).toEqual({ output_type: "display_data", data: { "text/plain": "100 %" }, metadata: {} });
    expect(state.outputs).toHaveLength(2);
  });

  it("clears at once, or at the next output with wait=true", () => {
    expect(
      fold([
        ["stream", { name: "stdout", text: "x" }],
        ["clear_output", { wait: false }],
      ]).outputs,
    ).toEqual([]);
    const waiting = fold([
      ["stream", { name: "stdout", text: "x" }],
      ["clear_output", { wait: true }],
    ]);
    expect(waiting.outputs).toHaveLength(1);
    expect(applyIopub(waiting, "stream", { name: "stdout", text: "y" }).outputs).toEqual([
      { output_type: "stream", name: "stdout", text: "y" },
    ]);
  });

  it("turns error messages into error outputs and ignores other message types", () => {
    const state = fold([
      ["error", { ename: "TypeError", evalue: "x is not a function", traceback: ["at cell 1"] }],
      ["status", { execution_state: "idle" }],
      ["execute_input", { code: "x()" }],
    ]);
    expect(state.outputs).toEqual([
      { output_type: "error", ename: "TypeError", evalue: "x is not a function", traceback: ["at cell 1"] },
    ]);
  });

  it("never changes the state it is given", () => {
    const before = fold([["stream", { name: "stdout", text: "a" }]]);
    const copy = structuredClone(before);
    applyIopub(before, "stream", { name: "stdout", text: "b" });
    applyIopub(before, "clear_output", {});
    expect(before).toEqual(copy);
  });
});
