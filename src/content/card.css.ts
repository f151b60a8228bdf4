import { ALLEGATION_STYLE, SIDE_STYLE, SIDES } from "../shared/sides";

/** A legend swatch: the side's tint with its line shape (a border standing in for the underline). */
function swatches(): string {
  return SIDES.map((side) => {
    const { color, line, thickness } = SIDE_STYLE[side];
    const border = line ? `border-bottom: ${thickness}px ${line} ${color};` : "";
    return `.swatch.side-${side} { ${border} }
.label.side-${side} { border-color: ${color}; }`;
  }).join("\n");
}

/** The card's styles, scoped by its shadow root: the page cannot reach them, they cannot leak. */
export const CARD_CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important;
  display: block !important; z-index: 2147483647 !important; pointer-events: none !important; }
.frame { position: fixed; pointer-events: auto; width: max-content; max-width: min(380px, calc(100vw - 16px));
  box-sizing: border-box; border-radius: 8px; border: 1px solid #6b7585;
  background: #ffffff; color: #1b1f24; box-shadow: 0 4px 18px rgba(0,0,0,.25);
  font: 14px/1.45 system-ui, "Noto Sans Arabic", "Noto Sans", sans-serif; text-align: start; }
.frame:focus { outline: 3px solid #2f6fdb; outline-offset: 2px; }
.frame[hidden] { display: none; }
.body { overflow: auto; overscroll-behavior: contain; padding: 10px 12px; box-sizing: border-box; }
.pointer { position: absolute; width: 12px; height: 12px; background: inherit; border: inherit;
  border-width: 0 1px 1px 0; box-sizing: border-box; }
.pointer.on-bottom { top: 100%; left: var(--at); transform: translate(-50%, -6px) rotate(45deg); }
.pointer.on-top { bottom: 100%; left: var(--at); transform: translate(-50%, 6px) rotate(225deg); }
.pointer.on-left { right: 100%; top: var(--at); transform: translate(6px, -50%) rotate(135deg); }
.pointer.on-right { left: 100%; top: var(--at); transform: translate(-6px, -50%) rotate(-45deg); }
p { margin: 0 0 6px; }
.finding + .finding { border-top: 1px solid #c9d0da; margin-top: 8px; padding-top: 8px; }
.kind { font-weight: 700; font-size: 13px; color: #5c3d00; }
.allegation .kind { color: ${ALLEGATION_STYLE.color}; }
.field { font-weight: 600; color: #3d4654; }
.speaker, .name { font-weight: 600; }
.label { display: inline-block; padding: 0 7px; border-radius: 10px; font-weight: 700; font-size: 12px;
  background: #f1f3f6; color: #1b1f24; border: 1px solid #8a94a6; }
.swatch { display: inline-block; width: 18px; height: 10px; vertical-align: middle; box-sizing: border-box; }
${swatches()}
.description { color: #39424e; } .note { color: #4f5865; font-size: 12px; }
.source { border-top: 1px solid #e1e5eb; padding-top: 6px; margin-top: 6px; }
a { color: #1a55b8; }
button.correct { font: inherit; font-size: 12px; margin-top: 6px; display: block; padding: 2px 8px;
  border-radius: 4px; border: 1px solid #6b7585; background: #f5f6f8; color: #1b1f24; cursor: pointer; }
button.correct:focus-visible, a:focus-visible { outline: 2px solid #2f6fdb; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .frame { background: #1e232b; color: #eef1f5; border-color: #8792a3; }
  .field, .description, .note { color: #c3cad4; } .kind { color: #ffd466; } .allegation .kind { color: #ff8fb1; }
  .label { background: #2a303a; color: #eef1f5; } a { color: #8db8ff; } .source, .finding + .finding { border-color: #3a4250; }
  button.correct { background: #2a303a; color: #eef1f5; border-color: #8792a3; }
}
`;
