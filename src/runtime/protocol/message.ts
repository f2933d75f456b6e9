import { randomUUID } from "node:crypto";

/** The messaging protocol version this client speaks. */
export const PROTOCOL_VERSION = "5.3";

/** A message header (Jupyter messaging protocol, "General Message Format"). */
export interface Header {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
}

/** A whole Jupyter message, without the routing identities of the wire format. */
export interface Message<C = Record<string, unknown>> {
  header: Header;
  /** The header of the request this message answers, or `{}`. */
  parent_header: Partial<Header>;
  metadata: Record<string, unknown>;
  content: C;
  buffers: Buffer[];
}

/**
 * Builds a new request message with a fresh `msg_id`.
 *
 * @example
 * makeMessage("execute_request", { code: "1 + 1" }, "session-id").header.msg_type // "execute_request"
 */
export function makeMessage<C>(msgType: string, content: C, session: string, username = "runtime"): Message<C> {
  return {
    header: {
      msg_id: randomUUID(),
      session,
      username,
      date: new Date().toISOString(),
      msg_type: msgType,
      version: PROTOCOL_VERSION,
    },
    parent_header: {},
    metadata: {},
    content,
    buffers: [],
  };
}

/** The id of the request a message answers, or undefined for unsolicited messages. */
export function parentId(message: Message<unknown>): string | undefined {
  return message.parent_header.msg_id;
}
