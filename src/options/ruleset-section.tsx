import { useState } from "preact/hooks";
import type { RulesetProblem } from "../ruleset/ruleset";
import { t } from "../shared/i18n";
import { clearCustomRuleset, saveCustomRuleset } from "../shared/ruleset-store";
import { downloadRuleset } from "./export-ruleset";
import { readRulesetFile } from "./read-ruleset-file";
import { useCustomRuleset } from "./use-custom-ruleset";

type Outcome =
  | { tone: "ok"; text: string }
  | { tone: "error"; text: string; problems?: RulesetProblem[] };

/** Import (validated; an invalid file changes nothing), export and removal of the custom ruleset. */
export function RulesetSection() {
  const ruleset = useCustomRuleset();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = await readRulesetFile(file);
    input.value = "";
    if (result.ok) {
      try {
        await saveCustomRuleset(result.ruleset);
        setOutcome({ tone: "ok", text: t("optionsImported", file.name) });
      } catch (error) {
        setOutcome({ tone: "error", text: t("optionsSaveFailed", String(error)) });
      }
    } else if (result.kind === "too-large") {
      setOutcome({ tone: "error", text: t("optionsTooLarge", file.name) });
    } else if (result.kind === "not-json") {
      setOutcome({ tone: "error", text: t("optionsNotJson", [file.name, result.message]) });
    } else {
      setOutcome({
        tone: "error",
        text: t("optionsInvalid", [file.name, String(result.errors.length)]),
        problems: result.errors,
      });
    }
  };

  const remove = async () => {
    await clearCustomRuleset();
    setOutcome({ tone: "ok", text: t("optionsRemoved") });
  };

  return (
    <section aria-labelledby="ruleset-heading">
      <h2 id="ruleset-heading">{t("optionsRulesetHeading")}</h2>
      <p class="detail">{t("optionsRulesetHelp")}</p>
      <p data-testid="ruleset-status">
        {ruleset === undefined
          ? ""
          : ruleset === null
            ? t("optionsRulesetNone")
            : t("optionsRulesetActive", [
                String(ruleset.sources?.length ?? 0),
                String(ruleset.descriptors?.length ?? 0),
              ])}
      </p>
      <p class="file-field">
        <label for="ruleset-file">{t("optionsImportLabel")}</label>
        <input
          type="file"
          id="ruleset-file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </p>
      <div class="actions">
        <button
          type="button"
          data-testid="export"
          disabled={!ruleset}
          onClick={() => ruleset && downloadRuleset(ruleset)}
        >
          {t("optionsExport")}
        </button>
        <button type="button" data-testid="reset" disabled={!ruleset} onClick={() => void remove()}>
          {t("optionsReset")}
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="ruleset-outcome">
        {outcome && (
          <div class={outcome.tone === "error" ? "error" : "ok"}>
            <p>{outcome.text}</p>
            {outcome.tone === "error" && outcome.problems && (
              // The paths and the schema's messages are English, whatever the UI language.
              <ul data-testid="ruleset-errors" dir="ltr" lang="en">
                {outcome.problems.map((problem) => (
                  <li key={`${problem.path} ${problem.message}`}>
                    <code>{problem.path}</code>: {problem.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
