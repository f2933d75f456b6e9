/**
 * Words and numbers in the reader's language: labels in English (default) or Russian, and
 * amounts, numbers and percentages formatted by Intl from exact decimals.
 */
export * from "./locale";
export * from "./labels";
export * from "./format";
export * from "./localized";
