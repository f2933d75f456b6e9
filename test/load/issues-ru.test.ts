import { afterEach, describe, expect, it } from "vitest";
import { ISSUE_CODES, ModelError, formatIssue, type ModelIssue } from "../../src/core/model/issues";
import { defineModel } from "../../src/core";
import { setDefaultLocale } from "../../src/i18n";
import { russianIssueWords, russianProblemCount, russianWarning } from "../../src/i18n/issue-texts";
import { LoadError, formatLoadIssue, formatLoadWarning, safeLoadModel } from "../../src/load";
import { GOOD, writeModelFolder } from "./helpers";

function errorOf(files: Record<string, string | Uint8Array>, locale?: string): LoadError {
  if (locale) setDefaultLocale(locale as "en" | "ru");
  const result = safeLoadModel(writeModelFolder({ ...GOOD, ...files }));
  if (result.success) throw new Error("expected the model to fail to load");
  return result.error;
}

const CYRILLIC = /[а-яё]/i;
// English words of the format itself (not of ids, file and column names): none may stay in a Russian line.
const ENGLISH_FRAME = /\b(found|expected|row|column|record|sheet|problems?|could not|missing|unknown|not a)\b/i;

// A Russian line without its quoted values, file names and ids: what is left must be Russian words.
function frameOf(line: string): string {
  return line
    .replace(/«[^»]*»/g, "«…»")
    .replace(/\([^()]*\)/g, "")
    .replace(/[\w./-]+\.(csv|xlsx)/g, "FILE");
}

afterEach(() => {
  setDefaultLocale("en");
});

