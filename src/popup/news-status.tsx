import { t } from "../shared/i18n";
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
          <div class="reasons">
            <p class="detail" id="reasons-heading">
              {t("popupWhy")}
            </p>
            <ul aria-labelledby="reasons-heading" data-testid="news-reasons">
              {state.news.reasons.map((reason) => (
                <li key={reason}>
                  <bdi>{reason}</bdi>
                </li>
              ))}
            </ul>
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

function statusText(view: PageView, settings: Settings | null): string {
  if (view.kind === "loading") return t("popupLoading");
  if (view.kind === "unavailable") return t("popupUnavailable");
  const { state } = view;
  switch (state.status) {
    case "running":
      return t("popupLoading");
    case "done":
      return t(state.isNews ? "popupIsNews" : "popupAnalysedAnyway");
    case "not-news":
      return t("popupNotNews");
    case "off":
      return t(settings?.enabled === false ? "popupOffEverywhere" : "popupOffSite");
    case "gave-up":
      return t("popupGaveUp");
  }
}
