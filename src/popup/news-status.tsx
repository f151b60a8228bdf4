import { t } from "../shared/i18n";
import type { PageState } from "../shared/messages";
import type { Settings } from "../shared/settings";

/** What the extension made of the page (news or not, and why), or why it did not analyse it. */
export function NewsStatus({
  state,
  settings,
  onAnalyseAnyway,
}: {
  state: PageState;
  settings: Settings | null;
  onAnalyseAnyway: () => void;
}) {
  return (
    <div class="status" data-testid="status" data-status={state.status}>
      <p>{statusText(state, settings)}</p>
      {state.status === "gave-up" && state.message && (
        <p class="detail" data-testid="gave-up-message" dir="auto">
          {state.message}
        </p>
      )}
      {(state.status === "done" || state.status === "not-news") &&
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
      {state.status === "not-news" && (
        <button type="button" data-testid="analyse-anyway" onClick={onAnalyseAnyway}>
          {t("popupAnalyseAnyway")}
        </button>
      )}
    </div>
  );
}

function statusText(state: PageState, settings: Settings | null): string {
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
