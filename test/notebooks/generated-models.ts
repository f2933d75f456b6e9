/**
 * Two model folders unlike the bundled ones, written by the notebook tests so that every chapter is run
 * on data it was not written for: other names, ids, currencies and periods, several resources, a product
 * that takes no time of the constraint, and one folder exported by a Russian-locale spreadsheet (`;`
 * between cells, decimal commas, spaces between thousands, a byte-order mark, Cyrillic names and ids).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type Files = Record<string, string>;

/** A barbershop in dollars, written as a `,`-separated export with decimal points. */
const BARBERS: Files = {
  "model.csv": "name,currency,period_unit\nNorthside Barbers,USD,month\n",
  "products.csv": [
    "id,name,type,category,price,whole_units,unit_name",
    "cut-std,Standard cut,service,cuts,30,yes,cut",
    "beard,Beard trim,service,cuts,18,yes,trim",
    "colour,Full colour,service,colour,95,yes,visit",
    "kids,Kids' cut,service,cuts,20,yes,cut",
    "pomade,Pomade jar (retail),product,retail,16,yes,jar",
    "shave,Hot towel shave,service,shaves,35,yes,shave",
  ].join("\n") + "\n",
  "tvc.csv": [
    "product_id,kind,name,amount,rate",
    "cut-std,piece-rate,Barber's piece rate,4,",
    "cut-std,materials,Towels and products,1,",
    "beard,piece-rate,Barber's piece rate,5,",
    "beard,materials,Oil and blades,1,",
    "colour,piece-rate,Barber's piece rate,25,",
    "colour,materials,Colour,18,",
    "kids,piece-rate,Barber's piece rate,6,",
    "kids,materials,Products,0.5,",
    "pomade,materials,Purchase price,7,",
    "shave,piece-rate,Barber's piece rate,10,",
    "shave,materials,Towels and foam,3,",
    "shave,sales-tax,Sales tax,,5%",
  ].join("\n") + "\n",
  "sales.csv": [
    "period,product_id,quantity,price",
    "2025-01,cut-std,110,",
    "2025-01,beard,80,",
    "2025-01,colour,35,",
    "2025-01,kids,50,",
    "2025-01,pomade,40,",
    "2025-01,shave,25,",
    "2025-02,cut-std,120,",
    "2025-02,beard,85,",
    "2025-02,colour,38,",
    "2025-02,kids,55,",
    "2025-02,pomade,45,",
    "2025-02,shave,28,",
  ].join("\n") + "\n",
  "operating_expenses.csv": [
    "id,name,category,amount,period",
    "lease,Shop lease,rent,1800,",
    "wages,Front desk wages,salaries,1500,",
    "power,Power and water,utilities,300,",
    "flyers-feb,Flyer campaign,advertising,400,2025-02",
  ].join("\n") + "\n",
  "resources.csv": "id,name,capacity,unit\nbarbers,Barbers' chair hours,160,hour\nbasin,Wash basin,3000,minute\n",
  "usage.csv": [
    "product_id,resource_id,time_per_unit,unit",
    "cut-std,barbers,30,minute",
    "beard,barbers,20,minute",
    "colour,barbers,60,minute",
    "colour,basin,20,minute",
    "kids,barbers,25,minute",
    "shave,barbers,40,minute",
    "shave,basin,10,minute",
  ].join("\n") + "\n",
  "demand.csv": [
    "product_id,quantity,minimum,maximum",
    "cut-std,120,,",
    "beard,90,,",
    "colour,40,,",
    "kids,60,,",
    "pomade,50,,",
    "shave,30,,",
  ].join("\n") + "\n",
};

