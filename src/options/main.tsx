import { render } from "preact";
import { t, uiDirection } from "../shared/i18n";
import { Options } from "./options";

document.documentElement.dir = uiDirection();
document.documentElement.lang = uiDirection() === "rtl" ? "ar" : "en";
document.title = t("optionsTitle");
const root = document.getElementById("app");
if (root) render(<Options />, root);
