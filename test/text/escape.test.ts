import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cutText, escapeHtml, headOf, scriptJson, stripAnsi, terminalText, visibleText } from "../../src/text/escape";

describe("one module makes text safe for HTML, script JSON and terminals", () => {
  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;",
    );
  });

  it("property: script JSON never closes a script or opens a comment, and parses back to the value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, text) => {
        const json = scriptJson({ value, text: `</script><!--${text}\u2028` });
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text: `</script><!--${text}\u2028` })));
      }),
    );
  });

  it("shows invisible and control characters as code points, keeping lines where asked", () => {
    expect(visibleText("haircut\u200b")).toBe("haircut<U+200B>");
    expect(visibleText("a\nb")).toBe("a<U+000A>b");
    expect(terminalText("boom\r\n\u001b]0;pwned\u0007\u001b[2J\tx")).toBe(
      "boom\n<U+001B>]0;pwned<U+0007><U+001B>[2J\tx",
    );
    expect(stripAnsi("\u001b[31mError\u001b[39m \u001b]0;title\u0007ok")).toBe("Error ok");
  });

  it("property: terminal text holds no escape or control character but line feed and tab", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(terminalText(text)).not.toMatch(/(?![\n\t])[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u);
      }),
    );
  });

  it("cuts long text at a code point and says how long it was", () => {
    expect(headOf("ab😀", 3)).toBe("ab");
    expect(cutText("x".repeat(100_000), 20)).toBe(`${"x".repeat(19)}… (100,000 characters)`);
    expect(cutText("short", 20)).toBe("short");
  });
});

describe("HTML shows control characters instead of hiding them", () => {
  it("writes an ESC or a NUL as its code point, and keeps tabs and line ends", () => {
    expect(escapeHtml("a\u001b[31mb\u0000c\td\ne")).toBe("a&lt;U+001B&gt;[31mb&lt;U+0000&gt;c\td\ne");
  });
});
