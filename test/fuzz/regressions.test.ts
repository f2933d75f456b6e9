// Every counterexample the fuzz suite (and the hardening issue's fuzzing) found, kept as a plain test
// so it is checked on every run whatever the random seed. Add each new one here with what it showed.
import { describe, expect, it } from "vitest";
import { money } from "../../src/core";
import { formatMoney } from "../../src/i18n";
import { tableText } from "../../src/display";
import { escapeHtml } from "../../src/text/escape";
import { checkHostile } from "./hostile";
import { loadsOrRefusesClearly, type Mutation } from "./mutations";

const cases: readonly {
  readonly why: string;
  readonly folder: "salon" | "pq";
  readonly mutations: readonly Mutation[];
  readonly outcome: "loaded" | "refused";
}[] = [
  {
    why: "mixed CRLF and LF line ends in one file were glued into a value",
    folder: "salon",
    mutations: [{ kind: "line-end", file: "sales.csv", action: "crlf-some" }],
    outcome: "loaded",
  },
  {
    why: "a zero-width space in an id looked identical to the valid id in the message",
    folder: "salon",
    mutations: [{ kind: "value", file: "sales.csv", row: 1, column: 1, value: "haircut\u200b" }],
    outcome: "refused",
  },
  {
    why: "a NUL in an id",
    folder: "pq",
    mutations: [{ kind: "value", file: "usage.csv", row: 1, column: 0, value: "P\u0000" }],
    outcome: "refused",
  },
  {
    why: "a 5 000-character value was echoed whole",
    folder: "salon",
    mutations: [
      { kind: "value", file: "products.csv", row: 1, column: 4, value: "9".repeat(2_500) + "x".repeat(2_500) },
    ],
    outcome: "refused",
  },
  {
    why: "a row with one value too many, the last empty, was reported as amount and rate both filled in",
    folder: "pq",
    mutations: [{ kind: "raw", file: "tvc.csv", at: 71, text: "," }],
    outcome: "refused",
  },
  {
    why: "the model.csv header's first column emptied",
    folder: "salon",
    mutations: [{ kind: "value", file: "model.csv", row: 0, column: 0, value: "" }],
    outcome: "loaded",
  },
  {
    why: "a product named Infinity is a name, not a number",
    folder: "salon",
    mutations: [{ kind: "value", file: "products.csv", row: 1, column: 1, value: "Infinity" }],
    outcome: "loaded",
  },
  {
    why: "a demand row for a product called NaN is refused with the name quoted",
    folder: "pq",
    mutations: [{ kind: "value", file: "demand.csv", row: 0, column: 0, value: "NaN" }],
    outcome: "refused",
  },
  // UTF-16 ("Unicode text") loads since issue 13 (see test/load/encoding.test.ts).
  {
    why: "a UTF-16 file with its byte-order mark",
    folder: "salon",
    mutations: [{ kind: "encoding", file: "products.csv", action: "utf16le-bom" }],
    outcome: "loaded",
  },
  {
    why: "a Windows-1251 file",
    folder: "salon",
    mutations: [{ kind: "encoding", file: "products.csv", action: "cp1251" }],
    outcome: "refused",
  },
];

describe("fuzz regressions: model folders", () => {
  for (const c of cases)
    it(c.why, () => {
      expect(loadsOrRefusesClearly(c.folder, c.mutations)).toBe(c.outcome);
    });
});

describe("fuzz regressions: hostile strings", () => {
  it("a resource named <img onerror> (the text 'onerror=' stays, as text)", async () => {
    await checkHostile({ kind: "cell", file: "resources.csv", column: "name" }, "<img src=x onerror=alert(1)>");
  });

  it("a period named with an ANSI colour code reached HTML with a raw ESC", async () => {
    await checkHostile({ kind: "id", id: "month-1" }, "\u001b[31mred\u001b[0m");
    expect(escapeHtml("\u001b[31m")).toBe("&lt;U+001B&gt;[31m");
  });

  it("a terminal title sequence in the model name", async () => {
    await checkHostile({ kind: "cell", file: "model.csv", column: "name" }, "\u001b]0;pwned\u0007\u001b[2J");
  });
});

describe("fuzz regressions: display", () => {
  it("0.125 shows as 0.13 everywhere (half away from zero), as round() gives", () => {
    expect(formatMoney(money("0.125"))).toBe("₽0.13");
    expect(tableText([{ price: money("10.125") }])).toContain("₽10.13");
  });
});
