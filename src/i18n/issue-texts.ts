import type { IssueCode } from "../core/model/issues";

/**
 * Russian words for the problems a model or its files can have, as a Russian accountant writes them.
 * Issues are made in English (their `message` and `expected`, pinned by tests); the formatting step
 * turns them into Russian by the issue's stable `code`: the exact English phrases the loader and the core
 * write are translated one by one (with the ids, rows and numbers in them kept), and anything not known
 * here falls back to the code's own Russian words, so a Russian reader never gets an English line.
 */

/** The Russian `message` and `expected` of one issue. */
export interface IssueWords {
  readonly message: string;
  readonly expected: string;
}

// Fallbacks by code: what the problem is, and what was expected, in general terms.
const BY_CODE: Readonly<Record<IssueCode, IssueWords>> = {
  not_a_number: { message: "не число", expected: "число, например 68,50 или 68.50 или 1 000 000,50" },
  ambiguous_number: {
    message: "число можно прочитать двояко",
    expected: "число без двусмысленности: тысячи через пробел (1 500) или другое число знаков после запятой (1,5)",
  },
  number_too_large: { message: "слишком большое число", expected: "число поменьше" },
  too_many_digits: { message: "слишком много значащих цифр", expected: "число не более чем с 15 значащими цифрами" },
  not_money: { message: "не денежная сумма", expected: "денежная сумма" },
  not_a_cell_value: { message: "значение, которого не бывает в ячейке", expected: "текст или число" },
  not_yes_or_no: { message: "не «да» и не «нет»", expected: "да или нет (также yes/no, true/false, 1/0)" },
  unknown_value: { message: "неизвестное значение", expected: "одно из допустимых значений" },
  missing_value: { message: "не заполнено", expected: "значение" },
  negative_amount: { message: "отрицательная сумма", expected: "сумма ≥ 0" },
  negative_quantity: { message: "отрицательное количество", expected: "число ≥ 0" },
  not_positive: { message: "не больше нуля", expected: "число > 0" },
  not_whole: { message: "не целое число", expected: "целое число" },
  rate_out_of_range: { message: "доля вне допустимых пределов", expected: "доля цены от 0 до 1" },
  both_amount_and_rate: {
    message: "заполнены и сумма, и ставка",
    expected: "в строке либо сумма, либо ставка, но не обе",
  },
  unknown_currency: { message: "неизвестная валюта", expected: "известный код валюты" },
  other_currency: { message: "другая валюта", expected: "сумма в валюте модели" },
  missing_id: { message: "нет ид", expected: "непустой ид" },
  duplicate_id: { message: "ид повторяется", expected: "ид, который ещё не встречался" },
  unknown_product: { message: "неизвестный продукт", expected: "ид продукта из модели" },
  unknown_resource: { message: "неизвестный ресурс", expected: "ид ресурса из модели" },
  duplicate_usage: { message: "повтор нормы времени", expected: "одна строка на продукт и ресурс" },
  duplicate_demand: { message: "повтор спроса", expected: "одна строка спроса на продукт" },
  minimum_too_high: { message: "минимум больше, чем можно продать", expected: "не больше спроса и максимума" },
  no_demand_limit: { message: "нет ни предела спроса, ни ресурса", expected: "число или норма времени на ресурсе" },
  out_of_range: { message: "значение вне допустимых пределов", expected: "значение в допустимых пределах" },
  ends_before_start: { message: "кончается раньше, чем начинается", expected: "месяц не раньше начального" },
  empty: { message: "пусто", expected: "хотя бы одно значение" },
  does_not_add_up: { message: "доли не складываются в единицу", expected: "доли, которые в сумме дают ровно 1" },
  missing_column: { message: "нет столбца", expected: "столбец с нужным названием" },
  duplicate_column: { message: "столбец указан в заголовке дважды", expected: "каждый столбец один раз" },
  too_many_values: { message: "значений больше, чем столбцов", expected: "не больше значений, чем столбцов" },
  extra_row: { message: "лишняя строка", expected: "ровно одна строка данных" },
  no_products: { message: "нет продуктов", expected: "хотя бы один продукт или услуга, по одному в строке" },
  missing_table: { message: "нет таблицы", expected: "нужная таблица" },
  missing_folder: { message: "нет такой папки", expected: "папка с файлами модели" },
  empty_file: { message: "файл пуст", expected: "строка заголовка с названиями столбцов, затем строки данных" },
  unclosed_quote: { message: "кавычка не закрыта", expected: "каждая открытая кавычка закрыта" },
  unknown_encoding: {
    message: "неизвестная кодировка",
    expected: "файл, сохранённый в UTF-8: в Excel «Сохранить как… → CSV UTF-8 (разделитель — запятая)»",
  },
  not_csv: { message: "не CSV-файл", expected: "текстовый CSV-файл" },
  not_xlsx: { message: "не книга .xlsx", expected: "книга .xlsx" },
  not_arrow: { message: "не файл Arrow", expected: "файл Arrow IPC (Feather v2)" },
  duplicate_table: { message: "два файла для одной таблицы", expected: "один файл на таблицу" },
  merged_header: { message: "значение под объединённой ячейкой заголовка", expected: "значения своего столбца" },
};

