import { describe, expect, it } from "vitest";
import { makeMessage, PROTOCOL_VERSION } from "../../../src/runtime/protocol/message";
import { decode, DELIMITER, encode } from "../../../src/runtime/protocol/wire";

const asBuffers = (frames: (string | Buffer)[]) => frames.map((f) => (typeof f === "string" ? Buffer.from(f) : f));

describe("wire format", () => {
  const message = makeMessage("execute_request", { code: "console.log('ё')" }, "session-1");

  it("builds version 5.3 headers with a fresh id each time", () => {
    expect(message.header.version).toBe(PROTOCOL_VERSION);
    expect(PROTOCOL_VERSION).toBe("5.3");
    expect(makeMessage("x", {}, "s").header.msg_id).not.toBe(makeMessage("x", {}, "s").header.msg_id);
  });

  it("lays out frames as identities, delimiter, signature, four JSON parts", () => {
    const frames = encode(message, "k", [Buffer.from("peer")]);
    expect(frames[0]?.toString()).toBe("peer");
    expect(frames[1]).toBe(DELIMITER);
    expect(frames[2]).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(String(frames[3]))).toEqual(message.header);
    expect(frames).toHaveLength(7);
  });

  it("round-trips a message, keeping identities and UTF-8 content", () => {
    const decoded = decode(asBuffers(encode(message, "k", [Buffer.from("a"), Buffer.from("b")])), "k");
    expect(decoded.success).toBe(true);
    if (!decoded.success) return;
    expect(decoded.message.header).toEqual(message.header);
    expect(decoded.message.content).toEqual({ code: "console.log('ё')" });
    expect(decoded.identities.map(String)).toEqual(["a", "b"]);
  });

  it("rejects a message signed with another key or altered on the way", () => {
    expect(decode(asBuffers(encode(message, "k")), "other")).toEqual({
      success: false,
      error: { kind: "bad-signature" },
    });
    const frames = asBuffers(encode(message, "k"));
    frames[5] = Buffer.from('{"code":"process.exit()"}');
    expect(decode(frames, "k")).toEqual({ success: false, error: { kind: "bad-signature" } });
  });

  it("rejects frames without the delimiter or too short", () => {
    expect(decode([Buffer.from("x")], "k")).toEqual({ success: false, error: { kind: "no-delimiter" } });
    expect(decode([Buffer.from(DELIMITER), Buffer.from("sig")], "k")).toEqual({
      success: false,
      error: { kind: "no-delimiter" },
    });
  });

  it("reports signed but malformed JSON as data, not an exception", () => {
    const frames = asBuffers(encode(message, ""));
    frames[3] = Buffer.from("{not json");
    const decoded = decode(frames, "");
    expect(decoded.success).toBe(false);
    if (!decoded.success) expect(decoded.error.kind).toBe("bad-json");
  });
});
