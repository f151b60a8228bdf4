import browser, { type Runtime } from "webextension-polyfill";
import { isOwnSender } from "../shared/sender";
import { installE2eHook } from "./e2e-hook";
import { guard } from "./guard";
import { pageSettings } from "./settings-client";
import { slicer } from "./yield";

/**
 * This entry is small and the analysis half is a module of its own, loaded in a later task:
 * evaluating a module graph is one task. Nothing on the way to the marks evaluates zod: zod and
 * the schemas built with it make, on a slow machine, one task of well over 50 ms. The background
 * validates what it sends (settings, the engine's findings); the page loads zod only to check
 * the messages it is sent (the popup's), when one comes.
 */
const ready = (async () => {
  await slicer.pause(true);
  const settings = await pageSettings();
  await slicer.pause(true);
  const { start } = await import("./start");
  await slicer.pause(true);
  return start(settings);
})();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!isOwnSender(sender)) return undefined;
  return guard(async () => {
    const { ContentMessageSchema } = await import("../shared/messages");
    const parsed = ContentMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    return (await ready).handle(parsed.data);
  });
});

if (__E2E__) installE2eHook(() => guard(async () => (await ready).state));
