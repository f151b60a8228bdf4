import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { t } from "../shared/i18n";

const COMMANDS = [
  { name: "next-finding", key: "popupShortcutNext" },
  { name: "previous-finding", key: "popupShortcutPrevious" },
];

/** The keyboard shortcuts as the browser has them now (the reader may have changed them). */
export function Shortcuts() {
  const [keys, setKeys] = useState<Record<string, string>>({});
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) =>
        setKeys(Object.fromEntries(commands.map((c) => [c.name ?? "", c.shortcut ?? ""]))),
      )
      .catch(() => undefined);
  }, []);
  return (
    <p class="shortcuts detail" data-testid="shortcuts">
      {COMMANDS.map(({ name, key }, i) => (
        <span key={name}>
          {i > 0 ? " · " : ""}
          <kbd dir="ltr">{keys[name] || t("popupShortcutUnset")}</kbd> {t(key)}
        </span>
      ))}
    </p>
  );
}
