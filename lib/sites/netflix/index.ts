import type { DetectedMedia } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, firstText } from '../dom';
import { asRecord, asText, parseJson } from '../json';
import { isOnHosts, numberedPaths, parseUrl, parseUrlOn } from '../url';
import { listedOnNetflix } from './list';
import { titleIdOf, watchIdOf } from './paths';

/**
 * Every selector this adapter reads. Only a player page was available as a real sample
 * (docs/sites.md, Netflix: page signals); the modal selectors come from public extension code and are
 * optional.
 */
const SELECTORS = {
  /** The player and its video id: https://www.netflix.com/watch/81649856 */
  player: '[data-uia="player"][data-videoid]',
  /** Player controls title (`<h4>Show</h4><span>Flg. 1</span>`): https://www.netflix.com/watch/81649856 */
  playerTitle: '[data-uia="video-title"] h4',
  /** Player controls title block (anchor): https://www.netflix.com/watch/81649856 */
  playerTitleBlock: '[data-uia="video-title"]',
  /** Paused overlay title: https://www.netflix.com/watch/81649856 */
  overlayTitle: '[data-uia="evidence-overlay"] h2',
  /** Detail modal over browse pages: https://www.netflix.com/browse?jbv=80057281 */
  modal: '.previewModal--container',
  /** The modal's title treatment (logo and buttons; anchor), inside the header
   *  (`.previewModal--player-titleTreatmentWrapper`) that Netflix lays over the bottom of the artwork:
   *  the control lines up under the Play button, in the artwork. After the header itself it would fall
   *  out of that overlay, under the artwork at the modal's very edge.
   *  https://www.netflix.com/browse?jbv=80057281 */
  modalTitleTreatment: '.previewModal--container .previewModal--player-titleTreatment',
  /** The modal's title logo, whose alt is the title: https://www.netflix.com/browse?jbv=80057281 */
  modalLogo: '.previewModal--player-titleTreatment-logo',
  /** Logged-out title pages carry JSON-LD: https://www.netflix.com/title/80057281 */
  jsonLd: 'script[type="application/ld+json"]',
  /** Logged-out title page heading: https://www.netflix.com/title/80057281 */
  heroTitle: 'h1[data-uia="title-info-title"]',
} as const;

const MATCHES = ['https://www.netflix.com/*'];

interface NetflixPage {
  id: string;
  /** A /watch id is a video (an episode or a film); a /title or jbv id is a show or a film. */
  isWatch: boolean;
}

function parsePage(url: string): NetflixPage | null {
  const parsed = parseUrl(url);
  if (!parsed || !isOnHosts(parsed, MATCHES)) return null;
  const watchId = watchIdOf(parsed.pathname);
  if (watchId) return { id: watchId, isWatch: true };
  // An open detail modal (?jbv=) is what the user looks at, whatever page is behind it.
  const jbv = parsed.searchParams.get('jbv')?.trim();
  if (jbv && /^\d+$/.test(jbv)) return { id: jbv, isWatch: false };
  const titleId = titleIdOf(parsed.pathname);
  return titleId ? { id: titleId, isWatch: false } : null;
}

/** What the URL alone says: the id (the kind needs Netflix's metadata). */
const fromUrl = (page: NetflixPage): DetectedMedia => ({ site: 'netflix', ids: { netflix: page.id } });

function jsonLdName(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll(SELECTORS.jsonLd)) {
    const name = asText(asRecord(parseJson(script.textContent))?.name);
    if (name) return name;
  }
  return undefined;
}

function modalTitle(doc: Document): string | undefined {
  const logo = doc.querySelector(SELECTORS.modal)?.querySelector(SELECTORS.modalLogo);
  return asText(logo?.getAttribute('alt')) ?? asText(logo?.getAttribute('title'));
}

/**
 * The page cannot tell a show from a film (or which episode a /watch id is): kind stays absent
 * until the runner resolves the id through parseNetflixMetadata. The title is what the DOM shows:
 * on the player that is the show's name, even for an episode id.
 */
function detect(url: string, doc: Document): DetectedMedia | null {
  const page = parsePage(url);
  if (!page) return null;
  const media = fromUrl(page);
  const title = page.isWatch
    ? firstText(doc, [SELECTORS.playerTitle, SELECTORS.overlayTitle])
    : (modalTitle(doc) ?? firstText(doc, [SELECTORS.heroTitle]) ?? jsonLdName(doc));
  if (title) media.title = title;
  return media;
}

/** The player's video id on /watch pages (it lags the URL when the next episode starts). */
function domId(doc: Document): string | null {
  const path = doc.location?.pathname;
  if (path !== undefined && watchIdOf(path) === null) return null;
  const id = doc.querySelector(SELECTORS.player)?.getAttribute('data-videoid')?.trim();
  return id && /^\d+$/.test(id) ? id : null;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const netflixUrl: SiteUrlReader = {
  id: 'netflix',
  matches: MATCHES,
  // /title/{id}, /watch/{id} (locale prefix allowed) and any page with ?jbv={id}.
  titleLinkPaths: numberedPaths(['/title/', '/watch/', '/*/title/', '/*/watch/', '/*jbv=']),
  fromUrl: (url) => {
    const page = parsePage(url);
    return page && fromUrl(page);
  },
};

/**
 * The title page's part of the adapter: the control's script imports this one, so it carries no list
 * readers (docs/architecture.md, Budgets).
 */
export const netflixTitlePage = {
  id: 'netflix',
  name: 'Netflix',
  matches: MATCHES,
  detect,
  anchor: (doc) =>
    firstElement(doc, [
      SELECTORS.modalTitleTreatment,
      SELECTORS.modal,
      SELECTORS.heroTitle,
      SELECTORS.playerTitleBlock,
      SELECTORS.overlayTitle,
    ]),
  domId,
} satisfies SiteAdapter;

export const netflix: SiteAdapter = {
  ...netflixTitlePage,
  listed: (url, doc) => listedOnNetflix(parseUrlOn(url, MATCHES), doc),
};
