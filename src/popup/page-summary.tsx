import { t } from "../shared/i18n";
import type { PageState } from "../shared/messages";
import { SourceEntry } from "./source-entry";

/** The publisher with its label, and how many quotes and allegations were marked. */
export function PageSummary({ state }: { state: PageState }) {
  return (
    <section class="summary" aria-label={t("popupSummary")}>
      {state.publisher && (
        <div class="publisher" data-testid="publisher">
          <h2>{t("popupPublisher")}</h2>
          <SourceEntry source={state.publisher} />
        </div>
      )}
      <p data-testid="counts" class="counts">
        {t("popupCounts", [String(state.counts.quotes), String(state.counts.allegations)])}
      </p>
    </section>
  );
}
