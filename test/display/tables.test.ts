import { describe, expect, it } from "vitest";
import {
  breakEvenUnits,
  compareScenarios,
  evaluateSpecialOrder,
  money,
  throughputReport,
  toDecimal,
  comparePaySchemes,
} from "../../src/core";
import { show, tableHtml, tableText, toTables, type DisplayTarget } from "../../src/display";
import { XSS, administrator, haircut, lossMonth, phonePlan, salon, salonReports } from "../charts/fixtures";
import { throughputOf } from "../../src/core/throughput/period";

describe("tables of library results", () => {
  it("shows a losing month with NP visibly negative and marked as the total", () => {
    const html = tableHtml(lossMonth());
    expect(html).toMatch(
      /<tr class="ta-total"[^>]*><th scope="row"[^>]*>Net profit \(NP\)<\/th><td class="ta-num ta-negative"[^>]*>−₽50\.00<\/td><\/tr>/,
    );
    expect(html).toContain("text-align:right");
    expect(tableText(lossMonth())).toMatchInlineSnapshot(`
      "salon — month-3
      Metric                          Value
      ────────────────────────────  ───────
      Revenue                       ₽100.00
      Totally variable costs (TVC)   ₽50.00
      Throughput (T)                 ₽50.00
      Operating expense (OE)        ₽100.00
      ────────────────────────────  ───────
      Net profit (NP)               −₽50.00
      Productivity (T / OE)            0.50

      Throughput (T) — Product
      Product  Quantity  Revenue  Totally variable costs (TVC)  Throughput (T)
      ───────  ────────  ───────  ────────────────────────────  ──────────────
      Haircut        10  ₽100.00                        ₽50.00          ₽50.00
      ───────  ────────  ───────  ────────────────────────────  ──────────────
      Total              ₽100.00                        ₽50.00          ₽50.00

      Operating expense (OE) — Category
      Category   Amount
      ────────  ───────
      rent       ₽70.00
      salaries   ₽30.00
      ────────  ───────
      Total     ₽100.00"
    `);
  });

  it("speaks Russian with amounts in the reader's format", () => {
    const text = tableText(salonReports(), { locale: "ru" });
    expect(text).toContain("Проход (T)");
    expect(text).toContain("Итого");
    expect(text).toContain("−50,00\u00a0₽");
    expect(tableText(salonReports(), { locale: "ru" })).toMatchSnapshot();
  });

  it("totals the periods: T 150, OE 190, NP −40", () => {
    const [table] = toTables(salonReports());
    const total = table!.rows.at(-1)!;
    expect(total.total).toBe(true);
    expect(total.cells.map((c) => (c.kind === "money" ? c.value.amount.toString() : c.kind))).toEqual([
      "text",
      "300",
      "150",
      "150",
      "190",
      "-40",
    ]);
  });

  it("shows a decision month by month with its verdict", () => {
    expect(tableText(administrator())).toMatchSnapshot();
  });

  it("shows the other results of the core", () => {
    const base = salon();
    const comparison = compareScenarios(base, salon("salon with admin"), { period: "month-1" });
    const order = evaluateSpecialOrder({
      price: money(10),
      tvcPerUnit: money(1),
      marketPrice: money(50),
      idleCapacity: 5,
    });
    const breakEven = breakEvenUnits(haircut, money(52));
    const pay = comparePaySchemes(
      [
        { kind: "percent-of-sales", name: "5 %", rate: "0.05" },
        {
          kind: "step-ladder",
          name: "ladder",
          plan: money(1_000_000),
          steps: [
            { fromAchievement: 0, pay: money(30_000) },
            { fromAchievement: 1, pay: money(60_000) },
          ],
        },
      ],
      money(1_000_000),
      [0.5, 1, 1.2],
    );
    expect(tableText(comparison)).toMatchSnapshot();
    expect(tableText(order)).toMatchSnapshot();
    expect(tableText(breakEven)).toContain("11");
    expect(tableText(phonePlan())).toMatchSnapshot();
    expect(tableText(pay)).toMatchSnapshot();
  });

  it("shows records, plain objects, decimals and amounts generically", () => {
    const text = tableText([
      { productName: "A", throughput: money(26), ratio: toDecimal("17.3333333"), whole: true },
      { productName: "B", throughput: money(-3), ratio: 2 },
    ]);
    expect(text).toMatchInlineSnapshot(`
      "Product name  Throughput (T)    Ratio  Whole
      ────────────  ──────────────  ───────  ─────
      A                     ₽26.00  17.3333  yes
      B                     −₽3.00        2"
    `);
    expect(tableText(money("1234.5", "KZT"), { locale: "ru" })).toContain("1\u00a0234,50\u00a0₸");
  });
});

