/** The workbook's languages (English, Russian): labels, the default locale, numbers and amounts as a reader writes them. */
export { setDefaultLocale, getDefaultLocale, resolveLocale, type Locale } from "./locale";
export { labels, cliLabels, type Labels, type CliLabels } from "./labels";
export { formatMoney, formatNumber, formatPercent } from "./format";
export { localized, type LocalizedText } from "./localized";
