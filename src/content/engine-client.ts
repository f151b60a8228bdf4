import type { AnalyseReply, AnalyseRequest } from "../shared/messages";

/** Sends a message to the extension's background (browser.runtime.sendMessage). */
export type Send = (message: unknown) => Promise<unknown>;

/**
 * Whether a message came back at all. The reply was checked against AnalyseReplySchema by the
 * background that made it (messages.ts); here only that there is one, so that a background that
 * answered nothing is told from one that answered.
 */
function isAnswer(raw: unknown): raw is AnalyseReply {
  return (
    typeof raw === "object" && raw !== null && typeof (raw as { ok?: unknown }).ok === "boolean"
  );
}

/**
 * Asks the background, twice at most: null when it cannot be reached, that is when the message
 * failed (a service worker that is restarting, an extension reloaded under the page) or came back
 * empty. The caller then does the work on the page.
 */
export async function askTwice<T>(
  message: unknown,
  send: Send,
  answered: (raw: unknown) => raw is T,
  attempts = 2,
): Promise<T | null> {
  for (let i = 0; i < attempts; i++) {
    try {
      const raw = await send(message);
      if (answered(raw)) return raw;
    } catch {
      // Unreachable this time: ask again, or give up.
    }
  }
  return null;
}

/** The background's analysis of a text, or null when it cannot be reached (see askTwice). */
export function askBackground(request: AnalyseRequest, send: Send): Promise<AnalyseReply | null> {
  return askTwice(request, send, isAnswer);
}
