import browser, { type Runtime } from "webextension-polyfill";
import { ContentMessageSchema, type PageState } from "../shared/messages";
import { isOwnSender } from "../shared/sender";
import { installE2eHook } from "./e2e-hook";

const started = performance.now();
const state: PageState = {
  url: location.href,
  status: "done",
  isNews: false,
  news: { score: 0, reasons: [] },
  counts: { quotes: 0, allegations: 0 },
  publisher: null,
  sources: [],
  timings: { total: performance.now() - started },
};

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!isOwnSender(sender)) return undefined;
  const parsed = ContentMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  if (parsed.data.type === "get-state") return Promise.resolve(state);
  return undefined;
});

if (__E2E__) installE2eHook();
