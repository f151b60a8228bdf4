import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { t } from "../shared/i18n";
import { siteOf } from "../shared/settings";
import { SIDES } from "../shared/sides";
import { ExportFindings } from "./export-findings";
import { sendToTab } from "./page-view";
import { Shortcuts } from "./shortcuts";
import { Toggles } from "./toggles";
import { usePageView } from "./use-page-view";
import { useSettings } from "./use-settings";
import { Verdict } from "./verdict";
import { VerdictReasons } from "./verdict-reasons";
import { VoiceList } from "./voice-list";
import { WhoseVoices } from "./whose-voices";

/** One screen at 420×600: verdict, switches, whose voices, sources, then the reasons, collapsed. */
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
  const step = (id: string, direction: "next" | "previous") => {
    if (typeof tab === "number") void sendToTab(tab, { type: "step-voice", id, direction });
  };
  const bySide =
    state?.bySide ??
    (Object.fromEntries(SIDES.map((s) => [s, 0])) as Record<(typeof SIDES)[number], number>);

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
      <Verdict view={view} settings={settings} onAnalyseAnyway={analyseAnyway} />
      {settings && view.kind !== "loading" && (
        <Toggles settings={settings} site={state ? siteOf(state.url) : null} />
      )}
      {state?.status === "done" && (
        <>
          <WhoseVoices bySide={bySide} />
          <VoiceList
            voices={state.voices}
            publisherId={state.publisher?.id ?? null}
            onStep={step}
          />
        </>
      )}
      {state && (state.status === "done" || state.status === "not-news") && (
        <VerdictReasons reasons={state.news.reasons} />
      )}
      {state?.status === "done" && typeof tab === "number" && <ExportFindings tabId={tab} />}
      <Shortcuts />
    </>
  );
}
