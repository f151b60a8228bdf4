import browser from "webextension-polyfill";
import type { PageState } from "../shared/messages";
import { loadCustomRuleset, watchCustomRuleset } from "../shared/ruleset-store";
import type { Settings } from "../shared/settings";
import { watchSettings } from "../shared/settings-store";
import { Controller } from "./controller";
import { guard } from "./guard";

const notifyBackground = (state: PageState) =>
  void browser.runtime
    .sendMessage({ type: "findings", count: state.counts.quotes + state.counts.allegations })
    .catch(() => undefined);

/** Builds the controller, follows settings and the custom ruleset, and runs the first analysis. */
export async function start(settings: Settings): Promise<Controller> {
  const controller = new Controller(settings, notifyBackground);
  watchSettings((next) => void guard(() => controller.applySettings(next)));
  watchCustomRuleset((custom) => void guard(() => controller.applyCustomRuleset(custom)));
  const custom = await loadCustomRuleset();
  if (custom) await controller.applyCustomRuleset(custom);
  await guard(() => controller.start());
  return controller;
}
