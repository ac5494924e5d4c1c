/**
 * The one content-script runner (docs/sites.md, SPA handling): every site script calls it with its adapter.
 * It owns navigation: one page at a time, each with its own AbortController, exactly one control.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedMedia } from '../../media';
import { answerCurrentMedia } from '../../messaging/current-media';
import type { SiteAdapter } from '../../sites/adapter';
import { pageIdOf } from '../../sites/page-id';
import {
  getPageSettings,
  onStoredSettingsChange,
  type PageSettings,
  readPageSettings,
} from '../../store/page-settings';
import { scanLookup } from '../../title-index/decode';
import { createTitleIndexReader, isTitleIndexChange } from '../../title-index/read';
import { watchLocation } from '../ui/location-watch';
import { isRevisionChange } from '../ui/revision';
import { earlyViewFrom } from './early-view';
import type { EpisodePart } from './episode-part';
import { keepAttached } from './keep-attached';
import { type MountedControl, mountControl, removeAllControls } from './mount-control';
import type { PlaybackLine } from './playback-line-types';
import { anchorWhileParsing, documentParsed, waitFor } from './wait-for';

export type { PlaybackLine } from './playback-line-types';

/** Completes a detection (Netflix metadata); null = the title could not be identified. */
export type MediaResolver = (media: DetectedMedia, signal: AbortSignal) => Promise<DetectedMedia | null>;

export interface RunnerOptions {
  resolve?: MediaResolver;
  /** How long a stale DOM (after SPA navigation) may take to show the URL's title. */
  domWaitMs?: number;
  /** How long to wait for the anchor before floating the control. */
  anchorWaitMs?: number;
  pollMs?: number;
  /** Draws the player's line under the control (lib/player/playback-line.ts). */
  playbackView?: PlaybackView;
  /** For sites with episode or season pages (episode-part.ts): their state and actions. */
  episodes?: EpisodePart;
}

export interface SiteScript {
  /** The current page's title once identified (null: none, or not identified). */
  media(): Promise<DetectedMedia | null>;
  /** What the control says about the player (Netflix scrobbling); undefined = nothing. */
  setPlayback(line: PlaybackLine | undefined): void;
  /** How that line is drawn, when it comes with the player's part (player-on-watch-pages.ts). */
  setPlaybackView(view: PlaybackView): void;
}

export type PlaybackView = (line: PlaybackLine, ready: boolean) => HTMLElement | undefined;

interface Page {
  /** Which title the URL names: navigation that keeps it (a ref_ parameter) keeps the page. */
  key: string;
  /** The URL the page was started for, or adopted when a navigation kept the title. */
  href: string;
  controller: AbortController;
  control?: MountedControl;
  /** What the control shows: undefined while the title is being identified. */
  shown?: DetectedMedia | null;
  media: Promise<DetectedMedia | null>;
}