describe("danfo DataFrames", () => {
  it("renders columns and values, and a named index as row headings", () => {
    const frame = {
      columns: ["product", "T"],
      values: [
        [XSS, 26],
        ["Gold Star", 209],
      ],
      index: ["a", "b"],
    };
    const html = tableHtml(frame);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
    expect(tableText(frame)).toMatchInlineSnapshot(`
      "   product                         T
      ─  ────────────────────────────  ───
      a  <img src=x onerror=alert(1)>   26
      b  Gold Star                     209"
    `);
  });
});

describe("escaping", () => {
  it("escapes a hostile product name in every table", () => {
    const html = tableHtml(throughputReport(salon(XSS, XSS), { period: "month-1" }));
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(tableHtml([{ name: XSS }], { title: XSS })).not.toContain("<img");
    expect(tableHtml(phonePlan(XSS))).not.toContain("<img");
  });
});

describe("show", () => {
  it("sends HTML to the kernel's display", () => {
    const sent: string[] = [];
    const display: DisplayTarget = { html: (html) => sent.push(html), text: () => undefined };
    show(lossMonth(), { display });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('class="ta-table"');
  });

  it("prints a text table outside a kernel, and when the kernel refuses", () => {
    const written: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (written.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      show(lossMonth());
      show(lossMonth(), {
        display: {
          html: () => {
            throw new Error("Not ready");
          },
          text: () => undefined,
        },
      });
    } finally {
      process.stdout.write = original;
    }
    expect(written).toHaveLength(2);
    expect(written[0]).toContain("Net profit (NP)               −₽50.00");
  });
});

describe("exercise feedback", () => {
  it("reads as a sentence marked right or wrong, with the hint below and every string escaped", () => {
    const wrong = {
      kind: "feedback",
      exerciseId: "01-1",
      correct: false,
      message: "Not 10: that is the price.",
      hint: "T = price − TVC <b>",
    } as const;
    expect(tableText(wrong)).toBe(
      [
        "Exercise 01-1 ✗",
        "Feedback",
        "──────────────────────────",
        "Not 10: that is the price.",
        "  • Hint: T = price − TVC <b>",
      ].join("\n"),
    );
    expect(tableHtml(wrong)).toContain("Hint: T = price − TVC &lt;b&gt;");
    expect(
      tableText({ kind: "feedback", exerciseId: "01-1", correct: true, message: "Right: 4 RUB." }, { locale: "ru" }),
    ).toContain("Упражнение 01-1 ✓");
  });
});

describe("a result is recognised by its kind, never by its keys", () => {
  it("keeps a report with extra fields in the report's tables", () => {
    // Before results were tagged, `basis`, `per` and `rows` made any object a ranking.
    const report = { ...lossMonth(), basis: "x", per: 1, rows: [] };
    expect(tableText(report).split("\n")[0]).toBe("salon — month-3");
  });

  it("shows an untagged object as a metric–value table, whatever keys it has", () => {
    const lookalike = { basis: "constraint", per: 60, rows: "none" };
    expect(toTables(lookalike)[0]!.columns.map((c) => c.label)).toEqual(["Metric", "Value"]);
    expect(tableText(lookalike)).not.toContain("Rank");
  });

  it("does not repeat the kind as a row of a summary", () => {
    const text = tableText(throughputReport(salon()).throughputDetail);
    expect(text).toContain("Period");
    expect(text).not.toContain("throughput-summary");
  });
});

describe("a nested list of records is never a JSON dump in a cell (issue 12, point 8)", () => {
  it("shows throughputOf's by-product lines as their own table, and says so in the summary's cell", () => {
    const summary = throughputOf(salon());
    const tables = toTables(summary);
    const text = tableText(summary);
    expect(text).not.toMatch(/[[\]{}"]/);
    expect(tables.length).toBe(2);
    expect(tables[1]!.title).toBe("By product");
    expect(tables[1]!.rows.length).toBe(summary.byProduct.length);
    expect(tables[1]!.columns.map((c) => c.label)).toContain("Throughput (T)");
    expect(text).toContain(`table below (rows: ${summary.byProduct.length})`);
    expect(tableText(summary, { locale: "ru" })).toContain(`таблица ниже (строк: ${summary.byProduct.length})`);
  });

  it("summarises a record nested in a list of records as readable text", () => {
    const text = tableText([{ id: "a", detail: { price: money(10), count: 2 }, tags: ["x", "y"] }]);
    expect(text).not.toMatch(/[[\]{}"]/);
    expect(text).toContain("Price: 10");
    expect(text).toContain("x; y");
  });
});
