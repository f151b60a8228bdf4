import { useState } from "preact/hooks";
import {
  parseCustomRuleset,
  prevalidatedBundledRuleset,
  type RulesetProblem,
} from "../ruleset/ruleset";
import type { CustomRuleset } from "../ruleset/schema";
import { t } from "../shared/i18n";
import type { LabelCorrection } from "../shared/messages";
import { saveCustomRuleset } from "../shared/ruleset-store";
import { draftOverride, withOverride } from "./correction-draft";

type Outcome = { ok: true } | { ok: false; problems: RulesetProblem[] } | null;

/**
 * "This label is wrong", from a card: the source's entry as a custom-ruleset override, prefilled
 * and editable. Saving validates it like any import; an invalid one changes nothing.
 */
export function LabelCorrectionSection({
  correction,
  custom,
  onDone,
}: {
  correction: LabelCorrection;
  custom: CustomRuleset | null;
  onDone: () => void;
}) {
  const [text, setText] = useState(() =>
    JSON.stringify(draftOverride(correction, prevalidatedBundledRuleset(), custom), null, 2),
  );
  const [outcome, setOutcome] = useState<Outcome>(null);

  const save = async () => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      setOutcome({ ok: false, problems: [{ path: "$", message: (error as Error).message }] });
      return;
    }
    const override = parseCustomRuleset(json);
    if (!override.ok) return setOutcome({ ok: false, problems: override.errors });
    const merged = parseCustomRuleset(withOverride(custom, override.ruleset));
    if (!merged.ok) return setOutcome({ ok: false, problems: merged.errors });
    await saveCustomRuleset(merged.ruleset);
    setOutcome({ ok: true });
  };

  return (
    <section aria-labelledby="correct-heading" class="correction" data-testid="label-correction">
      <h2 id="correct-heading">{t("optionsCorrectHeading")}</h2>
      <p class="detail">{t("optionsCorrectHelp", correction.name)}</p>
      <label for="override">{t("optionsCorrectLabel")}</label>
      <textarea
        id="override"
        dir="ltr"
        lang="en"
        spellcheck={false}
        rows={16}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="button" data-testid="save-override" onClick={() => void save()}>
          {t("optionsCorrectSave")}
        </button>
        <button type="button" onClick={onDone}>
          {t("optionsCorrectCancel")}
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="override-outcome">
        {outcome?.ok === true && <p class="ok">{t("optionsCorrectSaved", correction.name)}</p>}
        {outcome?.ok === false && (
          <div class="error">
            <p>{t("optionsCorrectInvalid", String(outcome.problems.length))}</p>
            <ul dir="ltr" lang="en" data-testid="override-errors">
              {outcome.problems.map((p) => (
                <li key={`${p.path} ${p.message}`}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