describe("load errors in Russian", () => {
  it("values: not a number, negative, blank, ambiguous, yes/no, a rate: same file, row, column and value, in Russian", () => {
    const error = errorOf(
      {
        "products.csv":
          "id,name,type,price,whole_units\nhaircut,Haircut,service,ten,может\nshave,Shave,service,-3,yes\n",
        "sales.csv": 'period,product_id,quantity\nmonth-1,haircut,"1,500"\n,haircut,2\n',
        "tvc.csv": "product_id,kind,amount,rate\nhaircut,piece-rate,,120%\n",
      },
      "ru",
    );
    const message = error.message;
    expect(message).toMatch(/^Не удалось загрузить модель из .+: \d+ ошиб(ка|ки|ок)\.\n/);
    expect(message).toContain("Строки пронумерованы так, как их показывает электронная таблица");
    expect(message).toContain(
      "файл products.csv, строка 2, столбец «price»: не число: указано «ten», ожидалось: число, например 68,50 или 68.50 или 1 000 000,50",
    );
    expect(message).toContain(
      "файл products.csv, строка 3, столбец «price»: отрицательная сумма: указано «-3», ожидалось: сумма ≥ 0",
    );
    expect(message).toContain("столбец «whole_units»: не «да» и не «нет»: указано «может», ожидалось: да или нет");
    expect(message).toContain("файл sales.csv, строка 3, столбец «period»: не заполнено: указано пустая ячейка");
    expect(message).toContain("файл tvc.csv, строка 2, столбец «rate»: ставка больше 100 %");
    expect(message).toContain(
      "файл sales.csv, строка 2, столбец «quantity»: неоднозначно: «1,500» можно прочитать как 1.500 (десятичная запятая) или как 1500 (тысячи)",
    );
    for (const line of message.split("\n").slice(1)) expect(frameOf(line)).not.toMatch(ENGLISH_FRAME);
  });

  it("ids and references: unknown product and resource, a repeated id, a minimum above demand", () => {
    const message = errorOf(
      {
        "products.csv": "id,name,type,price\nhaircut,Haircut,service,10\nhaircut,Again,service,5\n",
        "sales.csv": "period,product_id,quantity\nmonth-1,lady-classic,10\n",
        "resources.csv": "id,name,capacity,unit\nstylists,Stylists,100,hour\n",
        "usage.csv": "product_id,resource_id,time_per_unit\nhaircut,chairs,1\n",
        "demand.csv": "product_id,quantity,minimum\nhaircut,5,9\n",
      },
      "ru",
    ).message;
    expect(message).toContain(
      "файл products.csv, строка 3, столбец «id»: ид повторяется: указано «haircut», ожидалось: ид, который ещё не встречался (он уже есть в строке 2)",
    );
    expect(message).toContain(
      "файл sales.csv, строка 2, столбец «product_id»: неизвестный продукт: указано «lady-classic», ожидалось: ид из таблицы products (haircut)",
    );
    expect(message).toContain(
      "столбец «resource_id»: неизвестный ресурс: указано «chairs», ожидалось: ид из таблицы resources (stylists)",
    );
    expect(message).toContain("столбец «minimum»: минимум больше спроса: указано «9», ожидалось: не больше спроса (5)");
    for (const line of message.split("\n").slice(1)) expect(frameOf(line)).not.toMatch(ENGLISH_FRAME);
  });

  it("tables and files: a missing column, a shifted row, a missing folder, a file in another encoding", () => {
    const message = errorOf(
      {
        "sales.csv": "product_id,quantity\nhaircut,10\n",
        "operating_expenses.csv": "id,name,category,amount\nrent,Rent,rent,40,5\n",
      },
      "ru",
    ).message;
    expect(message).toContain(
      "файл sales.csv, строка 1, столбец «period»: нет столбца: указано «product_id, quantity», ожидалось: столбец с названием «period»",
    );
    expect(message).toContain("файл operating_expenses.csv, строка 2, столбец 5: значений больше, чем столбцов");
    const missing = safeLoadModel("/nonexistent/my-salon");
    if (missing.success) throw new Error("expected an error");
    expect(new LoadError(missing.error.issues, "the model in /nonexistent/my-salon", { locale: "ru" }).message).toBe(
      "Не удалось загрузить модель из /nonexistent/my-salon: 1 ошибка.\n" +
        "  - /nonexistent/my-salon: нет такой папки: указано «/nonexistent/my-salon», ожидалось: папка с products.csv и другими CSV-файлами модели",
    );
    const encoding = errorOf({ "products.csv": new Uint8Array([0x69, 0x64, 0x0a, 0x98, 0x98]) }, "ru").message;
    expect(encoding).toContain("файл products.csv: файл не в UTF-8 и не в Windows-1251");
    expect(encoding).toContain("ожидалось: файл, сохранённый в UTF-8");
  });

  it("follows an explicit locale over the default, and keeps English byte for byte", () => {
    const error = errorOf({ "sales.csv": "period,product_id,quantity\nmonth-1,haircut,-2\n" });
    const issue = error.issues[0]!;
    const english = 'sales.csv, row 2, column "quantity": negative quantity: found "-2", expected a number ≥ 0';
    expect(error.message).toContain(english);
    expect(formatLoadIssue(issue)).toBe(english);
    expect(formatLoadIssue(issue, { locale: "ru" })).toBe(
      "файл sales.csv, строка 2, столбец «quantity»: отрицательное количество: указано «-2», ожидалось: число ≥ 0",
    );
    setDefaultLocale("ru");
    expect(formatLoadIssue(issue)).toMatch(/^файл sales\.csv, строка 2/);
    expect(formatLoadIssue(issue, { locale: "en" })).toBe(english);
    expect(error.issues.map(formatLoadIssue)[0]).toMatch(/^файл/); // issues.map(formatLoadIssue) still works
    expect(new LoadError(error.issues, "the model in x", { locale: "en" }).message).toMatch(
      /^Could not load the model in x: 1 problem\./,
    );
  });

  it("writes warnings in Russian", () => {
    const warning = {
      file: "sales.csv",
      column: "note",
      message: "unknown column, its values were ignored (columns of this file: period, product_id)",
    };
    expect(formatLoadWarning(warning, { locale: "ru" })).toBe(
      "файл sales.csv, столбец «note»: неизвестный столбец, его значения пропущены (столбцы этого файла: period, product_id)",
    );
    expect(formatLoadWarning(warning)).toBe(
      'sales.csv, column "note": unknown column, its values were ignored (columns of this file: period, product_id)',
    );
    expect(
      russianWarning(
        'read as Windows-1251 (the bytes are not UTF-8); if names look garbled, save the file as "CSV UTF-8"',
      ),
    ).toBe(
      "прочитан как Windows-1251 (байты не в UTF-8); если названия выглядят искажёнными, сохраните файл как «CSV UTF-8»",
    );
  });

  it("has Russian words for every issue code, also for a phrase it does not know", () => {
    for (const code of ISSUE_CODES) {
      const words = russianIssueWords({ code, message: "some new English words", expected: "some expectation" });
      expect(words.message, code).toMatch(CYRILLIC);
      expect(words.expected, code).toMatch(CYRILLIC);
    }
    expect([1, 2, 5, 11, 21, 22, 25, 112].map(russianProblemCount)).toEqual([
      "1 ошибка",
      "2 ошибки",
      "5 ошибок",
      "11 ошибок",
      "21 ошибка",
      "22 ошибки",
      "25 ошибок",
      "112 ошибок",
    ]);
  });
});

describe("model issues in Russian (formatIssue, ModelError)", () => {
  const issue: ModelIssue = {
    code: "negative_quantity",
    path: ["resources", 0, "capacity"],
    value: -5,
    expected: "a number ≥ 0",
    message: "negative quantity",
  };

  it("writes a core issue in Russian, and in English as before", () => {
    expect(formatIssue(issue)).toBe("resources[0].capacity: negative quantity: got -5, expected a number ≥ 0");
    expect(formatIssue(issue, { locale: "ru" })).toBe(
      "resources[0].capacity: отрицательное количество: указано -5, ожидалось: число ≥ 0",
    );
    expect(new ModelError([issue], undefined, { locale: "ru" }).message).toBe(
      "В модели есть ошибки (1):\n  - resources[0].capacity: отрицательное количество: указано -5, ожидалось: число ≥ 0",
    );
  });

  it("follows the session's locale when defineModel refuses a model", () => {
    setDefaultLocale("ru");
    let message = "";
    try {
      defineModel({
        name: "x",
        products: [],
        sales: [{ productId: "nope", period: "m1", quantity: 1 }],
      } as never);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("В модели есть ошибки");
    expect(message).toContain("неизвестный продукт: указано «nope», ожидалось: ид продукта из модели");
  });
});
