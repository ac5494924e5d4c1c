/**
 * The ✓ beside each watched episode of a season's episode list (IMDb's `/episodes?season=N`), from
 * the mirror (episode-rows.ts asks it; no Simkl request). Every row of the season gets a
 * mark of one size in a **closed** shadow root, drawn from an attribute (dom.ts says why), so the
 * page learns nothing of which episodes are watched: only the watched ones draw their ✓.
 */
import { t } from '../../i18n';
import { isWatched } from '../../library/episode-patch';
import type { EpisodesView } from '../../messaging';
import type { ListedTitle } from '../../sites/adapter';

export const ROW_MARK_ATTRIBUTE = 'data-simkl-mark';

const ROW_MARK_CSS =
  ':host{all:initial;display:inline-block!important;width:1.3em!important;height:1em!important;margin-left:4px;vertical-align:baseline;color:inherit;font:700 1em/1 system-ui,sans-serif}[data-t]::before{content:attr(data-t)}';

export function removeRowMarks(doc: Document): void {
  for (const mark of doc.querySelectorAll(`[${ROW_MARK_ATTRIBUTE}]`)) mark.remove();
}

/** The listed episodes of `season` (a row that names no season is the page's season). */
export function seasonRows(listed: ListedTitle[], season: number): ListedTitle[] {
  return listed.filter(
    ({ media }) =>
      media.kind === 'episode' && media.episode !== undefined && (media.season ?? season) === season,
  );
}

/** Puts a mark after each row's name link: a ✓ where the episode is watched, an empty box elsewhere. */
export function markEpisodeRows(
  doc: Document,
  rows: ListedTitle[],
  season: number,
  view: EpisodesView,
): void {
  removeRowMarks(doc);
  for (const { element, media } of rows) {
    const host = doc.createElement('span');
    host.setAttribute(ROW_MARK_ATTRIBUTE, '');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = ROW_MARK_CSS;
    const mark = doc.createElement('span');
    if (isWatched(view.seasons, { season, episode: media.episode as number })) {
      mark.setAttribute('data-t', '✓');
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label', t('episodeRowWatched'));
    }
    shadow.append(style, mark);
    element.after(host);
  }
}
