/**
 * A season page's episode list (IMDb's `/episodes?season=N`) marks its watched rows, in the list
 * badges' script (the control's script keeps within its budget): the show's Simkl id from `status`,
 * then its watched episodes from `episodes`, both answered from the mirror (no Simkl request for a
 * show on the user's lists). Pages that list no episode of their season ask nothing.
 */
import { sendIntent } from '../../messaging';
import type { SiteAdapter } from '../../sites/adapter';
import { markEpisodeRows, removeRowMarks, seasonRows } from './row-marks';

export async function markSeasonRows(doc: Document, adapter: Pick<SiteAdapter, 'detect' | 'listed'>) {
  const href = doc.location?.href ?? '';
  const media = adapter.detect(href, doc);
  const season = media?.kind === 'show' ? media.season : undefined;
  const rows = season === undefined ? [] : seasonRows(adapter.listed?.(href, doc) ?? [], season);
  if (!media || season === undefined || rows.length === 0) return removeRowMarks(doc);
  const status = await sendIntent('status', { media });
  const { simkl, type } = status.ok && status.value.known ? status.value : {};
  const episodes = simkl && type ? await sendIntent('episodes', { type, simkl }) : undefined;
  if (episodes?.ok) markEpisodeRows(doc, rows, season, episodes.value);
  else removeRowMarks(doc);
}
