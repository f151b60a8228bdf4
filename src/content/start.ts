import browser from "webextension-polyfill";
import type { LabelCorrection, PageState } from "../shared/messages";
import type { Settings } from "../shared/settings";
import { Controller } from "./controller";
import { guard } from "./guard";
import { watchPageSettings } from "./settings-client";

const notifyBackground = (state: PageState) =>
  void browser.runtime
    .sendMessage({ type: "findings", count: state.counts.quotes + state.counts.allegations })
    .catch(() => undefined);

/** The background opens the options page with an override for the source prefilled. */
const correctLabel = (correction: LabelCorrection) =>
  void browser.runtime.sendMessage({ type: "correct-label", correction }).catch(() => undefined);

/**
 * Builds the controller, follows the settings, and runs the first analysis. The custom ruleset is
 * the background's: it says when it changes ("ruleset-changed").
 */
export async function start(settings: Settings): Promise<Controller> {
  const controller = new Controller(settings, notifyBackground, correctLabel);
  watchPageSettings((next) => void guard(() => controller.applySettings(next)));
  await guard(() => controller.start());
  return controller;
}