/** A nail studio in tenge, saved by a Russian-locale spreadsheet. */
const LOTUS: Files = {
  "model.csv": "name;currency;period_unit\nСтудия «Лотос»;KZT;month\n",
  "products.csv": [
    "id;name;type;category;price;whole_units;unit_name",
    "маникюр;Маникюр;услуга;ногти;4 500;да;визит",
    "педикюр;Педикюр;услуга;ногти;6 000;да;визит",
    "брови;Коррекция бровей;услуга;брови;2 500;да;визит",
    "гель-лак;Покрытие гель-лаком;услуга;ногти;3 800;да;визит",
    "крем;Крем для рук;товар;розница;1 200;да;тюбик",
  ].join("\r\n") + "\r\n",
  "tvc.csv": [
    "product_id;kind;name;amount;rate",
    "маникюр;piece-rate;Сдельная оплата мастера;1 500;",
    "маникюр;materials;Материалы;350,50;",
    "педикюр;piece-rate;Сдельная оплата мастера;2 000;",
    "педикюр;materials;Материалы;600;",
    "брови;piece-rate;Сдельная оплата мастера;800;",
    "брови;materials;Краска и воск;120,25;",
    "гель-лак;piece-rate;Сдельная оплата мастера;1 200;",
    "гель-лак;materials;Гель-лак;450;",
    "крем;materials;Закупочная цена;700;",
  ].join("\r\n") + "\r\n",
  "sales.csv": [
    "period;product_id;quantity;price",
    "январь;маникюр;70;",
    "январь;педикюр;30;",
    "январь;брови;55;",
    "январь;гель-лак;60;",
    "январь;крем;25;",
    "февраль;маникюр;75;",
    "февраль;педикюр;32;",
    "февраль;брови;58;",
    "февраль;гель-лак;62;",
    "февраль;крем;28;",
  ].join("\r\n") + "\r\n",
  "operating_expenses.csv": [
    "id;name;category;amount;period",
    "аренда;Аренда помещения;rent;250 000;",
    "администратор;Зарплата администратора;salaries;180 000;",
    "коммунальные;Коммунальные услуги;utilities;45 000,75;",
  ].join("\r\n") + "\r\n",
  "resources.csv": "id;name;capacity;unit\r\nмастера;Время мастеров;200;hour\r\nлампы;УФ-лампы;3 000;minute\r\n",
  "usage.csv": [
    "product_id;resource_id;time_per_unit;unit",
    "маникюр;мастера;60;minute",
    "педикюр;мастера;90;minute",
    "брови;мастера;30;minute",
    "гель-лак;мастера;45;minute",
    "гель-лак;лампы;45;minute",
  ].join("\r\n") + "\r\n",
  "demand.csv": [
    "product_id;quantity;minimum;maximum",
    "маникюр;80;;",
    "педикюр;40;;",
    "брови;60;;",
    "гель-лак;70;;",
    "крем;30;;",
  ].join("\r\n") + "\r\n",
};

export interface GeneratedModel {
  /** A short label for test names. */
  readonly label: string;
  readonly dir: string;
  /** The locale the chapters are run in on this model. */
  readonly locale: "en" | "ru";
}

/**
 * Writes both folders under `root` and says where they are.
 *
 * @example
 * const [barbers, lotus] = writeGeneratedModels(mkdtempSync(join(tmpdir(), "models-")));
 */
export function writeGeneratedModels(root: string): GeneratedModel[] {
  const write = (name: string, files: Files, bom: boolean) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), (bom ? "\ufeff" : "") + text, "utf8");
    return dir;
  };
  return [
    { label: "a barbershop in USD", dir: write("northside-barbers", BARBERS, false), locale: "en" },
    { label: "a Russian-locale export in KZT", dir: write("студия-лотос", LOTUS, true), locale: "ru" },
  ];
}

/**
 * Names and ids of the bundled data that must not turn up in a chapter run on another model: if one
 * does, the chapter looked something up by a bundled id or printed a bundled figure as text.
 */
export const BUNDLED_WORDS: readonly string[] = [
  "Haircut", "haircut", "Lady Classic", "lady-classic", "Gold Star", "gold-star", "Colour Express", "Blow-dry", "blow-dry",
  "Men's Classic", "mens-classic", "hair-dye", "Hair dye", "Стрижка", "hall-evening", "Hall for an evening",
  "consulting-hour", "Uncle Fyodor", "Beauty salon", "Hall rental", "Expert sales", "phone-shop", "month-1", "month-3",
];
