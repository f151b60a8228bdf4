import { plural, t, uiLanguage } from "../shared/i18n";
import type { PageState } from "../shared/messages";
import type { Settings } from "../shared/settings";
import { siteOf } from "../shared/settings";
import { setAlwaysAnalyse } from "../shared/settings-store";
import type { PageView } from "./page-view";

/** Where the popup stands: the page's analysis status, or loading / unavailable before that. */
export function phaseOf(view: PageView): PageState["status"] | "loading" | "unavailable" {
  return view.kind === "ready" ? view.state.status : view.kind;
}

/**
 * The verdict in one line, in a live region that stays in place so screen readers announce each
 * change; the publisher once; on a page not judged news, "Analyse anyway" and "Always analyse
 * this site".
 */
export function Verdict({
  view,
  settings,
  onAnalyseAnyway,
}: {
  view: PageView;
  settings: Settings | null;
  onAnalyseAnyway: () => void;
}) {
  const state = view.kind === "ready" ? view.state : null;
  const site = state ? siteOf(state.url) : null;
  const always = !!site && !!settings?.alwaysAnalyseSites.includes(site);
  return (
    <div class="status" data-testid="status" data-status={phaseOf(view)}>
      <p role="status" class="verdict">
        {verdictText(view, settings)}
      </p>
      {state?.status === "gave-up" && state.message && (
        <p class="detail" data-testid="gave-up-message" dir="auto">
          {state.message}
        </p>
      )}
      {state?.status === "done" && state.publisher && (
        <p class="detail" data-testid="publisher">
          {t("popupPublishedBy")} <bdi class="publisher-name">{state.publisher.name}</bdi>{" "}
          <span class="label">
            <bdi>{state.publisher.label}</bdi>
          </span>
        </p>
      )}
      {site && settings && (state?.status === "not-news" || always) && (
        <div class="anyway">
          {state?.status === "not-news" && (
            <button type="button" data-testid="analyse-anyway" onClick={onAnalyseAnyway}>
              {t("popupAnalyseAnyway")}
            </button>
          )}
          <span class="toggle">
            <input
              type="checkbox"
              id="toggle-always"
              checked={always}
              onChange={(e) => void setAlwaysAnalyse(site, e.currentTarget.checked)}
            />
            <label for="toggle-always">{t("popupAlwaysAnalyse")}</label>
          </span>
        </div>
      )}
    </div>
  );
}

/** "French" / «الفرنسية»: a language's name in the UI's language, or its code when unknown. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function verdictText(view: PageView, settings: Settings | null): string {
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
      return t(state.isNews ? "popupIsNews" : "popupAnalysedAnyway", [
        plural("countStatements", state.counts.quotes),
        plural("countAllegations", state.counts.allegations),
      ]);
    case "not-news":
      return t("popupNotNews");
    case "off":
      return t(settings?.enabled === false ? "popupOffEverywhere" : "popupOffSite");
    case "gave-up":
      return t("popupGaveUp");
  }
}
