import { t } from "../shared/i18n";
import type { Settings } from "../shared/settings";
import { setSiteActive } from "../shared/settings-store";

/** The sites where the extension is switched off, each with a button that switches it on again. */
export function DisabledSites({ settings }: { settings: Settings }) {
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t("optionsSitesHeading")}</h2>
      {settings.disabledSites.length === 0 ? (
        <p data-testid="sites-none">{t("optionsSitesNone")}</p>
      ) : (
        <ul class="sites" data-testid="disabled-sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <bdi>{site}</bdi>{" "}
              <button
                type="button"
                aria-label={t("optionsSiteRemoveLabel", site)}
                onClick={() => void setSiteActive(site, true)}
              >
                {t("optionsSiteRemove")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