const NUMBER_EXPECTED = "число, например 68,50 или 68.50 или 1 000 000,50";
const UTF8_HOW_TO =
  "файл, сохранённый в UTF-8: в Excel «Сохранить как… → CSV UTF-8 (разделитель — запятая)», " +
  "в LibreOffice отметьте «Изменить настройки фильтра» и выберите «Юникод (UTF-8)»";

// The loader's and the core's fixed English phrases (messages and expectations alike), word for word.
const PHRASES: ReadonlyMap<string, string> = new Map([
  // messages
  ["not a number", "не число"],
  ["not a number: the decimals must be digits only", "не число: после запятой должны быть только цифры"],
  [
    "not a number: separators between digits must split them into groups of three (1 000 000)",
    "не число: разделители между цифрами должны делить их на группы по три (1 000 000)",
  ],
  [
    'not a number: more than one "." (write thousands with spaces)',
    "не число: больше одной точки (тысячи пишите через пробел)",
  ],
  [
    "not a number: more than one decimal comma (write thousands with spaces)",
    "не число: больше одной десятичной запятой (тысячи пишите через пробел)",
  ],
  ["not a value a table cell can hold", "значение, которого не бывает в ячейке таблицы"],
  ["not a value a cell can hold", "значение, которого не бывает в ячейке"],
  ["missing value", "не заполнено"],
  ["negative amount", "отрицательная сумма"],
  ["negative quantity", "отрицательное количество"],
  ["not positive", "не больше нуля"],
  ["not a whole number", "не целое число"],
  ["fractional quantity", "дробное количество"],
  ["negative rate", "отрицательная ставка"],
  ["a rate above 100 %", "ставка больше 100 %"],
  ["a rate above 1 without a % sign", "ставка больше 1 без знака %"],
  ["rate out of range", "ставка вне пределов"],
  ["not yes or no", "не «да» и не «нет»"],
  ["unknown type", "неизвестный тип"],
  ["unknown TVC kind", "неизвестный вид АПЗ"],
  ["unknown time unit", "неизвестная единица времени"],
  ["unknown period unit", "неизвестная единица периода"],
  ["unknown currency", "неизвестная валюта"],
  ["another currency", "другая валюта"],
  ["amount too large", "слишком большая сумма"],
  ["number too large", "слишком большое число"],
  ["too many significant digits", "слишком много значащих цифр"],
  ["not money", "не денежная сумма"],
  ["missing id", "нет ид"],
  ["duplicate id", "ид повторяется"],
  ["unknown product", "неизвестный продукт"],
  ["unknown resource", "неизвестный ресурс"],
  ["duplicate usage", "повтор нормы времени"],
  ["duplicate demand", "повтор спроса"],
  ["minimum above the maximum", "минимум больше максимума"],
  ["minimum above the demand", "минимум больше спроса"],
  ["minimum above what can be sold", "минимум больше, чем можно продать"],
  ["no demand limit and no resource", "нет ни предела спроса, ни ресурса"],
  ["both amount and rate are filled in", "заполнены и сумма, и ставка"],
  ["missing column", "нет столбца"],
  ["the column appears twice in the header", "столбец указан в заголовке дважды"],
  ["more values than columns", "значений больше, чем столбцов"],
  [
    "more values than columns (the row has an extra, empty value at its end: a separator inside a value that is not in quotes)",
    "значений больше, чем столбцов (в конце строки лишнее пустое значение: разделитель внутри значения не в кавычках)",
  ],
  ["model.csv describes one model: extra row", "model.csv описывает одну модель: лишняя строка"],
  ["no products", "нет продуктов"],
  ["no products table", "нет таблицы продуктов"],
  ["no products sheet", "нет листа продуктов"],
  ["no such folder", "нет такой папки"],
  ["no such file or folder", "нет такого файла или папки"],
  ["the file is empty", "файл пуст"],
  ["the sheet is empty", "лист пуст"],
  ["the workbook is empty", "книга пуста"],
  ["several sheets, none named after the table", "несколько листов, и ни один не назван по таблице"],
  ["a second sheet for the same table", "второй лист для той же таблицы"],
  ["two files for one table", "два файла для одной таблицы"],
  ["a quoted value is never closed", "кавычка в значении не закрыта"],
  ["a separator the loader does not read", "разделитель, который загрузчик не читает"],
  [
    "the file is a zip archive, such as an Excel workbook renamed to .csv",
    "файл — zip-архив, например книга Excel, переименованная в .csv",
  ],
  [
    "the file is not UTF-8 text, nor Russian text in Windows-1251 (the default of Russian " +
      "Excel), where this byte is no letter: it is in another encoding (DOS 866, KOI8-R, …)",
    "файл не в UTF-8 и не в Windows-1251 (кодировке русского Excel по умолчанию), где этот байт не буква: он в другой кодировке (DOS 866, KOI8-R, …)",
  ],
  ["not an Arrow file", "не файл Arrow"],
  ["an OpenDocument spreadsheet (.ods)", "таблица OpenDocument (.ods)"],
  ["a spreadsheet format the loader does not read", "формат таблицы, который загрузчик не читает"],
  ["a formula without a cached value", "формула без сохранённого значения"],
  ["the formula's result is an error", "результат формулы — ошибка"],
  ["the cell holds an error", "в ячейке ошибка"],
  ["empty plan", "пустой план"],
  ["bad T-ratio", "неверная доля прохода"],
  ["bad share", "неверная доля"],
  ["shares do not add up", "доли не складываются в единицу"],
  ["bad horizon", "неверный горизонт"],
  ["ends before it starts", "кончается раньше, чем начинается"],
  // expectations
  ["a number such as 68,50 or 68.50 or 1 000 000,50", NUMBER_EXPECTED],
  ["a finite number or text", "конечное число или текст"],
  ["a finite number", "конечное число"],
  ["text or a number", "текст или число"],
  ["text, a number or a date", "текст, число или дата"],
  ["a value, not an error", "значение, а не ошибка"],
  [
    "a value: the file stores the formula but not its result (it was written by a " +
      "program that does not calculate); open it in Excel or LibreOffice and save it again",
    "значение: в файле записана формула, но не её результат (его сохранила программа, " +
      "которая не считает); откройте файл в Excel или LibreOffice и сохраните заново",
  ],
  ["an amount ≥ 0", "сумма ≥ 0"],
  ["an amount ≥ 0 per period", "сумма ≥ 0 за период"],
  ["a price (an amount ≥ 0)", "цена (сумма ≥ 0)"],
  ["an amount per unit", "сумма на единицу"],
  ["an amount per unit (2) or a rate (6%)", "сумма на единицу (2) или ставка (6%)"],
  ["a rate", "ставка"],
  ["a number ≥ 0", "число ≥ 0"],
  ["a number > 0", "число > 0"],
  ["a quantity (a number ≥ 0)", "количество (число ≥ 0)"],
  ["a number ≥ 0, or unlimited (no demand limit)", "число ≥ 0 или unlimited (без предела спроса)"],
  [
    "the units the market would buy (a number ≥ 0, or unlimited)",
    "сколько единиц купит рынок (число ≥ 0 или unlimited)",
  ],
  ["the time available per period (a number ≥ 0)", "доступное время за период (число ≥ 0)"],
  ["the time one unit takes (a number ≥ 0)", "время на одну единицу (число ≥ 0)"],
  ["a period name (month-1, 2024-01, …)", "название периода (month-1, 2024-01, …)"],
  ["the id of a product", "ид продукта"],
  ["the id of a resource", "ид ресурса"],
  ["the id of a product in the model", "ид продукта из модели"],
  ["the id of a resource in the model", "ид ресурса из модели"],
  ["an id", "ид"],
  ["a non-empty id", "непустой ид"],
  ["product or service", "product или service (товар или услуга)"],
  ["minute or hour", "minute или hour (минута или час)"],
  ["a TVC kind", "вид АПЗ"],
  [
    "a share of the price: a percentage with % (6%) or a fraction between 0 and 1 (0.06)",
    "доля цены: процент со знаком % (6%) или дробь от 0 до 1 (0,06)",
  ],
  ["a share of the price between 0 and 1", "доля цены от 0 до 1"],
  ["yes or no (also true/false, 1/0, да/нет)", "да или нет (также yes/no, true/false, 1/0)"],
  [
    "a known currency code (RUB, USD, EUR, KZT, BYN, UAH, GBP, CNY, JPY) or sign (₽, $, €, ₸)",
    "известный код валюты (RUB, USD, EUR, KZT, BYN, UAH, GBP, CNY, JPY) или знак (₽, $, €, ₸)",
  ],
  ["a known currency code", "известный код валюты"],
  ["an amount of money", "денежная сумма"],
  ["a number below 1 000 000 000 000 (10^12)", "число меньше 1 000 000 000 000 (10^12)"],
  ["an amount below 1 000 000 000 000 000 (10^15)", "сумма меньше 1 000 000 000 000 000 (10^15)"],
  ["either an amount or a rate in a row, not both", "в строке либо сумма, либо ставка, но не обе"],
  [
    'a column "amount" (money per unit) or "rate" (a share of the price), or both',
    "столбец «amount» (сумма на единицу) или «rate» (доля цены), или оба",
  ],
  ["each column once", "каждый столбец один раз"],
  ["exactly one data row", "ровно одна строка данных"],
  ["at least one product or service, one per row", "хотя бы один продукт или услуга, по одному в строке"],
  [
    "a products.csv (or a products table) listing what is sold",
    "products.csv (или таблица products) со списком того, что продаётся",
  ],
  [
    "a products.xlsx (or products.csv) listing what is sold",
    "products.xlsx (или products.csv) со списком того, что продаётся",
  ],
  ['a sheet named "products" listing what is sold', "лист «products» со списком того, что продаётся"],
  [
    "a folder holding products.csv and the other CSV files of a model",
    "папка с products.csv и другими CSV-файлами модели",
  ],
  ["an .xlsx workbook, or a folder of workbooks or CSV files", "книга .xlsx или папка с книгами или CSV-файлами"],
  [
    "an .xlsx workbook saved by Excel, LibreOffice or another spreadsheet program",
    "книга .xlsx, сохранённая Excel, LibreOffice или другой программой электронных таблиц",
  ],
  [
    'an .xlsx workbook: in LibreOffice "Save as… → Excel 2007-365 (.xlsx)", in Excel "Save as… → Excel Workbook (.xlsx)"',
    "книга .xlsx: в LibreOffice «Сохранить как… → Excel 2007-365 (.xlsx)», в Excel «Сохранить как… → Книга Excel (.xlsx)»",
  ],
  [
    "an Arrow IPC file (Feather v2), as pyarrow's feather.write_feather or apache-arrow's tableToIPC write",
    "файл Arrow IPC (Feather v2), какой пишут feather.write_feather из pyarrow или tableToIPC из apache-arrow",
  ],
  [
    "a CSV text file, or the workbook loaded with loadWorkbookModel under its own name (.xlsx)",
    "текстовый CSV-файл или книга, загруженная через loadWorkbookModel под своим именем (.xlsx)",
  ],
  [
    'a file saved as UTF-8: in Excel choose "Save as… → CSV UTF-8 (comma delimited)", in LibreOffice tick "Edit filter settings" and pick "Unicode (UTF-8)"',
    UTF8_HOW_TO,
  ],
  ["a header row naming the columns, then data rows", "строка заголовка с названиями столбцов, затем строки данных"],
  ["every opening quote to be closed", "каждая открытая кавычка закрыта"],
  ["sep=; or sep=, or sep= followed by a tab", "sep=; или sep=, или sep= и табуляция"],
  ["one row per product and resource", "одна строка на продукт и ресурс"],
  ["one demand row per product", "одна строка спроса на продукт"],
  [
    "a number, or a usage row giving the product time on some resource (without either nothing limits how much of it to sell)",
    "число или строка норм времени продукта на каком-либо ресурсе (без них ничто не ограничивает, сколько его продать)",
  ],
  [
    "a whole number of units (the product sells in whole units)",
    "целое число единиц (продукт продаётся целыми единицами)",
  ],
  ["at least one category", "хотя бы одна категория"],
  ["a fraction above 0 and at most 1", "дробь больше 0 и не больше 1"],
  ["a fraction between 0 and 1", "дробь от 0 до 1"],
  ["shares that add up to exactly 1", "доли, которые в сумме дают ровно 1"],
  ["a whole number of months ≥ 1", "целое число месяцев ≥ 1"],
  ["a whole number ≥ 1", "целое число ≥ 1"],
]);

