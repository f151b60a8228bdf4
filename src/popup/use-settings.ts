import { useEffect, useState } from "preact/hooks";
import type { Settings } from "../shared/settings";
import { loadSettings, watchSettings } from "../shared/settings-store";

/** The current settings, kept live (another window may change them); null until first read. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let current = true;
    const stop = watchSettings(setSettings);
    // A change seen by the watcher is newer than the first read: keep it.
    void loadSettings().then((loaded) => {
      if (current) setSettings((seen) => seen ?? loaded);
    });
    return () => {
      current = false;
      stop();
    };
  }, []);
  return settings;
}
