import { useState } from "preact/hooks";
import { t } from "../shared/i18n";
import type { Settings, View } from "../shared/settings";
import { saveSettings, setSiteActive } from "../shared/settings-store";

const VIEWS: { value: View; key: string }[] = [
  { value: "allegations", key: "viewAllegations" },
  { value: "sources", key: "viewSources" },
  { value: "everything", key: "viewEverything" },
];

/** The switches (everywhere; this site, for a web page) and what the page marks. */
export function Toggles({ settings, site }: { settings: Settings; site: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const save = (write: () => Promise<unknown>) => {
    setError(null);
    write().catch((e: unknown) => setError(t("popupSaveFailed", String(e))));
  };
  return (
    <fieldset class="toggles">
      <legend>{t("togglesLegend")}</legend>
      <div class="switches">
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
      </div>
      <div class="view" role="radiogroup" aria-labelledby="view-legend">
        <span id="view-legend" class="view-legend">
          {t("viewLegend")}
        </span>
        {VIEWS.map(({ value, key }) => (
          <span class="view-option" key={value}>
            <input
              type="radio"
              name="view"
              id={`view-${value}`}
              value={value}
              checked={settings.view === value}
              onChange={() => save(() => saveSettings({ view: value }))}
            />
            <label for={`view-${value}`}>{t(key)}</label>
          </span>
        ))}
      </div>
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
    <span class="toggle">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </span>
  );
}