// "the products table" → "таблицы products"; a file name stays as it is.
function fromWhere(file: string): string {
  const table = /^the (\w+) table$/.exec(file);
  return table ? `таблицы ${table[1]}` : file;
}

type Rule = readonly [RegExp, (...groups: string[]) => string];

// Phrases with ids, rows, names or numbers in them: the same words around the same values.
const PATTERNS: readonly Rule[] = [
  [/^an id from (.+) \(it has none\)$/s, (file) => `ид из ${fromWhere(file)} (там нет ни одного)`],
  [
    /^an id from (.+) \((.*?)(?:, … (\d+) more)?\)$/s,
    (file, ids, more) => `ид из ${fromWhere(file)} (${ids}${more ? `, … и ещё ${more}` : ""})`,
  ],
  [
    /^an id not used before \(row (\d+) has it\)$/,
    (row) => `ид, который ещё не встречался (он уже есть в строке ${row})`,
  ],
  [
    /^an id not used before \(record (\d+) has it\)$/,
    (row) => `ид, который ещё не встречался (он уже есть в записи ${row})`,
  ],
  [/^a column named "(.*)"$/s, (column) => `столбец с названием «${column}»`],
  [
    /^one demand row per product \(row (\d+) has (.*)\)$/s,
    (row, id) => `одна строка спроса на продукт (строка ${row} уже задаёт спрос на ${id})`,
  ],
  [
    /^one row per product and resource \(row (\d+) has (.*) on (.*)\)$/s,
    (row, product, resource) => `одна строка на продукт и ресурс (строка ${row} уже задаёт ${product} на ${resource})`,
  ],
  [/^at most the maximum \((.*)\)$/, (maximum) => `не больше максимума (${maximum})`],
  [
    /^at most the demand \((.*)\): more than the market buys cannot be sold$/,
    (demand) => `не больше спроса (${demand}): больше, чем покупает рынок, не продать`,
  ],
  [/^at most (.*) \(the market's demand\)$/, (value) => `не больше ${value} (спрос рынка)`],
  [/^at most (.*) \(the maximum\)$/, (value) => `не больше ${value} (максимум)`],
  [
    /^a whole number \((.*) is sold in whole units; set whole_units to no in products if not\)$/s,
    (id) => `целое число (${id} продаётся целыми единицами; если это не так, поставьте whole_units = no в products)`,
  ],
  [
    /^(\w+), the model's currency \(mixing currencies needs an explicit conversion\)$/,
    (code) => `${code}, валюта модели (разные валюты смешивать нельзя без явного пересчёта)`,
  ],
  [/^an amount in (\w+), the model's currency$/, (code) => `сумма в ${code}, валюте модели`],
  [/^an amount in (\w+), not the model's currency$/, (code) => `сумма в ${code}, а не в валюте модели`],
  [/^an amount in (\w+)$/, (code) => `сумма в ${code}`],
  [/^one of (.*)$/s, (list) => `одно из: ${list}`],
  [
    /^a number with at most (\d+) significant digits \(it is kept exactly\)$/,
    (digits) => `число не более чем с ${digits} значащими цифрами (оно хранится точно)`,
  ],
  [
    /^at most (\d+) values, one per column of the header \(put a value that contains "(.*)" in double quotes\)$/s,
    (width, separator) =>
      `не больше ${width} значений, по одному на столбец заголовка (значение, в котором есть ` +
      `«${separator === "the separator" ? "разделитель" : separator}», возьмите в двойные кавычки)`,
  ],
  [/^one file for the (.*) table$/, (name) => `один файл для таблицы ${name}`],
  [/^one sheet named "(.*)"$/, (name) => `один лист с названием «${name}»`],
  [
    /^one sheet with the (.*) table, or a sheet named "(.*)"$/,
    (name, sheet) => `один лист с таблицей ${name} или лист с названием «${sheet}»`,
  ],
  [/^a month ≥ fromMonth (\d+)$/, (month) => `месяц ≥ fromMonth ${month}`],
  [/^bad (\w+)$/, (name) => `неверное значение ${name}`],
  [/^not a readable \.xlsx workbook \((.*)\)$/s, (why) => `книга .xlsx не читается (${why})`],
  [
    /^not a number: more than one "(.)" with the other mark in it$/,
    (mark) => `не число: больше одного «${mark}» вместе с другим знаком`,
  ],
  [
    /^ambiguous: "(.*)" can be read as (.*) \(decimal comma\) or (.*) \(thousands\); write it with a space for thousands \(1 500\) or with more or fewer decimals \(1,5\)$/s,
    (text, decimal, thousands) =>
      `неоднозначно: «${text}» можно прочитать как ${decimal} (десятичная запятая) или как ${thousands} ` +
      `(тысячи); тысячи отделяйте пробелом (1 500) или пишите другое число знаков после запятой (1,5)`,
  ],
  [
    /^the file looks like UTF-16 \("Unicode text", (.*)\) but is cut or damaged$/,
    (encoding) => `файл похож на UTF-16 («Текст Юникод», ${encoding}), но обрезан или повреждён`,
  ],
  [/^a value under the merged header cell (.*)$/, (cell) => `значение под объединённой ячейкой заголовка ${cell}`],
  [
    /^values of the column "(.*)" in column (\w+), under the first cell of the merge \(or unmerge the header and name this column\)$/s,
    (name, letters) =>
      `значения столбца «${name}» в столбце ${letters}, под первой ячейкой объединения (или разъедините заголовок и назовите этот столбец)`,
  ],
  [
    /^(.*) \(in the header: a column name\)$/s,
    (inner) => `${russianPhrase(inner) ?? inner} (в заголовке: название столбца)`,
  ],
];

// Warnings have no code: every warning the loader writes, by its words.
const WARNING_PATTERNS: readonly Rule[] = [
  [
    /^a column without a name has values; they were ignored \(give it a name\)$/,
    () => "в столбце без названия есть значения; они пропущены (дайте столбцу название)",
  ],
  [
    /^unknown column, its values were ignored \(columns of this file: (.*)\)$/s,
    (list) => `неизвестный столбец, его значения пропущены (столбцы этого файла: ${list})`,
  ],
  [
    /^not a file of the model format, ignored \(the (?:files|tables) are: (.*)\)$/s,
    (list) => `не файл модели, пропущен (файлы модели: ${list})`,
  ],
  [
    /^not a sheet of the model format, ignored \(the sheets are: (.*)\)$/s,
    (list) => `не лист модели, пропущен (листы модели: ${list})`,
  ],
  [
    /^an Arrow file that names no table, ignored \(the tables are: (.*), as products\.arrow or products\.feather\)$/s,
    (list) =>
      `файл Arrow не назван по таблице, пропущен (таблицы: ${list}, например products.arrow или products.feather)`,
  ],
  [
    /^a workbook, ignored here: loadModel reads CSV files; load the folder with `await loadWorkbookModel\(folder\)` to read workbooks too$/,
    () =>
      "книга, здесь пропущена: loadModel читает CSV-файлы; чтобы прочитать и книги, загрузите папку через `await loadWorkbookModel(folder)`",
  ],
  [
    /^the maximum \((.*)\) is above the demand \((.*)\), so it limits nothing$/,
    (maximum, demand) => `максимум (${maximum}) больше спроса (${demand}), поэтому ничего не ограничивает`,
  ],
  [
    /^read as (.*) \((the bytes are not UTF-8|UTF-16 text without a byte-order mark)\); if names look garbled, save the file as "CSV UTF-8"$/,
    (encoding, why) =>
      `прочитан как ${encoding} (${why === "the bytes are not UTF-8" ? "байты не в UTF-8" : "текст UTF-16 без метки порядка байтов"}); ` +
      `если названия выглядят искажёнными, сохраните файл как «CSV UTF-8»`,
  ],
];

function byRules(text: string, rules: readonly Rule[]): string | undefined {
  for (const [pattern, write] of rules) {
    const match = pattern.exec(text);
    if (match) return write(...match.slice(1).map((group) => group ?? ""));
  }
  return undefined;
}

function russianPhrase(text: string): string | undefined {
  return PHRASES.get(text) ?? byRules(text, PATTERNS);
}

/**
 * An issue's `message` and `expected` in Russian: the known English phrase translated (its ids, rows and
 * numbers kept), else the Russian words for the issue's code.
 *
 * @example
 * russianIssueWords({ code: "negative_quantity", message: "negative quantity", expected: "a number ≥ 0" });
 * // { message: "отрицательное количество", expected: "число ≥ 0" }
 */
export function russianIssueWords(issue: {
  readonly code: IssueCode;
  readonly message: string;
  readonly expected: string;
}): IssueWords {
  const fallback = BY_CODE[issue.code] ?? { message: issue.message, expected: issue.expected };
  // A message that is "unknown …" says what is unknown: the code's words are more exact than "неизвестное значение".
  const message =
    PHRASES.get(issue.message) ??
    (/^unknown /.test(issue.message) ? fallback.message : byRules(issue.message, PATTERNS)) ??
    fallback.message;
  const expected = russianPhrase(issue.expected) ?? (issue.expected === "" ? "" : fallback.expected);
  return { message, expected };
}

/**
 * A loader warning's words in Russian (English kept only for a warning this table does not know).
 *
 * @example
 * russianWarning("a column without a name has values; they were ignored (give it a name)");
 * // "в столбце без названия есть значения; они пропущены (дайте столбцу название)"
 */
export function russianWarning(message: string): string {
  return byRules(message, WARNING_PATTERNS) ?? message;
}

/** 1 ошибка, 2 ошибки, 5 ошибок: the Russian count of problems. */
export function russianProblemCount(count: number): string {
  const ten = count % 10;
  const hundred = count % 100;
  const word =
    ten === 1 && hundred !== 11
      ? "ошибка"
      : ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)
        ? "ошибки"
        : "ошибок";
  return `${count} ${word}`;
}

/**
 * The heading of a ModelError in Russian: the core's English headings by their words.
 *
 * @example
 * russianErrorTitle("The model has problems"); // "В модели есть ошибки"
 */
export function russianErrorTitle(title: string): string {
  if (title === "The model has problems") return "В модели есть ошибки";
  if (title === "The sales plan's categories have problems") return "В категориях плана продаж есть ошибки";
  const decision = /^The decision "(.*)" has problems$/s.exec(title);
  if (decision) return `В решении «${decision[1]}» есть ошибки`;
  return title;
}
