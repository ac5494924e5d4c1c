/**
 * What each content script's `main` is given: wxt.config.ts points WXT's own
 * `wxt/utils/content-script-context` here, so WXT's entry wrapper constructs this one. WXT's class
 * carries a location watcher, custom events and a logger the scripts never use (a kilobyte of gzip in
 * every script, docs/architecture.md, Budgets); this keeps the members the scripts do use
 * (tests/unit/page/script-context.test.ts lists them from the sources) with the same meaning.
 *
 * A script that starts announces itself with the same event WXT uses, so an older copy of it in the
 * page (the extension was updated or reloaded) stops. Unlike WXT it posts no window message as well:
 * every page script would read that message, and with it the extension's id.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  readonly #controller = new AbortController();
  readonly #id = Math.random().toString(36).slice(2);

  constructor(contentScriptName: string, _options?: unknown) {
    const started = `${browser.runtime?.id}:${contentScriptName}:wxt:content-script-started`;
    const detail = { contentScriptName, messageId: this.#id };
    document.dispatchEvent(new CustomEvent(started, { detail }));
    const onNewer = (event: Event) => {
      const other = event instanceof CustomEvent ? event.detail : undefined;
      if (other?.contentScriptName === contentScriptName && other.messageId !== this.#id)
        this.notifyInvalidated();
    };
    document.addEventListener(started, onNewer, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True once the extension was reloaded, updated or removed under the page, or a newer copy started. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `callback` once the script is invalid; answers a function that takes it back. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
