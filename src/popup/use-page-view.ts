import { useCallback, useEffect, useState } from "preact/hooks";
import type { Settings } from "../shared/settings";
import { fetchPageView, needsPolling, type PageView, POLL_MS } from "./page-view";

/**
 * The tab's page state, fetched once the tab is known (null: there is no tab to describe), then
 * polled while needed. Returns the view and a function that asks again now.
 */
export function usePageView(
  tabId: number | null | undefined,
  settings: Settings | null,
): [PageView, () => void] {
  const [view, setView] = useState<PageView>({ kind: "loading" });
  const [asked, setAsked] = useState(0);
  const refresh = useCallback(() => setAsked((n) => n + 1), []);

  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) return setView({ kind: "unavailable" });
    let current = true;
    void fetchPageView(tabId).then((next) => {
      if (current) setView(next);
    });
    return () => {
      current = false;
    };
  }, [tabId, asked]);

  useEffect(() => {
    if (view.kind !== "ready" || !needsPolling(view.state, settings)) return;
    const timer = setTimeout(refresh, POLL_MS);
    return () => clearTimeout(timer);
  }, [view, settings, refresh]);

  return [view, refresh];
}
