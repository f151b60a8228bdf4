import type { PageSource } from "../core/types";
import { t } from "../shared/i18n";
import { GROUP_HEADING, groupSources } from "./alignment-groups";
import { SourceEntry } from "./source-entry";

/** Every source on the page, grouped by alignment. */
export function SourceList({
  sources,
  onReveal,
}: {
  sources: readonly PageSource[];
  onReveal: (id: string) => void;
}) {
  const groups = groupSources(sources);
  return (
    <section class="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t("popupSources")}</h2>
      {groups.length === 0 && <p>{t("popupNoSources")}</p>}
      {groups.map(({ group, sources: members }) => (
        <section key={group} aria-labelledby={`group-${group}`} data-group={group}>
          <h3 id={`group-${group}`}>{t(GROUP_HEADING[group])}</h3>
          <ul>
            {members.map((source) => (
              <li key={source.id}>
                <SourceEntry source={source} onReveal={onReveal} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
