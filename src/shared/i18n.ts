import browser from "webextension-polyfill";

/** A UI string from _locales; the key itself when a translation is missing, so gaps are visible. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * Direction of the UI language, from the locale actually used for messages: a browser without
 * that UI language pack still serves our Arabic messages while getUILanguage() says English.
 */
export function uiDirection(): "rtl" | "ltr" {
  return t("uiDirection") === "rtl" ? "rtl" : "ltr";
}

/** The language of the UI's messages, for labels and descriptions from the ruleset. */
export function uiLanguage(): "ar" | "en" {
  return t("uiLanguage") === "ar" ? "ar" : "en";
}

/**
 * A count in words, in the UI language's plural form ("1 statement", "2 statements"; Arabic has
 * six forms): the message `${key}_${category}` with the formatted number as $1, else `_other`.
 */
export function plural(key: string, count: number): string {
  const language = uiLanguage();
  const category = new Intl.PluralRules(language).select(count);
  const number = new Intl.NumberFormat(language).format(count);
  return (
    browser.i18n.getMessage(`${key}_${category}`, [number]) ||
    browser.i18n.getMessage(`${key}_other`, [number]) ||
    key
  );
}