export async function runSiteScript(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  options: RunnerOptions = {},
): Promise<SiteScript> {
  const { domWaitMs = 10_000, anchorWaitMs = 2_000, pollMs = 500 } = options;
  const doc = document;
  // On a title's page, read while it still loads: by the time the anchor exists, the index is at hand.
  const titleIndex = createTitleIndexReader(scanLookup);
  if (adapter.detect(location.href, doc)) void titleIndex.read();
  const early = earlyViewFrom(titleIndex);
  let settings: PageSettings = await getPageSettings();
  let revision = 0;
  let page: Page | undefined;
  let playback: PlaybackLine | undefined;

  let playbackView = options.playbackView;
  const draw = (line: PlaybackLine) => (ready: boolean) => playbackView?.(line, ready);
  // A title still being resolved (a bare Netflix id) shows its indexed state meanwhile: a /title/ id
  // is the row's own id, so the index can tell it before Netflix's metadata says what it names.
  const props = (shown: DetectedMedia | null | undefined, identifying?: DetectedMedia) => ({
    media: shown,
    identifying,
    revision,
    confirmWrites: settings.confirmWrites,
    playback: playback && draw(playback),
    early,
    episodes: options.episodes,
  });

  function stop(): void {
    page?.controller.abort();
    page?.control?.remove();
    page = undefined;
    removeAllControls(doc);
  }

  const keyOf = (href: string) => {
    const media = adapter.detect(href, doc);
    // A title whose id only the resolver finds (a Kitsu slug) is keyed by its address.
    const id = media && (pageIdOf(media) ?? href.split(/[?#]/)[0]);
    return media ? [id, media.season, media.episode].join('|') : '';
  };

  function start(): void {
    stop();
    if (ctx.isInvalid || !settings.sitesEnabled[adapter.id]) return;
    const key = keyOf(location.href);
    const current: Page = {
      key,
      href: location.href,
      controller: new AbortController(),
      media: Promise.resolve(null),
    };
    page = current;
    current.media = identify(current).catch(() => null);
  }

  /**
   * Started at document_start (docs/architecture.md, A page visit): the control shows with its anchor,
   * from what the document says so far (its state from the title index), and the title is read again
   * from the whole document once it is parsed, which only an unusual page changes.
   */
  async function showWhileParsing(current: Page): Promise<void> {
    const { signal } = current.controller;
    const anchor = await anchorWhileParsing(doc, () => adapter.anchor(doc), signal);
    const media = anchor && !signal.aborted ? adapter.detect(location.href, doc) : null;
    if (anchor && media) {
      current.shown = options.resolve ? undefined : media;
      current.control = mountControl(doc, anchor, props(current.shown, media));
      keepAttached(doc, current.control, () => adapter.anchor(doc), signal, {
        isCurrent: () => location.href === current.href,
      });
    }
    await documentParsed(doc);
    // The parser may have stopped between a fallback anchor (Netflix's modal) and the preferred one
    // inside it when the control was placed: once the whole document is there, the preferred one wins.
    const preferred = current.control && !signal.aborted ? adapter.anchor(doc) : null;
    if (preferred && preferred !== anchor) current.control?.place(preferred);
    current.key = keyOf(current.href);
  }

  async function identify(current: Page): Promise<DetectedMedia | null> {
    const { signal } = current.controller;
    const href = location.href;
    await showWhileParsing(current);
    let media = adapter.detect(href, doc);
    const urlId = media && pageIdOf(media);
    if (urlId && adapter.domId) {
      const domId = adapter.domId.bind(adapter);
      // Only a DOM showing another title is stale; null means the page has no such signal (yet).
      const isCurrent = () => [null, urlId].includes(domId(doc));
      await waitFor(isCurrent, { root: doc, timeoutMs: domWaitMs, signal });
      media = adapter.detect(href, doc) ?? media;
    }
    if (!media || signal.aborted) {
      // The whole document says this is no title after all: the control shown while parsing goes.
      current.control?.remove();
      current.control = undefined;
      return null;
    }
    current.shown = options.resolve ? undefined : media;
    if (current.control) current.control.update(props(current.shown));
    else {
      const anchor = await waitFor(() => adapter.anchor(doc), { root: doc, timeoutMs: anchorWaitMs, signal });
      if (signal.aborted) return null;
      // A copy of the page's HTML taken while a control was in it (an SPA's saved view) brings back a host.
      removeAllControls(doc);
      current.control = mountControl(doc, anchor ?? null, props(current.shown, media));
      keepAttached(doc, current.control, () => adapter.anchor(doc), signal, {
        isCurrent: () => location.href === current.href,
      });
    }
    if (!options.resolve) return media;
    const resolved = await options.resolve(media, signal);
    if (signal.aborted) return null;
    current.shown = resolved;
    current.control.update(props(resolved));
    return resolved;
  }

  const refresh = () => page?.control?.update(props(page.shown));

  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (isTitleIndexChange(changes, area)) titleIndex.forget();
    if (!isRevisionChange(changes, area)) return;
    revision++;
    refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  ctx.onInvalidated(
    onStoredSettingsChange(readPageSettings, (next, previous) => {
      settings = next;
      if (next.sitesEnabled[adapter.id] !== previous.sitesEnabled[adapter.id]) start();
      else refresh();
    }),
  );
  ctx.onInvalidated(stop);
  answerCurrentMedia(
    ctx,
    () => page?.media ?? Promise.resolve(null),
    () => page?.control?.showMenu(),
  );
  watchLocation(
    ctx,
    (href) => {
      if (!page || keyOf(href) !== page.key) start();
      else page.href = href;
    },
    pollMs,
  );
  start();
  return {
    media: () => page?.media ?? Promise.resolve(null),
    setPlayback(line) {
      const sameText =
        line && playback && 'text' in line && 'text' in playback && line.text === playback.text;
      if (line === playback || sameText) return;
      playback = line;
      refresh();
    },
    setPlaybackView(view) {
      playbackView = view;
    },
  };
}
