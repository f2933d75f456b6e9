import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { terminalSafe } from "../../src/cli/format";

const HOSTILE = "\u001b]0;pwned\u0007\u001b[2J";

/** A copy of data/pq with every name replaced by a hostile one. */
function hostilePq(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ta-cli-hostile-"));
  for (const file of fs.readdirSync("data/pq")) fs.copyFileSync(path.join("data/pq", file), path.join(folder, file));
  fs.writeFileSync(path.join(folder, "model.csv"), `name,currency,period_unit\n"pq${HOSTILE}",USD,week\n`);
  fs.writeFileSync(
    path.join(folder, "resources.csv"),
    `id,name,capacity,unit,note${HOSTILE}\nA,A${HOSTILE},2400,minute,\nB,Resource B,2400,minute,\nC,Resource C,2400,minute,\nD,Resource D,2400,minute,\n`,
  );
  fs.writeFileSync(
    path.join(folder, "operating_expenses.csv"),
    `id,name,category,amount,period\noe,OE,other,6000,w${HOSTILE}\n`,
  );
  return folder;
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

// Any escape, bell or other control character but line feed and tab.
const CONTROL = /(?![\n\t])[\p{Cc}\p{Cf}]/u;

describe("the CLI prints nothing a terminal obeys", () => {
  it("shows hostile model, period, resource and column names visibly in tables and warnings", async () => {
    const folder = hostilePq();
    for (const command of ["report", "resources", "rank", "mix"]) {
      const result = await run(command, folder);
      expect(result.code, `${command}: ${result.err}`).toBe(0);
      expect(result.out + result.err).not.toMatch(CONTROL);
    }
    const resources = await run("resources", folder);
    expect(resources.out).toContain("<U+001B>]0;pwned<U+0007>");
    expect(resources.err).toContain('column "note<U+001B>]0;pwned');
  });

  it("keeps JSON output JSON with the same values", async () => {
    const result = await run("resources", hostilePq(), "--json");
    expect(result.out).not.toMatch(CONTROL);
    expect(JSON.stringify(JSON.parse(result.out))).toContain("\\u001b]0;pwned\\u0007");
    expect(terminalSafe('{"name":"a\u200bb"}')).toBe('{"name":"a\\u200bb"}');
  });

  it("an error message with a hostile value is escaped too", async () => {
    const result = await run("mix", "data/pq", "--resource", `X${HOSTILE}`);
    expect(result.code).not.toBe(0);
    expect(result.err).not.toMatch(CONTROL);
  });
});

describe("mix and report --period", () => {
  it("an unknown period is an error listing the known ones", async () => {
    const result = await run("mix", "data/salon", "--period", "ghost");
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/unknown period "ghost"; the model's periods are month-1, month-2, month-3/);
    const report = await run("report", "data/salon", "--period", "ghost");
    expect(report.code).toBe(1);
    expect(report.err).toContain('unknown period "ghost"');
  });

  it("a known period still plans", async () => {
    expect((await run("mix", "data/salon", "--period", "month-2")).code).toBe(0);
  });
});
