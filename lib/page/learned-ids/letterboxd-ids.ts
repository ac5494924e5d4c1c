/**
 * Letterboxd's posters carry a slug only: its TMDB and IMDb ids are on the film's own page, which
 * the adapter already reads. One page per poster in view, two a second at most, kept for good.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { letterboxd } from '../../sites/letterboxd';
import { readLearnedIds, saveLearnedIds } from '../../store/learned-ids';
import { createIdLearner, type ListIdLearner } from './id-learner';
import { watchInView } from './in-view';

const GAP_MS = 500;

async function learnFromFilmPage(slug: string) {
  const url = `https://letterboxd.com/film/${encodeURIComponent(slug)}/`;
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) return null;
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const media = letterboxd.detect(url, doc);
  if (!media) return null;
  const { tmdb, imdb } = media.ids;
  return { ids: { ...(tmdb ? { tmdb } : {}), ...(imdb ? { imdb } : {}) }, kind: media.kind };
}

export function learnLetterboxdIds(ctx: ContentScriptContext): ListIdLearner {
  const learner = createIdLearner({
    key: 'letterboxd',
    load: () => readLearnedIds('letterboxd'),
    save: (learned) => saveLearnedIds('letterboxd', learned),
    learn: learnFromFilmPage,
    gapMs: GAP_MS,
    watchInView,
  });
  ctx.onInvalidated(() => learner.stop());
  return learner;
}
