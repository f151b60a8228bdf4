import { useState } from "preact/hooks";
import { t } from "../shared/i18n";
import type { Settings } from "../shared/settings";
import { saveSettings, setSiteActive } from "../shared/settings-store";

/** The four switches: everywhere, this site (when the page is a web page), quotes, allegations. */
export function Toggles({ settings, site }: { settings: Settings; site: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const save = (write: () => Promise<unknown>) => {
    setError(null);
    write().catch((e: unknown) => setError(t("popupSaveFailed", String(e))));
  };
  return (
    <fieldset class="toggles">
      <legend>{t("togglesLegend")}</legend>
      <Toggle
        id="toggle-enabled"
        label={t("toggleEnabled")}
        checked={settings.enabled}
        onChange={(on) => save(() => saveSettings({ enabled: on }))}
      />
      {site && (
        <Toggle
          id="toggle-site"
          label={t("toggleSite", site)}
          checked={!settings.disabledSites.includes(site)}
          onChange={(on) => save(() => setSiteActive(site, on))}
        />
      )}
      <Toggle
        id="toggle-quotes"
        label={t("toggleQuotes")}
        checked={settings.showQuotes}
        onChange={(on) => save(() => saveSettings({ showQuotes: on }))}
      />
      <Toggle
        id="toggle-allegations"
        label={t("toggleAllegations")}
        checked={settings.showAllegations}
        onChange={(on) => save(() => saveSettings({ showAllegations: on }))}
      />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function Toggle({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <div class="toggle">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}
