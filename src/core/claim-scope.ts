import type { Claim } from "./allegation-placement";
import type { TextMatches } from "./enrich-matcher";
import { type Extent, within } from "./enrich-spans";
import type { Quote } from "./types";

/** How far into a statement's content its complementiser may start («بأن» starts at «أن»). */
const COMPLEMENTISER_REACH = 2;
/** A window that holds a complementiser with its proclitic and pronoun («بأنهم»). */
const COMPLEMENTISER_WINDOW = 12;

/**
 * Whether an indirect statement's content opens with a complementiser ("that", «أن»): a clause,
 * not a noun phrase. Only the few characters at its start are looked at, found by binary search.
 */
export function opensWithClause(q: Quote, complementisers: readonly Extent[]): boolean {
  return within(complementisers, q.start, q.start + COMPLEMENTISER_WINDOW).some(
    (c) => c.start <= q.start + COMPLEMENTISER_REACH,
  );
}

/**
 * The claims a statement's speaker makes, of those in its content. A statement reported as a
 * noun phrase («أعلن الجيش اللبناني تعزيز انتشار عناصره، في أعقاب القصف…») says nothing past an
 * adjunct that dates or explains the announcement: that is the writer's context. A gain or loss
 * of ground after a purpose ("to retake", «لتحرير الأنبار من سيطرة داعش»), in its clause, is an
 * aim, not a claim that it happened.
 */
export function claimsOf(
  q: Quote,
  claims: readonly Claim[],
  lists: TextMatches["lists"],
  clauseStart: (at: number) => number,
): Claim[] {
  let end = q.end;
  if (q.kind === "indirect" && !opensWithClause(q, lists.complementisers)) {
    const adjunct = within(lists.adjuncts, q.start, q.end)[0];
    if (adjunct) end = adjunct.start;
  }
  const purposes = within(lists.purposes, q.start, end);
  // Both lists are sorted by start: one pass keeps the last purpose before each claim.
  let k = 0;
  let purpose = -1;
  return within(claims, q.start, end).filter((c) => {
    while (k < purposes.length && (purposes[k] as Extent).start <= c.start) {
      purpose = (purposes[k] as Extent).start;
      k++;
    }
    return c.claimType !== "territory" || purpose < 0 || purpose < clauseStart(c.start);
  });
}
