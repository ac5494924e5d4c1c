/**
 * Netflix's viewing history, as its own page reads it: the same-origin shakti JSON
 * `/api/shakti/{BUILD_IDENTIFIER}/viewingactivity?pg=N&pgSize=100` (docs/sites.md, Netflix: viewing history).
 * The answer is untrusted input: a shape that is not Netflix's gives null, a bad row is left out, nothing
 * throws.
 */
import { asInt, asRecord, asText, type JsonRecord, pick } from '../json';

export interface NetflixViewing {
  /** The video watched: the movie, or the episode for shows. */
  videoId: string;
  /** The show's title id, for episodes. */
  seriesId?: string;
  title: string;
  seriesTitle?: string;
  episodeTitle?: string;
  /** "Season 1", "Part 2", "Limited Series": Netflix's words, not a number. */
  seasonLabel?: string;
  /** ISO date-time of the viewing. */
  watchedAt: string;
  /** How far the user got (Netflix's `bookmark`). */
  watchedSeconds?: number;
  durationSeconds?: number;
}

/** Older answers carry no episodeTitle or seasonDescriptor: the title reads `Season 1: "Pilot"`. */
const OLD_EPISODE_TITLE = /^(.+?):\s*["“](.+)["”]$/;

function readViewing(row: JsonRecord): NetflixViewing | null {
  const videoId = asInt(row.movieID);
  const date = typeof row.date === 'number' && Number.isFinite(row.date) ? new Date(row.date) : undefined;
  const title = asText(row.title);
  if (videoId === undefined || !date || Number.isNaN(date.getTime()) || !title) return null;
  const seriesId = asInt(row.series);
  let episodeTitle = asText(row.episodeTitle);
  let seasonLabel = asText(row.seasonDescriptor);
  const old = seriesId !== undefined && !episodeTitle ? OLD_EPISODE_TITLE.exec(title) : null;
  if (old) {
    seasonLabel ??= old[1];
    episodeTitle = old[2];
  }
  const viewing: NetflixViewing = { videoId: String(videoId), title, watchedAt: date.toISOString() };
  if (seriesId !== undefined) viewing.seriesId = String(seriesId);
  const seriesTitle = asText(row.seriesTitle);
  if (seriesTitle) viewing.seriesTitle = seriesTitle;
  if (episodeTitle) viewing.episodeTitle = episodeTitle;
  if (seasonLabel) viewing.seasonLabel = seasonLabel;
  const watched = asInt(row.bookmark);
  const duration = asInt(row.duration);
  if (watched !== undefined) viewing.watchedSeconds = watched;
  if (duration !== undefined && duration > 0) viewing.durationSeconds = duration;
  return viewing;
}

/** One page of the history; an empty array is the page after the last. */
export function parseViewingActivity(json: unknown): NetflixViewing[] | null {
  try {
    const rows = pick(json, 'viewedItems');
    if (!Array.isArray(rows)) return null;
    return rows.flatMap((row) => {
      const record = asRecord(row);
      const viewing = record ? readViewing(record) : null;
      return viewing ? [viewing] : [];
    });
  } catch {
    // Only a hostile object (a throwing getter) gets here: JSON never does.
    return null;
  }
}
