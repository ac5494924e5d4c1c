/**
 * What the popup shows but its first paint (the tab's title and its list) does not need, each in a
 * chunk of its own, fetched the first time it is drawn (docs/architecture.md, The popup and Budgets);
 * the title's buttons as soon as the tab names a title (ItemPanel), so they arrive with the title.
 * ("Not this?"'s search is MatchedAs's own part: listed here, it would make an import cycle.)
 * A part that shows nothing until the background answers waits with nothing; the others say
 * "Loading…" as they do while they wait for their answer.
 */
import { lazyPart } from './lazy-part';

export const LazyItemActions = lazyPart(() => import('./ItemActions').then((module) => module.ItemActions));
export const LazySeasonEpisodes = lazyPart(
  () => import('./SeasonEpisodes').then((module) => module.SeasonEpisodes),
  'popupLoading',
);
export const LazySimklScore = lazyPart(() => import('./SimklScore').then((module) => module.SimklScore));
export const LazySearchBox = lazyPart(
  () => import('./SearchBox').then((module) => module.SearchBox),
  'popupLoading',
);
export const LazyUpcomingList = lazyPart(
  () => import('./UpcomingList').then((module) => module.UpcomingList),
  'popupLoading',
);
export const LazyUpNextList = lazyPart(
  () => import('./UpNextList').then((module) => module.UpNextList),
  'popupLoading',
);
export const LazyPendingWrites = lazyPart(() =>
  import('./PendingWrites').then((module) => module.PendingWrites),
);
export const LazyNetflixImport = lazyPart(() =>
  import('./NetflixImport').then((module) => module.NetflixImport),
);
export const LazyTrackingList = lazyPart(() =>
  import('./TrackingList').then((module) => module.TrackingList),
);
export const LazyAccountArea = lazyPart(() => import('./AccountArea').then((module) => module.AccountArea));
export const LazyMatchedAs = lazyPart(() => import('./MatchedAs').then((module) => module.MatchedAs));
export const LazyTroubleNotice = lazyPart(() =>
  import('./TroubleNotice').then((module) => module.TroubleNotice),
);
export const LazySiteAccess = lazyPart(() => import('./SiteAccess').then((module) => module.SiteAccess));
export const LazyOptionalSiteNotice = lazyPart(() =>
  import('./OptionalSiteNotice').then((module) => module.OptionalSiteNotice),
);

/** Every part above: tests fetch them first, so a render does not wait on a module transform. */
export const POPUP_PARTS = [
  LazyItemActions,
  LazySeasonEpisodes,
  LazySimklScore,
  LazySearchBox,
  LazyUpcomingList,
  LazyUpNextList,
  LazyPendingWrites,
  LazyNetflixImport,
  LazyTrackingList,
  LazySiteAccess,
  LazyTroubleNotice,
  LazyOptionalSiteNotice,
  LazyAccountArea,
  LazyMatchedAs,
];
