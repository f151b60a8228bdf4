import type { Allegation, PageSource, Quote, SourceRef } from "../core/types";
import {
  allegationAgainst,
  allegationBy,
  labelEvidence,
  quoteSources,
  speakerEntity,
} from "../shared/finding-fields";
import { t, uiLanguage } from "../shared/i18n";
import type { LabelCorrection } from "../shared/messages";
import { SIDE_NAME, sideOf } from "../shared/sides";
import type { Finding } from "./findings";

export interface CardProps {
  /** Every finding at the point, statements first. */
  findings: Finding[];
  sources: ReadonlyMap<string, PageSource>;
  onWrongLabel: (correction: LabelCorrection) => void;
}

/** The card's content: one section per finding at the point. Every string is text, never markup. */
export function Card({ findings, sources, onWrongLabel }: CardProps) {
  const quote = findings.find((f) => f.kind === "quote")?.item as Quote | undefined;
  return (
    <>
      {findings.map((finding, i) => {
        const id = i === 0 ? "card-title" : undefined;
        return (
          <section
            key={`${finding.kind}:${finding.item.start}`}
            class={`finding ${finding.kind}`}
            data-language={finding.language}
          >
            {finding.kind === "quote" ? (
              <QuoteSection
                quote={finding.item}
                sources={sources}
                titleId={id}
                onWrongLabel={onWrongLabel}
              />
            ) : (
              <AllegationSection finding={finding} quote={quote} titleId={id} />
            )}
          </section>
        );
      })}
    </>
  );
}

/** Words of the article inside a UI sentence, isolated so either script reads in its own order. */
const quoted = (text: string) => t("cardQuoted", `\u2068${text}\u2069`);

/** “a”, “b” and “c”, in the UI's language. */
function quotedList(words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  return new Intl.ListFormat(uiLanguage(), { type: "conjunction" }).format(unique.map(quoted));
}

function QuoteSection({
  quote,
  sources,
  titleId,
  onWrongLabel,
}: {
  quote: Quote;
  sources: ReadonlyMap<string, PageSource>;
  titleId: string | undefined;
  onWrongLabel: (correction: LabelCorrection) => void;
}) {
  const { speaker, cue, kind } = quote;
  const entity = speakerEntity(quote);
  const refs = quoteSources(quote);
  return (
    <>
      <p class="kind" id={titleId}>
        {t(`quoteKind_${kind}`)}
      </p>
      <p class="said-by">
        <span class="field">{t("cardSaidBy")}</span>{" "}
        {speaker?.dropped && entity ? (
          // An unwritten subject: its span is the cue word («قالت»), so only whom it links to.
          <bdi class="entity">{entity}</bdi>
        ) : speaker ? (
          <>
            <bdi class="speaker">{speaker.text}</bdi>
            {entity ? (
              <>
                {": "}
                <bdi class="entity">{entity}</bdi>
              </>
            ) : null}
            {speaker.carried ? <span class="note"> {t("cardCarried")}</span> : null}
          </>
        ) : (
          <span class="speaker">{t("cardNoSpeaker")}</span>
        )}
      </p>
      {cue ? <p class="note cue">{t("cardReportedWith", quoted(cue.text))}</p> : null}
      {refs.map((ref) => (
        <SourceLabel key={ref.id} source={ref} sources={sources} onWrongLabel={onWrongLabel} />
      ))}
      {refs.length === 0 ? (
        <div class="source">
          <p class="no-label">
            <Swatch alignment={null} />{" "}
            {speaker ? t("cardNoLabel", entity ?? speaker.text) : t("cardNoLabelNoSpeaker")}
          </p>
          {speaker ? (
            <button
              type="button"
              class="correct"
              onClick={() => onWrongLabel({ name: entity ?? speaker.text })}
            >
              {t("cardAddLabel")}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

function Swatch({ alignment }: { alignment: string | null }) {
  const side = sideOf(alignment);
  return <span class={`swatch side-${side}`} aria-hidden="true" title={t(SIDE_NAME[side])} />;
}

function SourceLabel({
  source,
  sources,
  onWrongLabel,
}: {
  source: SourceRef;
  sources: ReadonlyMap<string, PageSource>;
  onWrongLabel: (correction: LabelCorrection) => void;
}) {
  const evidence = labelEvidence(source, sources);
  const side = sideOf(source.alignment);
  return (
    <div class="source">
      <p>
        <Swatch alignment={source.alignment} />{" "}
        <span class={`label side-${side}`}>{source.label}</span>{" "}
        <bdi class="name">{source.name}</bdi>
        <span class="visually-hidden"> ({t(SIDE_NAME[side])})</span>
      </p>
      {evidence?.kind === "ruleset" ? (
        <>
          <p class="description">{evidence.description}</p>
          <a href={evidence.reference} target="_blank" rel="noopener noreferrer">
            {t("cardReference")}
          </a>
        </>
      ) : evidence?.kind === "text" ? (
        <p class="description">{t("cardFromText", quoted(evidence.words))}</p>
      ) : null}
      <button
        type="button"
        class="correct"
        onClick={() =>
          onWrongLabel({
            ...(sources.has(source.id) ? { id: source.id } : {}),
            name: source.name,
            alignment: source.alignment,
          })
        }
      >
        {t("cardWrongLabel")}
      </button>
    </div>
  );
}

/** Reason kinds the card has a sentence for; any other gets the generic one. */
const SENTENCES = new Set([
  "accusation",
  "hedge",
  "unconfirmed",
  "anonymous_source",
  "social_media",
  "contested",
  "party_claim",
  "denial",
  "characterisation",
  "unconfirmed_report",
  "not_verified",
]);

/** "Russia's defence ministry (Government (Russia))": who makes the allegation, with its label. */
function whoMakes(allegation: Allegation, quote: Quote | undefined): string | null {
  const by = allegationBy(allegation);
  if (by) return by.label ? `${by.name} (${by.label})` : by.name;
  if (!quote?.speaker) return null;
  const name = speakerEntity(quote) ?? quote.speaker.text;
  const label = quoteSources(quote)[0]?.label;
  return label ? `${name} (${label})` : name;
}

function AllegationSection({
  finding,
  quote,
  titleId,
}: {
  finding: Finding;
  quote: Quote | undefined;
  titleId: string | undefined;
}) {
  if (finding.kind !== "allegation") return null;
  const who = whoMakes(finding.item, quote);
  const against = allegationAgainst(finding.item);
  const reasons = finding.item.reasons.map((r) => r.replace(/-/g, "_"));
  return (
    <>
      <p class="kind" id={titleId}>
        {t("cardAllegation")}
      </p>
      {reasons.map((reason, i) => {
        const key = SENTENCES.has(reason) ? `allegation_${reason}` : "allegation_generic";
        // Who makes it is said once, in the first sentence.
        const text = i === 0 && who ? t(`${key}_by`, who) : t(key);
        return (
          <p key={reason} class="reason" data-reason={reason}>
            {text}
          </p>
        );
      })}
      {against ? <p class="note">{t("cardAgainst", against)}</p> : null}
      {finding.item.cues.length > 0 ? (
        <p class="note cues">
          {t("cardTriggeredBy", quotedList(finding.item.cues.map((c) => c.text)))}
        </p>
      ) : null}
    </>
  );
}
