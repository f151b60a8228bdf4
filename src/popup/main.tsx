import { render } from "preact";
import { t, uiDirection } from "../shared/i18n";
import { Popup } from "./popup";
import { targetTabId } from "./target-tab";

document.documentElement.dir = uiDirection();
document.title = t("extName");
document.documentElement.lang = uiDirection() === "rtl" ? "ar" : "en";
const root = document.getElementById("app");
if (root) render(<Popup tabId={targetTabId()} />, root);
