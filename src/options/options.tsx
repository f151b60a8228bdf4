import { useEffect, useState } from "preact/hooks";
import { Toggles } from "../popup/toggles";
import { useSettings } from "../popup/use-settings";
import { t } from "../shared/i18n";
import type { LabelCorrection } from "../shared/messages";
import { correctionFromHash } from "./correction-draft";
import { DisabledSites } from "./disabled-sites";
import { LabelCorrectionSection } from "./label-correction";
import { RulesetSection } from "./ruleset-section";
import { useCustomRuleset } from "./use-custom-ruleset";

export function Options() {
  const settings = useSettings();
  const custom = useCustomRuleset();
  const [correction, setCorrection] = useState<LabelCorrection | null>(() =>
    correctionFromHash(location.hash),
  );
  useEffect(() => {
    const follow = () => setCorrection(correctionFromHash(location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  const done = () => {
    history.replaceState(null, "", location.pathname);
    setCorrection(null);
  };
  return (
    <>
      <h1>{t("optionsTitle")}</h1>
      {correction && custom !== undefined && (
        <LabelCorrectionSection
          key={JSON.stringify(correction)}
          correction={correction}
          custom={custom}
          onDone={done}
        />
      )}
      {settings && <Toggles settings={settings} site={null} />}
      <RulesetSection />
      {settings && <DisabledSites settings={settings} />}
    </>
  );
}
