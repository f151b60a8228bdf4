import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { t } from "../shared/i18n";
import { type PageState, PageStateSchema } from "../shared/messages";

type View = { kind: "loading" } | { kind: "unavailable" } | { kind: "ready"; state: PageState };

export function Popup({ tabId }: { tabId: Promise<number | undefined> }) {
  const [view, setView] = useState<View>({ kind: "loading" });
  useEffect(() => {
    void (async () => {
      const id = await tabId;
      if (id === undefined) return setView({ kind: "unavailable" });
      try {
        const reply = await browser.runtime.sendMessage({ type: "get-tab-state", tabId: id });
        setView({ kind: "ready", state: PageStateSchema.parse(reply) });
      } catch {
        setView({ kind: "unavailable" });
      }
    })();
  }, [tabId]);

  return (
    <section aria-live="polite">
      <h1>{t("extName")}</h1>
      {view.kind === "loading" && <p>{t("popupLoading")}</p>}
      {view.kind === "unavailable" && <p>{t("popupUnavailable")}</p>}
      {view.kind === "ready" && (
        <p data-testid="counts">
          {t("popupCounts", [
            String(view.state.counts.quotes),
            String(view.state.counts.allegations),
          ])}
        </p>
      )}
    </section>
  );
}
