import { render } from "preact";
import { t, uiDirection } from "../shared/i18n";

document.documentElement.dir = uiDirection();
const root = document.getElementById("app");
if (root) render(<h1>{t("optionsTitle")}</h1>, root);
