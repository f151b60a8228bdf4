import browser from "webextension-polyfill";
import type { Settings } from "../shared/settings";
import { askTwice, type Send } from "./engine-client";

const sendToBackground: Send = (message) => browser.runtime.sendMessage(message);

const isSettings = (raw: unknown): raw is Settings =>
  typeof raw === "object" && raw !== null && typeof (raw as Settings).enabled === "boolean";

/**
 * The settings, read and validated by the background (where zod is already loaded); when it
 * cannot be reached, read on the page by the settings store (which loads zod, in a task of its
 * own).
 */
export async function pageSettings(send: Send = sendToBackground): Promise<Settings> {
  const settings = await askTwice({ type: "get-settings" }, send, isSettings);
  if (settings) return settings;
  const { loadSettings } = await import("../shared/settings-store");
  return loadSettings();
}

/** Calls back with the settings whenever storage.sync changes (the settings live there). */
export function watchPageSettings(cb: (settings: Settings) => void): () => void {
  let active = true;
  const listener = (_changes: unknown, area: string) => {
    if (area !== "sync") return;
    void pageSettings().then((settings) => {
      if (active) cb(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    active = false;
    browser.storage.onChanged.removeListener(listener);
  };
}
