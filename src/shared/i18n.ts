import browser from "webextension-polyfill";

/** A UI string from _locales; the key itself when a translation is missing, so gaps are visible. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Direction of the UI language (Arabic is right-to-left). */
export function uiDirection(): "rtl" | "ltr" {
  return browser.i18n.getUILanguage().toLowerCase().startsWith("ar") ? "rtl" : "ltr";
}
