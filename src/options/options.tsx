import { Toggles } from "../popup/toggles";
import { useSettings } from "../popup/use-settings";
import { t } from "../shared/i18n";
import { DisabledSites } from "./disabled-sites";
import { RulesetSection } from "./ruleset-section";

export function Options() {
  const settings = useSettings();
  return (
    <>
      <h1>{t("optionsTitle")}</h1>
      {settings && <Toggles settings={settings} site={null} />}
      <RulesetSection />
      {settings && <DisabledSites settings={settings} />}
    </>
  );
}
