/**
 * The viewing-activity page's reading is untrusted like any message: every viewing and show is
 * checked field by field and copied, bounded in count and length.
 */
import type { ImportHistoryRequest, ImportReadFailure, ImportShowData } from '../../messaging';
import type { NetflixViewing } from '../../sites/netflix/history';
import { check, isBoundedInt, isBoundedString, isPlainObject, optional } from './validate-basic';

/** 100,000 viewings: the reader's own page guard (read-history.ts). */
const MAX_VIEWINGS = 100_000;
const MAX_SHOWS = 20_000;
const MAX_EPISODES = 10_000;
const FAILURES: readonly ImportReadFailure[] = ['format-changed', 'signed-out', 'page-failed'];
const NETFLIX_ID = /^\d{1,12}$/;
const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;

const isId = (v: unknown): v is string => isBoundedString(v, 12, NETFLIX_ID);
const isText = (v: unknown): v is string => isBoundedString(v, 500);
const isSeconds = (v: unknown): v is number => isBoundedInt(v, 0, 1_000_000);

function viewing(data: unknown, at: number): NetflixViewing {
  const field = `viewings[${at}]`;
  check(isPlainObject(data), field);
  const { videoId, title, watchedAt } = data;
  check(isId(videoId) && isText(title) && isBoundedString(watchedAt, 30, ISO_DATE), field);
  const copy: NetflixViewing = { videoId, title, watchedAt };
  const seriesId = optional(data.seriesId, isId, `${field}.seriesId`);
  const seriesTitle = optional(data.seriesTitle, isText, `${field}.seriesTitle`);
  const episodeTitle = optional(data.episodeTitle, isText, `${field}.episodeTitle`);
  const seasonLabel = optional(data.seasonLabel, isText, `${field}.seasonLabel`);
  const watchedSeconds = optional(data.watchedSeconds, isSeconds, `${field}.watchedSeconds`);
  const durationSeconds = optional(data.durationSeconds, isSeconds, `${field}.durationSeconds`);
  if (seriesId) copy.seriesId = seriesId;
  if (seriesTitle) copy.seriesTitle = seriesTitle;
  if (episodeTitle) copy.episodeTitle = episodeTitle;
  if (seasonLabel) copy.seasonLabel = seasonLabel;
  if (watchedSeconds !== undefined) copy.watchedSeconds = watchedSeconds;
  if (durationSeconds !== undefined) copy.durationSeconds = durationSeconds;
  return copy;
}

function isEpisodeRow(v: unknown): v is [string, number, number] {
  return (
    Array.isArray(v) &&
    v.length === 3 &&
    isId(v[0]) &&
    isBoundedInt(v[1], 0, 1000) &&
    isBoundedInt(v[2], 0, 100_000)
  );
}

function show(data: unknown, at: number): ImportShowData {
  const field = `shows[${at}]`;
  check(isPlainObject(data), field);
  const { netflix, episodes } = data;
  check(isId(netflix) && Array.isArray(episodes) && episodes.length <= MAX_EPISODES, field);
  check(episodes.every(isEpisodeRow), `${field}.episodes`);
  const copy: ImportShowData = { netflix, episodes: episodes.map(([v, s, e]) => [v, s, e]) };
  const title = optional(data.title, isText, `${field}.title`);
  const year = optional(data.year, (v): v is number => isBoundedInt(v, 1870, 2200), `${field}.year`);
  if (title) copy.title = title;
  if (year !== undefined) copy.year = year;
  return copy;
}

export function validateImportHistory(data: unknown): ImportHistoryRequest {
  check(isPlainObject(data), 'data');
  if (data.failure !== undefined) {
    check(FAILURES.includes(data.failure as ImportReadFailure), 'failure');
    return { failure: data.failure as ImportReadFailure };
  }
  const { viewings, shows } = data;
  check(Array.isArray(viewings) && viewings.length <= MAX_VIEWINGS, 'viewings');
  check(Array.isArray(shows) && shows.length <= MAX_SHOWS, 'shows');
  return { viewings: viewings.map(viewing), shows: shows.map(show) };
}

/**
 * The preview's id (import-preview.ts): a start (or a new look at the unknown titles) that names none
 * is refused before it is handled.
 */
const PLAN_ID = /^[0-9a-f-]{1,64}$/;

export function validateImportStart(data: unknown): { plan: string } {
  check(isPlainObject(data), 'data');
  check(isBoundedString(data.plan, 64, PLAN_ID), 'plan');
  return { plan: data.plan };
}

/** Discard names whose waiting import it drops: another Simkl user's, by their id. */
export function validateImportDiscard(data: unknown): { user: number } {
  check(isPlainObject(data), 'data');
  check(isBoundedInt(data.user, 1, Number.MAX_SAFE_INTEGER), 'user');
  return { user: data.user };
}
