import type { DetectedMedia } from '../../media';
import type { NowPlaying, PlayerAdapter } from '../../player/adapter';
import { textOf } from '../dom';
import { type PrimeTitle, primeTitles, stateMark } from './catalog';
import { type OverlayTexts, playingTitle } from './playing-title';

/**
 * Prime Video's player (docs/sites.md, Prime Video), on www.primevideo.com and on amazon's /gp/video/
 * pages. The player opens over the detail page at the detail page's own address, so "a playback" is a
 * state of the page: a full-screen web player whose overlay names a title. The key is that player's
 * container and its overlay's texts (a title switched in-page makes a new container, autoplay new
 * texts); what plays is the page's own catalog record the overlay shows (playing-title.ts).
 * The detail page's muted hero preview plays in a <video> of its own outside that player: never read.
 */
const SELECTORS = {
  /** The open player, seen on https://www.primevideo.com/detail/<id>/ (a new one per title switched in-page) */
  player: '[id^="dv-web-player"].dv-player-fullscreen',
  /** Its programme's video; the hero preview's is the overlay-player one */
  video: 'video:not(.tst-video-overlay-player-html5)',
  heading: '.atvwebplayersdk-title-text',
  subtitle: '.atvwebplayersdk-subtitle-text',
  /** "12:34 / 45:00": the programme's own time, ad breaks left out */
  timeIndicator: '.atvwebplayersdk-timeindicator-text',
  /** The ad break's countdown, shown while an ad plays (this project's reading; the fixture carries it) */
  adTimer: '[class*="atvwebplayersdk-ad-timer"]',
} as const;

/** Amazon's own storefronts (amazon.com, .co.uk, .de…) play Prime Video under /gp/video/ only; their shop pages are no player. */
const isPlayerPage = (location: Pick<Location, 'hostname' | 'pathname'>) =>
  location.hostname === 'www.primevideo.com' || location.pathname.startsWith('/gp/video/');

function activePlayer(doc: Document): Element | null {
  const players = Array.from(doc.querySelectorAll(SELECTORS.player));
  return players.reverse().find((player) => player.querySelector(SELECTORS.video)) ?? null;
}

function overlayOf(player: Element): OverlayTexts | null {
  const heading = textOf(player.querySelector(SELECTORS.heading));
  return heading ? { heading, subtitle: textOf(player.querySelector(SELECTORS.subtitle)) ?? '' } : null;
}

const keyOf = (player: Element, overlay: OverlayTexts) =>
  `${player.id}|${overlay.heading}|${overlay.subtitle}`;

/**
 * The overlay's title among the page's records, asked once a second. A title found stays its key's; a key
 * not told yet is asked again only once the page wrote a new state (one written after the player opened).
 */
let known: { key: string; mark: string; title: PrimeTitle | null } | null = null;
function titleShown(doc: Document, key: string, overlay: OverlayTexts): PrimeTitle | null {
  if (known?.key === key && known.title) return known.title;
  const mark = stateMark(doc);
  if (known?.key !== key || known.mark !== mark)
    known = { key, mark, title: playingTitle(primeTitles(doc), overlay) };
  return known.title;
}

/** What Simkl can mark: a film, or an episode with its series and numbers; a trailer or an extra is none. */
function programmeOf(title: PrimeTitle): DetectedMedia | null {
  if (title.entityType === 'Movie')
    return {
      site: 'primevideo',
      kind: 'movie',
      ids: {},
      title: title.title,
      ...(title.year ? { year: title.year } : {}),
    };
  if (title.entityType !== 'TV Show' || !title.show || title.episode === undefined) return null;
  return {
    site: 'primevideo',
    kind: 'episode',
    ids: {},
    title: title.title,
    show: { ids: {}, title: title.show },
    season: title.season ?? 1,
    episode: title.episode,
  };
}

/** Minutes and seconds (or hours too) as seconds: the indicator's clocks are digits in every language. */
const secondsOf = (clock: string) => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);

export const primevideoPlayer: PlayerAdapter = {
  service: 'primevideo',
  playingKey(location, doc) {
    const player = isPlayerPage(location) ? activePlayer(doc) : null;
    const overlay = player && overlayOf(player);
    if (!player || !overlay) return null;
    const key = keyOf(player, overlay);
    // A trailer or an extra in the full player is no playback; a title no record fits still is one
    // (the line then says Simkl could not tell what plays).
    const title = titleShown(doc, key, overlay);
    return title && !programmeOf(title) ? null : key;
  },
  video: (doc) => activePlayer(doc)?.querySelector<HTMLVideoElement>(SELECTORS.video) ?? null,
  async nowPlaying(key, _location, doc): Promise<NowPlaying | null> {
    const player = activePlayer(doc);
    const overlay = player && overlayOf(player);
    // After autoplay the overlay may already show the next title: that is the next key's to tell.
    if (!player || !overlay || keyOf(player, overlay) !== key) return null;
    const title = titleShown(doc, key, overlay);
    const media = title && programmeOf(title);
    return media ? { key, media } : null;
  },
  isAd: (doc) => activePlayer(doc)?.querySelector(SELECTORS.adTimer) != null,
  // Prime plays its ad breaks in the programme's own stream, so the <video>'s clock counts the ads too:
  // the programme's position is the player's time indicator's. No indicator: no position to count.
  position(doc) {
    const text = textOf(activePlayer(doc)?.querySelector(SELECTORS.timeIndicator)) ?? '';
    const clocks = (text.match(/\d+(?::\d{1,2}){1,2}/g) ?? []).map(secondsOf);
    const [currentTime = 0] = clocks;
    const duration = clocks.length >= 2 ? (clocks.at(-1) ?? 0) : 0;
    return duration > 0 ? { currentTime, duration } : { currentTime: 0, duration: Number.NaN };
  },
};
