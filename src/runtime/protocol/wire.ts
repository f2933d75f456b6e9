import { sign, verify } from "./hmac";
import type { Header, Message } from "./message";

/** The frame that separates ZeroMQ routing identities from the signed message. */
export const DELIMITER = "<IDS|MSG>";

/**
 * Serialises a message into ZeroMQ frames: `[...identities, "<IDS|MSG>", signature, header,
 * parent_header, metadata, content, ...buffers]`.
 *
 * @example
 * encode(makeMessage("kernel_info_request", {}, "s"), "key")[0] // "<IDS|MSG>"
 */
export function encode(message: Message<unknown>, key: string, identities: Buffer[] = []): (string | Buffer)[] {
  const parts = [
    JSON.stringify(message.header),
    JSON.stringify(message.parent_header),
    JSON.stringify(message.metadata),
    JSON.stringify(message.content),
  ];
  return [...identities, DELIMITER, sign(key, parts), ...parts, ...message.buffers];
}

/** Why a set of frames was not accepted as a message. */
export type DecodeError = { kind: "no-delimiter" } | { kind: "bad-signature" } | { kind: "bad-json"; detail: string };

/** A decoded message, or the reason it was rejected (errors as data: a bad frame must not crash the reader). */
export type Decoded =
  { success: true; message: Message; identities: Buffer[] } | { success: false; error: DecodeError };

/**
 * Parses and authenticates ZeroMQ frames. Messages whose signature does not match `key` are
 * rejected, because anyone on the machine could otherwise inject outputs into a notebook.
 *
 * @example
 * decode(encode(msg, "k"), "k").success // true
 * decode(encode(msg, "k"), "other").success // false
 */
export function decode(frames: readonly Buffer[], key: string): Decoded {
  const at = frames.findIndex((f) => f.length === DELIMITER.length && f.toString("utf8") === DELIMITER);
  const signatureFrame = frames[at + 1];
  if (at < 0 || signatureFrame === undefined || frames.length < at + 6)
    return { success: false, error: { kind: "no-delimiter" } };
  const signature = signatureFrame.toString("utf8");
  const parts = frames.slice(at + 2, at + 6);
  if (!verify(key, signature, parts)) return { success: false, error: { kind: "bad-signature" } };
  try {
    const [header, parent, metadata, content] = parts.map((p) => JSON.parse(p.toString("utf8")) as unknown);
    return {
      success: true,
      identities: frames.slice(0, at),
      message: {
        header: header as Header,
        parent_header: (parent ?? {}) as Partial<Header>,
        metadata: (metadata ?? {}) as Record<string, unknown>,
        content: (content ?? {}) as Record<string, unknown>,
        buffers: frames.slice(at + 6),
      },
    };
  } catch (e) {
    return { success: false, error: { kind: "bad-json", detail: String(e) } };
  }
}
