import { type NewsReason, reasonMessageKey } from "../page/news-reason";
import { t } from "../shared/i18n";

/** The localised phrase of a reason; its English text when the UI has no string for its code. */
function reasonPhrase(reason: NewsReason): string {
  const key = reasonMessageKey(reason.code);
  const phrase = t(key, reason.detail ?? "");
  return phrase === key ? reason.text : phrase;
}

/** Why the page was judged news or not: collapsed, the signals for and against apart. */
export function VerdictReasons({ reasons }: { reasons: readonly NewsReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <details class="reasons" data-testid="news-reasons">
      <summary>{t("popupWhy")}</summary>
      <div class="reason-columns">
        {(["for", "against"] as const).map((polarity) => {
          const shown = reasons.filter((r) => r.polarity === polarity);
          if (shown.length === 0) return null;
          const id = `reasons-${polarity}`;
          return (
            <div key={polarity} data-polarity={polarity}>
              <h3 id={id}>{t(polarity === "for" ? "popupWhyFor" : "popupWhyAgainst")}</h3>
              <ul aria-labelledby={id} data-testid={id}>
                {shown.map((reason) => (
                  <li key={reason.code}>
                    <bdi>{reasonPhrase(reason)}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </details>
  );
}
