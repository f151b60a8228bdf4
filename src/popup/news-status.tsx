import { type NewsReason, reasonMessageKey } from "../page/news-reason";
import { t, uiLanguage } from "../shared/i18n";
import type { PageState } from "../shared/messages";
import type { Settings } from "../shared/settings";
import type { PageView } from "./page-view";

/** Where the popup stands: the page's analysis status, or loading / unavailable before that. */
export function phaseOf(view: PageView): PageState["status"] | "loading" | "unavailable" {
  return view.kind === "ready" ? view.state.status : view.kind;
}

/**
 * What the extension made of the page, or why it did not analyse it. One sentence in a live
 * region that stays in place, so screen readers announce each change and nothing else.
 */
export function NewsStatus({
  view,
  settings,
  onAnalyseAnyway,
}: {
  view: PageView;
  settings: Settings | null;
  onAnalyseAnyway: () => void;
}) {
  const state = view.kind === "ready" ? view.state : null;
  return (
    <div class="status" data-testid="status" data-status={phaseOf(view)}>
      <p role="status">{statusText(view, settings)}</p>
      {state?.status === "gave-up" && state.message && (
        <p class="detail" data-testid="gave-up-message" dir="auto">
          {state.message}
        </p>
      )}
      {(state?.status === "done" || state?.status === "not-news") &&
        state.news.reasons.length > 0 && (
          <div class="reasons" data-testid="news-reasons">
            <p class="detail">{t("popupWhy")}</p>
            <ReasonList polarity="for" reasons={state.news.reasons} />
            <ReasonList polarity="against" reasons={state.news.reasons} />
          </div>
        )}
      {state?.status === "not-news" && (
        <button type="button" data-testid="analyse-anyway" onClick={onAnalyseAnyway}>
          {t("popupAnalyseAnyway")}
        </button>
      )}
    </div>
  );
}

/** The reasons of one polarity, in the UI's language, under their own heading. */
function ReasonList({
  polarity,
  reasons,
}: {
  polarity: NewsReason["polarity"];
  reasons: NewsReason[];
}) {
  const shown = reasons.filter((r) => r.polarity === polarity);
  if (shown.length === 0) return null;
  const id = `reasons-${polarity}`;
  return (
    <>
      <p class="detail" id={id}>
        {t(polarity === "for" ? "popupWhyFor" : "popupWhyAgainst")}
      </p>
      <ul aria-labelledby={id} data-testid={id}>
        {shown.map((reason) => (
          <li key={reason.code}>
            <bdi>{reasonPhrase(reason)}</bdi>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The localised phrase of a reason; its English text when the UI has no string for its code. */
function reasonPhrase(reason: NewsReason): string {
  const key = reasonMessageKey(reason.code);
  const phrase = t(key, reason.detail ?? "");
  return phrase === key ? reason.text : phrase;
}

/** "French" / «الفرنسية»: a language's name in the UI's language, or its code when unknown. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function statusText(view: PageView, settings: Settings | null): string {
  if (view.kind === "loading") return t("popupLoading");
  if (view.kind === "unavailable") return t("popupUnavailable");
  const { state } = view;
  switch (state.status) {
    case "running":
      return t("popupLoading");
    case "done":
      if (state.unsupportedLanguage) {
        return t("popupUnsupportedLanguage", languageName(state.unsupportedLanguage));
      }
      return t(state.isNews ? "popupIsNews" : "popupAnalysedAnyway");
    case "not-news":
      return t("popupNotNews");
    case "off":
      return t(settings?.enabled === false ? "popupOffEverywhere" : "popupOffSite");
    case "gave-up":
      return t("popupGaveUp");
  }
}
