import type { PageSource, Reason } from "../core/types";
import { t } from "../shared/i18n";
import type { Finding } from "./findings";

export interface CardProps {
  finding: Finding;
  sources: ReadonlyMap<string, PageSource>;
}

/** The hover card's content. Every string is rendered as text, never as markup. */
export function Card({ finding, sources }: CardProps) {
  const dir = finding.language === "ar" ? "rtl" : "ltr";
  return (
    <div class={`card ${finding.kind}`} dir={dir} lang={finding.language}>
      {finding.kind === "quote" ? (
        <QuoteCard finding={finding} sources={sources} />
      ) : (
        <AllegationCard finding={finding} />
      )}
    </div>
  );
}

function QuoteCard({ finding, sources }: CardProps) {
  if (finding.kind !== "quote") return null;
  const { speaker, cue, kind } = finding.item;
  const matched = finding.item.sources?.length
    ? finding.item.sources
    : finding.item.source
      ? [finding.item.source]
      : [];
  return (
    <>
      <p class="kind" id="card-title">
        {t(`quoteKind_${kind}`)}
      </p>
      <dl>
        <dt>{t("cardSpeaker")}</dt>
        <dd class="speaker">
          {speaker ? speaker.text : t("cardNoSpeaker")}
          {speaker?.carried ? <span class="note"> {t("cardCarried")}</span> : null}
        </dd>
        {cue ? (
          <>
            <dt>{t("cardCue")}</dt>
            <dd class="cue">{cue.text}</dd>
          </>
        ) : null}
      </dl>
      {matched.map((ref) => {
        const detail = sources.get(ref.id);
        return (
          <section class="source" key={ref.id}>
            <p>
              <span class={`label ${ref.alignment.split(":")[0]}`}>{ref.label}</span>{" "}
              <span class="name">{ref.name}</span>
            </p>
            {detail ? <p class="description">{detail.description}</p> : null}
            {detail ? (
              <a href={detail.reference} target="_blank" rel="noopener noreferrer">
                {t("cardReference")}
              </a>
            ) : null}
          </section>
        );
      })}
      {matched.length === 0 ? <p class="note">{t("cardNoLabel")}</p> : null}
    </>
  );
}

function AllegationCard({ finding }: { finding: Finding }) {
  if (finding.kind !== "allegation") return null;
  return (
    <>
      <p class="kind" id="card-title">
        {t("cardAllegation")}
      </p>
      <ul class="reasons">
        {finding.item.reasons.map((reason: Reason) => (
          <li key={reason}>{t(`reason_${reason.replace("-", "_")}`)}</li>
        ))}
      </ul>
      {finding.item.cues.length > 0 ? (
        <p class="cues">
          {t("cardTriggeredBy")}{" "}
          {finding.item.cues.map((cue, i) => (
            <q key={`${cue.start}`}>
              {cue.text}
              {i < finding.item.cues.length - 1 ? " " : ""}
            </q>
          ))}
        </p>
      ) : null}
    </>
  );
}
