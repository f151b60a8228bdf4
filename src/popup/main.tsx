import { render } from "preact";
import { uiDirection } from "../shared/i18n";
import { Popup } from "./popup";
import { targetTabId } from "./target-tab";

document.documentElement.dir = uiDirection();
document.documentElement.lang = uiDirection() === "rtl" ? "ar" : "en";
const root = document.getElementById("app");
if (root) render(<Popup tabId={targetTabId()} />, root);
