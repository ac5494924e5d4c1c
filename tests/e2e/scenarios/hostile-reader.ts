/**
 * A page that wants to know what is on the user's lists, the same in every browser. It sets its traps
 * before any script of its own and before the content script runs (an init script), then reads
 * whatever the DOM lets it: the host's shadowRoot, roots it caught on the way (a patched
 * Element.prototype.attachShadow that forces mode 'open'; a `simkl-control` custom element whose
 * constructor keeps its ElementInternals, which hand over even a closed root), elements a patched
 * document.createElement saw, every MutationObserver record, the page's text, window.find(), a
 * select-all, the host's attributes and animations. What it finds must hold none of the label's words.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { AnyPage } from '../harness/pages';

/** Source text: it must run before the page's scripts, and compiled helpers would not exist there. */
export const HOSTILE_TRAPS = `(() => {
  const loot = { attached: [], internals: [], created: [], mutations: [] };
  Object.defineProperty(window, '__loot', { value: loot });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    loot.attached.push(root);
    return root;
  };
  customElements.define('simkl-control', class extends HTMLElement {
    constructor() { super(); loot.internals.push(this.attachInternals()); }
  });
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (...args) {
    const element = create.apply(this, args);
    loot.created.push(element);
    return element;
  };
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      const added = Array.from(record.addedNodes, (node) => node.nodeName + ':' + (node.textContent || ''));
      loot.mutations.push([record.type, target.nodeName, record.attributeName,
        record.attributeName ? target.getAttribute(record.attributeName) : null,
        record.type === 'characterData' ? target.data : null, added.join(',')].join('|'));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

export async function setTraps(page: AnyPage): Promise<void> {
  if ('browserContext' in page) await (page as PuppeteerPage).evaluateOnNewDocument(HOSTILE_TRAPS);
  else await (page as PlaywrightPage).addInitScript({ content: HOSTILE_TRAPS });
}

export interface Loot {
  /** Shadow roots the page holds a reference to, by any of its traps. */
  roots: number;
  /** Elements of ours that the patched createElement saw (with a data-t, or our button). */
  ours: number;
  /** Which of the words the page found anywhere it looked. */
  leaked: string[];
  /** The page's traps were in place (the init script ran). */
  trapsSet: boolean;
}

interface Trapped {
  attached: ShadowRoot[];
  internals: ElementInternals[];
  created: Element[];
  mutations: string[];
}

/** Runs in the page, as any script of the site could. */
function readEverything(words: string[]): Loot {
  const loot = (window as unknown as { __loot?: Trapped }).__loot;
  const host = document.querySelector('[data-simkl-control]');
  const roots = [
    host?.shadowRoot,
    ...(loot?.attached ?? []),
    ...(loot?.internals ?? []).map((i) => i.shadowRoot),
  ];
  const reached = roots.filter((root): root is ShadowRoot => Boolean(root));
  const ours = (loot?.created ?? []).filter((element) =>
    element.matches('[data-t], [data-testid="simkl-button"]'),
  );
  const selection = getSelection();
  selection?.selectAllChildren(document.body);
  const selected = selection?.toString() ?? '';
  selection?.removeAllRanges();
  const found = words.filter((word) => {
    getSelection()?.removeAllRanges();
    const hit = (window as unknown as { find(text: string): boolean }).find(word);
    getSelection()?.removeAllRanges();
    return hit;
  });
  const seen = [
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a page reads
    document.body.innerText,
    document.documentElement.textContent ?? '',
    // biome-ignore lint/performance/useDomNodeTextContent: as above, for the host alone
    host instanceof HTMLElement ? host.innerText : '',
    selected,
    host
      ?.getAttributeNames()
      .map((name) => `${name}=${host.getAttribute(name)}`)
      .join(' ') ?? '',
    ...(loot?.mutations ?? []),
    ...reached.map((root) => root.innerHTML),
    ...ours.map((element) => element.outerHTML),
    String(document.getAnimations().length),
  ].join('\n');
  return {
    roots: reached.length,
    ours: ours.length,
    leaked: [...new Set([...found, ...words.filter((word) => seen.includes(word))])],
    trapsSet: Boolean(loot),
  };
}

const evaluate = <A, R>(page: AnyPage, fn: (arg: A) => R, arg: A): Promise<R> =>
  (page as unknown as { evaluate(fn: (arg: A) => R, arg: A): Promise<R> }).evaluate(fn, arg);

/** What the page's scripts can learn of `words` (the label the driver reads through the closed root). */
export function readAsThePage(page: AnyPage, words: string[]): Promise<Loot> {
  return evaluate(page, readEverything, words);
}

/** The parts of a label worth hiding: "Simkl: Plan to Watch ★8" → itself, "Plan to Watch", "★8". */
export function wordsOf(label: string): string[] {
  const parts = label.replace(/^Simkl: /, '').split(/ (?=[★·])/);
  return [...new Set([label, ...parts.map((part) => part.trim())])].filter((part) => part.length > 1);
}
