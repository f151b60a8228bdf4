import { useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { downloadText } from "../shared/download";
import { exportJson, exportMarkdown } from "../shared/export-findings";
import { type FindingsExport, FindingsExportSchema } from "../shared/findings-export-schema";
import { t } from "../shared/i18n";
import { siteOf } from "../shared/settings";

type Format = "json" | "markdown";

async function findingsOf(tabId: number): Promise<FindingsExport> {
  return FindingsExportSchema.parse(
    await browser.tabs.sendMessage(tabId, { type: "get-findings" }),
  );
}

function render(data: FindingsExport, format: Format): string {
  return format === "json" ? exportJson(data) : exportMarkdown(data, (key) => t(key));
}

/** Copy or download the page's findings as JSON or Markdown; nothing leaves the machine. */
export function ExportFindings({ tabId }: { tabId: number }) {
  const [outcome, setOutcome] = useState("");
  const run = async (format: Format, how: "copy" | "download") => {
    try {
      const data = await findingsOf(tabId);
      const text = render(data, format);
      if (how === "copy") {
        await navigator.clipboard.writeText(text);
        setOutcome(t("popupCopied"));
      } else {
        const name = `source-context-${siteOf(data.url) ?? "page"}.${format === "json" ? "json" : "md"}`;
        downloadText(name, text, format === "json" ? "application/json" : "text/markdown");
        setOutcome(t("popupDownloaded", name));
      }
    } catch (error) {
      setOutcome(t("popupExportFailed", String(error)));
    }
  };
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="inline-heading">
        {t("popupExport")}
      </h2>
      <span class="export-buttons">
        <button
          type="button"
          data-testid="copy-markdown"
          onClick={() => void run("markdown", "copy")}
        >
          {t("popupCopyMarkdown")}
        </button>
        <button type="button" data-testid="copy-json" onClick={() => void run("json", "copy")}>
          {t("popupCopyJson")}
        </button>
        <button
          type="button"
          data-testid="download-markdown"
          onClick={() => void run("markdown", "download")}
        >
          .md
        </button>
        <button
          type="button"
          data-testid="download-json"
          onClick={() => void run("json", "download")}
        >
          .json
        </button>
      </span>
      <p class="detail" aria-live="polite" data-testid="export-outcome">
        {outcome}
      </p>
    </section>
  );
}
