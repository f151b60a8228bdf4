import type { Claim } from "./allegation-placement";
import type { TextMatches } from "./enrich-matcher";
import { anyWithin, within } from "./enrich-spans";
import type { Claimant, Quote } from "./types";

/** How far around a casualty word its victims are looked for (characters). */
const VICTIM_REACH = 60;

const STATE_SIDES = new Set(["government", "state-media", "pro-government"]);

/** The kinds of claim that say what a side suffered: its dead and the attacks that killed them. */
const SUFFERED = new Set(["casualties", "attack"]);

/**
 * Whether the casualties a party reports are its own: an admission against its own interest,
 * not an allegation ("a soldier was killed" from an army, «قتل وزير الدفاع السوري» from Syrian
 * state TV, "two of our fighters died" from a rebel group). The victims are the words around
 * each casualty word: for a state's side, its forces ("soldiers", «جنديين عراقيين»), a state
 * office or body of its own country, or a source on its side; for an armed group or the
 * opposition, fighters ("militants", «مقاتلين»). Any sign of the other side there (fighters for
 * a state, soldiers for a group, another country) makes them the enemy's losses, and so does a
 * word of success before the casualty word ("managed to kill", «تمكنوا من قتل»).
 */
export function ownLosses(
  q: Quote,
  by: Claimant,
  claims: readonly Claim[],
  matches: TextMatches,
): boolean {
  const side = by.source?.alignment.split(":")[0] ?? "";
  const state = STATE_SIDES.has(side);
  const country = by.source?.country;
  const casualties = claims.filter((c) => c.claimType === "casualties");
  if (casualties.length === 0 || claims.some((c) => !SUFFERED.has(c.claimType))) return false;
  const { lists } = matches;
  return casualties.every((c) => {
    const from = Math.max(q.start, c.start - VICTIM_REACH);
    const to = Math.min(q.end, c.end + VICTIM_REACH);
    // "the rebels managed to kill snipers": the fighters named are the killers.
    if (anyWithin(lists.successes, from, c.start)) return false;
    const forces = within(lists.stateForces, from, to).length > 0;
    const fighters = within(lists.irregularForces, from, to).length > 0;
    const places = within(matches.places, from, to);
    if (country && places.some((p) => p.value.country !== country)) return false;
    const entities = within(matches.entities, from, to).filter(
      (e) => !(by.speaker.start <= e.start && e.end <= by.speaker.end),
    );
    const otherSide = (e: (typeof entities)[number]) =>
      e.value.alignment.split(":")[0] !== side ||
      (country !== undefined && e.value.country !== undefined && e.value.country !== country);
    if (entities.some(otherSide)) return false;
    if (!state) return fighters && !forces;
    const ownCountry = country !== undefined && places.some((p) => p.value.country === country);
    const ownBody = within(matches.roles, from, to).some((r) => r.value === "state") && ownCountry;
    return !fighters && (forces || ownBody || entities.length > 0);
  });
}
