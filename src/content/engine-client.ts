import { type AnalyseReply, AnalyseReplySchema, type AnalyseRequest } from "../shared/messages";

/** Sends a message to the extension's background (browser.runtime.sendMessage). */
export type Send = (message: AnalyseRequest) => Promise<unknown>;

/**
 * The background's reply, or null when it cannot be reached: the message failed (a service
 * worker that is restarting, an extension reloaded under the page) or came back empty or
 * malformed. It is asked twice before the caller falls back to analysing on the page.
 */
export async function askBackground(
  request: AnalyseRequest,
  send: Send,
  attempts = 2,
): Promise<AnalyseReply | null> {
  for (let i = 0; i < attempts; i++) {
    try {
      const parsed = AnalyseReplySchema.safeParse(await send(request));
      if (parsed.success) return parsed.data;
    } catch {
      // Unreachable this time: ask again, or fall back.
    }
  }
  return null;
}
