import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signs the four JSON frames of a Jupyter message (header, parent_header, metadata, content)
 * with HMAC-SHA256, as the messaging protocol (v5.3, "The Wire Protocol") requires.
 * An empty key means signing is disabled, and the signature is the empty string.
 *
 * @example
 * sign("secret", ['{"msg_id":"1"}', "{}", "{}", "{}"]) // → 64 hex characters
 */
export function sign(key: string, frames: readonly (string | Buffer)[]): string {
  if (key === "") return "";
  const hmac = createHmac("sha256", key);
  for (const frame of frames) hmac.update(frame);
  return hmac.digest("hex");
}

/**
 * Checks a received signature in constant time, so a peer cannot learn the key byte by byte.
 *
 * @example
 * verify("k", sign("k", parts), parts) // → true
 */
export function verify(key: string, signature: string, frames: readonly (string | Buffer)[]): boolean {
  const expected = Buffer.from(sign(key, frames), "utf8");
  const actual = Buffer.from(signature, "utf8");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
