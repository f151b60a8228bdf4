import browser, { type Runtime } from "webextension-polyfill";
import { ContentMessageSchema, type PageState } from "../shared/messages";
import { loadCustomRuleset, watchCustomRuleset } from "../shared/ruleset-store";
import { isOwnSender } from "../shared/sender";
import { loadSettings, watchSettings } from "../shared/settings-store";
import { Controller } from "./controller";
import { installE2eHook } from "./e2e-hook";

/** A failure here must never break the page: it is logged and the page is left alone. */
function guard<T>(work: () => Promise<T>): Promise<T | undefined> {
  return work().catch((error: unknown) => {
    console.warn("[Source Context]", error);
    return undefined;
  });
}

const notifyBackground = (state: PageState) =>
  void browser.runtime
    .sendMessage({ type: "findings", count: state.counts.quotes + state.counts.allegations })
    .catch(() => undefined);

const ready = (async () => {
  const controller = new Controller(await loadSettings(), notifyBackground);
  watchSettings((settings) => void guard(() => controller.applySettings(settings)));
  watchCustomRuleset((custom) => void guard(() => controller.applyCustomRuleset(custom)));
  const custom = await loadCustomRuleset();
  if (custom) await controller.applyCustomRuleset(custom);
  await guard(() => controller.start());
  return controller;
})();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!isOwnSender(sender)) return undefined;
  const parsed = ContentMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  return guard(async () => (await ready).handle(parsed.data));
});

if (__E2E__) installE2eHook(() => guard(async () => (await ready).state));
