import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sign, verify } from "../../../src/runtime/protocol/hmac";

describe("HMAC-SHA256 message signing", () => {
  it("matches the published test vector for HMAC-SHA256", () => {
    // RFC 4231-style well-known vector: key "key", "The quick brown fox jumps over the lazy dog".
    expect(sign("key", ["The quick brown fox jumps over the lazy dog"])).toBe(
      "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
    );
  });

  it("signs the concatenation of the frames, as Jupyter does", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.array(fc.string(), { minLength: 4, maxLength: 4 }), (key, frames) => {
        expect(sign(key, frames)).toBe(createHmac("sha256", key).update(frames.join("")).digest("hex"));
      }),
    );
  });

  it("uses an empty signature when the key is empty (signing disabled)", () => {
    expect(sign("", ["{}", "{}", "{}", "{}"])).toBe("");
  });

  it("verifies its own signature and rejects a changed frame, key or signature", () => {
    const frames = ['{"msg_id":"1","msg_type":"execute_request"}', "{}", "{}", '{"code":"1+1"}'];
    const signature = sign("secret", frames);
    expect(verify("secret", signature, frames)).toBe(true);
    expect(verify("secret", signature, [...frames.slice(0, 3), '{"code":"2+2"}'])).toBe(false);
    expect(verify("other", signature, frames)).toBe(false);
    expect(verify("secret", signature.slice(0, -1), frames)).toBe(false);
    expect(verify("secret", "", frames)).toBe(false);
  });
});
