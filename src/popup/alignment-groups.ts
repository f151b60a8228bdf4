import type { PageSource } from "../core/types";

/** Alignment families in the order the popup lists them: the most partisan first. */
const GROUPS = [
  "state-media",
  "government",
  "pro-government",
  "armed-group",
  "opposition",
  "wire-service",
  "public-broadcaster",
  "monitor",
  "independent",
  "unknown",
] as const;
export type AlignmentGroup = (typeof GROUPS)[number];

/** The _locales key of each group's heading. */
export const GROUP_HEADING: Record<AlignmentGroup, string> = {
  "state-media": "alignmentStateMedia",
  government: "alignmentGovernment",
  "pro-government": "alignmentProGovernment",
  "armed-group": "alignmentArmedGroup",
  opposition: "alignmentOpposition",
  "wire-service": "alignmentWireService",
  "public-broadcaster": "alignmentPublicBroadcaster",
  monitor: "alignmentMonitor",
  independent: "alignmentIndependent",
  unknown: "alignmentUnknown",
};

/** "armed-group:isis" belongs to the armed groups; anything outside the taxonomy to "unknown". */
export function groupOf(alignment: string): AlignmentGroup {
  const family = alignment.split(":", 1)[0];
  return GROUPS.find((g) => g === family) ?? "unknown";
}

export interface SourceGroup {
  group: AlignmentGroup;
  sources: PageSource[];
}

/** Non-empty groups in the fixed order; inside a group, the most mentioned source first. */
export function groupSources(sources: readonly PageSource[]): SourceGroup[] {
  const byGroup = new Map<AlignmentGroup, PageSource[]>();
  for (const source of sources) {
    const group = groupOf(source.alignment);
    byGroup.set(group, [...(byGroup.get(group) ?? []), source]);
  }
  return GROUPS.flatMap((group) => {
    const members = byGroup.get(group);
    if (!members) return [];
    const sorted = [...members].sort(
      (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
    );
    return [{ group, sources: sorted }];
  });
}
