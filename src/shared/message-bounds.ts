/**
 * The bounds of the messages between the content script and the background, apart from their
 * schemas (messages.ts) so that the content script can use them without evaluating zod.
 */

/**
 * The longest article text the content script sends the engine. The engine reads 1.7 M
 * characters a second on the slowest machine measured (issue 15: three to four times slower than
 * the one the budgets were set on), so a million characters takes about 0.6 s, and under three
 * seconds even on text five times harder than news or on a machine five times slower again. A
 * longer text is given up with a message, never sent.
 */
export const MAX_ENGINE_CHARS = 1_000_000;
/** A publisher name is a short string; a page may say anything, so it is cut to this length. */
export const MAX_PUBLISHER_CHARS = 300;
/**
 * At most this many quotes, allegations or sources in one reply: the output of the engine is
 * linear in its input, and a million characters of dense reporting holds some thousands.
 */
export const MAX_FINDINGS = 50_000;
