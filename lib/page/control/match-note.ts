/**
 * The control says when Simkl's title is not the page's (a name or a year apart): "Simkl matched it
 * as Pulp Fiction (1994 · Movie)", so a wrong match is seen before anything is written to it. A page
 * named by an id that is one title exactly (IMDb, TMDB, MAL, TheTVDB, AniDB) is that title whatever
 * its name in the page's language; only its year is compared. A match the user chose says nothing.
 */
import { t } from '../../i18n';
import type { DetectedMedia, MediaIds } from '../../media';
import type { ItemView } from '../../messaging';
import { matchedTitle } from '../../words/match-text';

const EXACT_KEYS: readonly (keyof MediaIds)[] = ['imdb', 'tmdb', 'mal', 'tvdb', 'anidb'];

/** "The Office" and "Office, The!" are one name; accents, case and punctuation aside. */
const simple = (title: string) =>
  title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/^(the|a|an) /, '')
    .replace(/[^\p{L}\p{N}]+|\p{M}/gu, '')
    .replace(/the$/, '');

export function matchNote(media: DetectedMedia, view: ItemView): string | undefined {
  if (!view.known || !view.title || view.overridden) return undefined;
  const episode = media.kind === 'episode';
  const ids = (episode ? media.show?.ids : media.ids) ?? {};
  const name = episode ? media.show?.title : media.title;
  const exact = EXACT_KEYS.some((key) => ids[key]);
  // Sites round a release to its year differently (festival, streaming date): one year apart is the same.
  const yearOff = !episode && !!media.year && !!view.year && Math.abs(media.year - view.year) > 1;
  const nameOff = !exact && !!name && simple(name) !== simple(view.title);
  return yearOff || nameOff ? t('controlMatchedAs', matchedTitle(view)) : undefined;
}
