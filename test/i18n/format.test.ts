import { describe, expect, it } from "vitest";
import { money, toDecimal } from "../../src/core";
import { formatAmount, formatNumber, formatPercent, getDefaultLocale, labels, setDefaultLocale } from "../../src/i18n";
import { currencySymbol, plotlySeparators } from "../../src/i18n/format";
import { label } from "../../src/i18n/labels";
import { resolveLocale } from "../../src/i18n/locale";

describe("locale", () => {
  it("reduces regions to a language and falls back to English", () => {
    expect(resolveLocale("ru-RU")).toBe("ru");
    expect(resolveLocale("RU")).toBe("ru");
    expect(resolveLocale("de")).toBe("en");
    expect(resolveLocale()).toBe("en");
  });

  it("lets a notebook set Russian once, and refuses an unknown language", () => {
    const previous = setDefaultLocale("ru");
    try {
      expect(getDefaultLocale()).toBe("ru");
      expect(labels().throughput).toBe("Проход (T)");
    } finally {
      setDefaultLocale(previous);
    }
    expect(() => setDefaultLocale("de" as never)).toThrow(expect.objectContaining({ code: "unknown_locale", value: "de" }));
  });
});

describe("labels", () => {
  it("speaks the talk's words in Russian and keeps the symbols", () => {
    expect(labels("ru").throughput).toBe("Проход (T)");
    expect(labels("ru").operatingExpense).toBe("Операционные расходы (ОЕ)");
    expect(labels("ru").netProfit).toContain("Чистая прибыль");
    expect(label("breakEven", "ru")).toBe("Точка безубыточности");
    expect(labels("ru").constraint).toContain("Ресурс ограниченной мощности");
    expect(labels("en").throughput).toBe("Throughput (T)");
  });

  it("has every English key in Russian, and no empty label", () => {
    const en = labels("en");
    const ru = labels("ru");
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(en), ...Object.values(ru)]) expect(value.trim()).not.toBe("");
  });
});

describe("formatting", () => {
  it("formats the four currencies in both locales", () => {
    const rows = (["RUB", "USD", "EUR", "KZT"] as const).map((c) => [
      formatAmount(money("-1234.5", c), { locale: "en" }),
      formatAmount(money("-1234.5", c), { locale: "ru" }),
    ]);
    expect(rows).toEqual([
      ["-₽1,234.50", "-1\u00a0234,50\u00a0₽"],
      ["-$1,234.50", "-1\u00a0234,50\u00a0$"],
      ["-€1,234.50", "-1\u00a0234,50\u00a0€"],
      ["-₸1,234.50", "-1\u00a0234,50\u00a0₸"],
    ]);
  });

  it("keeps the kopeck of a huge amount (no float on the way)", () => {
    expect(formatAmount(money("1000000000000000000.01"), { currencyDisplay: "code" })).toBe("RUB\u00a01,000,000,000,000,000,000.01");
  });

  it("signs differences and formats numbers and shares", () => {
    expect(formatAmount(money(30), { signed: true })).toBe("+₽30.00");
    expect(formatNumber(toDecimal("1234.5"), { locale: "ru" })).toBe("1\u00a0234,5");
    expect(formatNumber(17.333333, { digits: 1 })).toBe("17.3");
    expect(formatNumber(Infinity)).toBe("∞");
    expect(formatPercent(0.16, { locale: "ru" })).toBe("16\u00a0%");
    expect(formatPercent(toDecimal("0.9234"))).toBe("92.3%");
    expect(currencySymbol("KZT")).toBe("₸");
    expect(plotlySeparators("ru")).toBe(",\u00a0");
    expect(plotlySeparators("en")).toBe(".,");
  });
});
