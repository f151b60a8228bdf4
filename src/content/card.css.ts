/** The card's styles, scoped by its shadow root: the page cannot reach them, they cannot leak. */
export const CARD_CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important;
  display: block !important; z-index: 2147483647 !important; pointer-events: none !important; }
.frame { position: fixed; pointer-events: auto; max-width: min(380px, calc(100vw - 16px));
  box-sizing: border-box; padding: 10px 12px; border-radius: 8px; border: 1px solid #8a94a6;
  background: #ffffff; color: #1b1f24; box-shadow: 0 4px 18px rgba(0,0,0,.25);
  font: 14px/1.45 system-ui, "Noto Sans Arabic", "Noto Sans", sans-serif; text-align: start; }
.frame:focus { outline: 3px solid #2f6fdb; outline-offset: 2px; }
.frame[hidden] { display: none; }
p { margin: 0 0 6px; } dl { margin: 0 0 6px; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
dt { font-weight: 600; color: #4a5463; } dd { margin: 0; }
.kind { font-weight: 700; font-size: 13px; text-transform: uppercase; letter-spacing: .03em; color: #5a4300; }
.allegation .kind { color: #a3123f; }
.label { display: inline-block; padding: 1px 7px; border-radius: 10px; font-weight: 700; font-size: 12px;
  background: #e8ecf3; color: #1b1f24; border: 1px solid #b9c2d0; }
.label.armed-group { background: #fde2e4; border-color: #e5a1a8; }
.label.state-media, .label.government { background: #fff1cc; border-color: #e2c46b; }
.label.pro-government { background: #fbe7d3; border-color: #deb28a; }
.label.opposition { background: #dff3e4; border-color: #8fc79f; }
.label.independent, .label.wire-service, .label.monitor { background: #e0ecff; border-color: #9db8e8; }
.name { font-weight: 600; } .description { color: #39424e; } .note { color: #5b6470; font-size: 12px; }
.source { border-top: 1px solid #e1e5eb; padding-top: 6px; margin-top: 6px; }
a { color: #1a55b8; } ul { margin: 0 0 6px; padding-inline-start: 18px; }
.cues q { font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .frame { background: #1e232b; color: #eef1f5; border-color: #5d6878; }
  dt, .description, .note { color: #c3cad4; } .kind { color: #ffd466; } .allegation .kind { color: #ff8fb1; }
  .label { color: #111; } a { color: #8db8ff; } .source { border-color: #3a4250; }
}
`;
