/** The workbook's languages (English, Russian): labels, the default locale, numbers and amounts as a reader writes them. */
export { setDefaultLocale, getDefaultLocale, type Locale } from "./locale";
export { labels, type Labels } from "./labels";
export { formatMoney, formatNumber, formatPercent } from "./format";
