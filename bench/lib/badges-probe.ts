/**
 * The in-page probe of bench/badges.bench.ts, installed with page.addInitScript (the page's main world,
 * before any of its scripts). One MutationObserver on the document notes performance.now() when
 *  - `list`: the chart's list holds all its entries (the parser inserted the last row);
 *  - `first`: the first badge host `[data-simkl-badge]` is in the document;
 *  - `all`: every entry's badge host is in the document.
 * Every entry gets a host, on the lists or not, and all of a list's hosts go in together once the
 * mirror has answered, each with its shadow root, styles and state (list-badges.ts): a host in the
 * document is a badge drawn at the next paint (its theme is read in the frame before that paint).
 * `domContentLoaded` says how much of list → all is the parser finishing the page: the badges' script
 * (started at document_start, run-list-badges.ts) badges a list once the document is parsed.
 */
export interface BadgesRecord {
  list: number | null;
  first: number | null;
  all: number | null;
  domContentLoaded: number | null;
}

export function badgesProbeScript(entries: number): string {
  return `(() => {
  const record = { list: null, first: null, all: null, domContentLoaded: null };
  window.__simklBadges = record;
  const look = () => {
    const now = performance.now();
    if (record.list === null) {
      const list = document.querySelector('ul.ipc-metadata-list');
      if (list && list.childElementCount >= ${entries}) record.list = now;
    }
    const count = document.querySelectorAll('[data-simkl-badge]').length;
    if (count > 0 && record.first === null) record.first = now;
    if (count >= ${entries} && record.all === null) record.all = now;
  };
  document.addEventListener('DOMContentLoaded', () => { record.domContentLoaded = performance.now(); });
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
})();`;
}
