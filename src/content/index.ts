import browser, { type Runtime } from "webextension-polyfill";
import { ContentMessageSchema } from "../shared/messages";
import { isOwnSender } from "../shared/sender";
import { loadSettings } from "../shared/settings-store";
import { installE2eHook } from "./e2e-hook";
import { guard } from "./guard";
import { yieldToPage } from "./yield";

/**
 * The analysis half (engine, ruleset, card) is a module of its own, loaded after the settings in a
 * later task: evaluating all of it with this entry made one task of over 50 ms on a cold start.
 */
const ready = (async () => {
  const settings = await loadSettings();
  await yieldToPage();
  const { start } = await import("./start");
  return start(settings);
})();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!isOwnSender(sender)) return undefined;
  const parsed = ContentMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  return guard(async () => (await ready).handle(parsed.data));
});

if (__E2E__) installE2eHook(() => guard(async () => (await ready).state));
