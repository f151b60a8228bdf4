const DEBOUNCE_MS = 400;
/** A page that never stops changing is still re-read, but at most this often. */
const MAX_WAIT_MS = 3000;

/**
 * Calls `onChange` after the page's content settles (debounced, with a ceiling), ignoring changes
 * inside the extension's own card, and `onNavigate` when a single-page app changes the URL.
 */
export function watchPage(options: {
  isOwnNode: (node: Node) => boolean;
  onChange: () => void;
  onNavigate: () => void;
}): () => void {
  let url = location.href;
  let timer = 0;
  let firstPending = 0;
  const fire = () => {
    timer = 0;
    firstPending = 0;
    if (location.href !== url) {
      url = location.href;
      options.onNavigate();
    } else options.onChange();
  };
  const schedule = () => {
    const now = performance.now();
    if (!firstPending) firstPending = now;
    window.clearTimeout(timer);
    const wait = Math.min(DEBOUNCE_MS, Math.max(0, firstPending + MAX_WAIT_MS - now));
    timer = window.setTimeout(fire, wait);
  };
  const own = (record: MutationRecord) =>
    options.isOwnNode(record.target) ||
    (record.type === "childList" &&
      [...record.addedNodes, ...record.removedNodes].every(options.isOwnNode));
  const observer = new MutationObserver((records) => {
    if (!records.every(own)) schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  window.addEventListener("popstate", schedule);
  return () => {
    observer.disconnect();
    window.removeEventListener("popstate", schedule);
    window.clearTimeout(timer);
  };
}
