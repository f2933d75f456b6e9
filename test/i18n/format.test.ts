import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { money, toDecimal } from "../../src/core";
import { formatMoney, formatNumber, formatPercent, getDefaultLocale, labels, setDefaultLocale } from "../../src/i18n";
import { currencySymbol, plotlySeparators, roundForDisplay } from "../../src/i18n/format";
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
    expect(() => setDefaultLocale("de" as never)).toThrow(
      expect.objectContaining({ code: "unknown_locale", value: "de" }),
    );
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
      formatMoney(money("-1234.5", c), { locale: "en" }),
      formatMoney(money("-1234.5", c), { locale: "ru" }),
    ]);
    expect(rows).toEqual([
      ["−₽1,234.50", "−1\u00a0234,50\u00a0₽"],
      ["−$1,234.50", "−1\u00a0234,50\u00a0$"],
      ["−€1,234.50", "−1\u00a0234,50\u00a0€"],
      ["−₸1,234.50", "−1\u00a0234,50\u00a0₸"],
    ]);
  });

  it("keeps the kopeck of a huge amount (no float on the way)", () => {
    expect(formatMoney(money("1000000000000000000.01"), { currencyDisplay: "code" })).toBe(
      "RUB\u00a01,000,000,000,000,000,000.01",
    );
  });

  it("writes a negative amount, number or share with the minus sign (U+2212), never a hyphen", () => {
    expect(formatMoney(money("-30"))).toBe("\u2212₽30.00");
    expect(formatMoney(money("-30"), { locale: "ru" })).toBe("\u221230,00\u00a0₽");
    expect(formatMoney(money("-30"), { signed: true })).toBe("\u2212₽30.00");
    expect(formatNumber(-13.33, { locale: "ru" })).toBe("\u221213,33");
    expect(formatPercent(-0.25)).toBe("\u221225%");
    expect(formatNumber(-Infinity)).toBe("\u2212∞");
    expect(formatMoney(money("30"))).not.toContain("\u2212");
  });

  it("signs differences and formats numbers and shares", () => {
    expect(formatMoney(money(30), { signed: true })).toBe("+₽30.00");
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

describe("formatMoney, the one money formatter", () => {
  it("formats in Russian and English with Intl, keeping every digit", () => {
    expect(formatMoney(money("1234.5"), { locale: "ru" })).toBe("1\u00a0234,50\u00a0₽");
    expect(formatMoney(money("1234.5"), { locale: "en" })).toBe("₽1,234.50");
    expect(formatMoney(money("-50", "USD"), { locale: "en" })).toBe("−$50.00");
    expect(formatMoney(money("9", "KZT"), { locale: "ru", signed: true })).toBe("+9,00\u00a0₸");
    expect(formatMoney(money("1000000000000000000.01"), { locale: "en", currencyDisplay: "code" })).toBe(
      "RUB\u00a01,000,000,000,000,000,000.01",
    );
    expect(formatMoney(money("68.5", "EUR"), { locale: "ru", currencyDisplay: "none" })).toBe("68,50");
  });

  it("follows the session's default locale when none is given", () => {
    const previous = setDefaultLocale("ru");
    try {
      expect(formatMoney(money("1234.5"))).toBe("1\u00a0234,50\u00a0₽");
    } finally {
      setDefaultLocale(previous);
    }
    expect(formatMoney(money("1234.5"))).toBe("₽1,234.50");
  });
});

describe("one display rounding rule: half away from zero, on the exact decimal", () => {
  it("rounds money, numbers and shares the way round() and Excel do", () => {
    expect(formatMoney(money("0.125"))).toBe("₽0.13");
    expect(formatMoney(money("-0.125"))).toBe("−₽0.13");
    expect(formatMoney(money("10.125"), { currencyDisplay: "none" })).toBe("10.13");
    expect(formatMoney(money("0.115"))).toBe("₽0.12");
    expect(formatNumber(1.005, { digits: 2 })).toBe("1.01");
    expect(formatNumber(toDecimal("-2.5"), { digits: 0 })).toBe("−3");
    expect(formatPercent(toDecimal("0.00125"), { digits: 1 })).toBe("0.1%");
    expect(formatPercent(toDecimal("0.00135"), { digits: 2 })).toBe("0.14%");
  });

  it("property: the shown money equals the exact amount rounded half away from zero", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (units, scale) => {
          const text = toDecimal(units.toString())
            .dividedBy(10 ** scale)
            .toFixed();
          const shown = formatMoney(money(text), { currencyDisplay: "none" }).replace(/,/g, "").replace("\u2212", "-");
          const exact = toDecimal(text);
          const expected = exact
            .abs()
            .times(100)
            .plus("0.5")
            .floor()
            .dividedBy(100)
            .times(exact.isNegative() ? -1 : 1);
          expect(toDecimal(shown).equals(expected)).toBe(true);
          expect(roundForDisplay(text, 2).equals(expected)).toBe(true);
        },
      ),
    );
  });
});
