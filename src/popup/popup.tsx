import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { t } from "../shared/i18n";
import { siteOf } from "../shared/settings";
import { NewsStatus } from "./news-status";
import { PageSummary } from "./page-summary";
import { sendToTab } from "./page-view";
import { SourceList } from "./source-list";
import { Toggles } from "./toggles";
import { usePageView } from "./use-page-view";
import { useSettings } from "./use-settings";

export function Popup({ tabId }: { tabId: Promise<number | undefined> }) {
  const [tab, setTab] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    void tabId.then((id) => setTab(id ?? null));
  }, [tabId]);
  const settings = useSettings();
  const [view, refresh] = usePageView(tab, settings);
  const state = view.kind === "ready" ? view.state : null;

  const analyseAnyway = async () => {
    if (typeof tab !== "number") return;
    await sendToTab(tab, { type: "analyse-anyway" });
    refresh();
  };
  const reveal = (id: string) => {
    if (typeof tab === "number") void sendToTab(tab, { type: "reveal-source", id });
  };

  return (
    <>
      <header>
        <h1>{t("extName")}</h1>
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t("popupOpenOptions")}
        </button>
      </header>
      <NewsStatus view={view} settings={settings} onAnalyseAnyway={analyseAnyway} />
      {state?.status === "done" && (
        <>
          <PageSummary state={state} />
          <SourceList sources={state.sources} onReveal={reveal} />
        </>
      )}
      {settings && view.kind !== "loading" && (
        <Toggles settings={settings} site={state ? siteOf(state.url) : null} />
      )}
    </>
  );
}
