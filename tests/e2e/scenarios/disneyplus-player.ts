/**
 * Disney+'s fixture player driven as a user would (docs/sites.md, Disney+: the player): the programme's
 * `video#hivePlayer1` played, paused and moved by seeking, never by fired events; the progress bar follows
 * it. Each scenario has an episode of its own, so scenarios run at once in tabs of one browser.
 */
import { readFileSync } from 'node:fs';
import {
  DISNEYPLUS_LOST_EPISODE,
  DISNEYPLUS_LOST_PLAY_ID,
  disneyplusPlayId,
} from '../../fixtures/sites/disneyplus-player';
import { DEMO_USER } from '../../simkl-service/index';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { evaluate } from './extension-pages';
import { type ScrobbleRecord, scrobbleRecords } from './scrobble-log';
import type { StreamingCase } from './streaming-flows';
import type { NotThisCase } from './streaming-match';

/** The Mandalorian on the local service, found by its title (Disney+ names no ids). */
export const MANDALORIAN = 9200016;
export const DISNEYPLUS_HOSTS = ['www.disneyplus.com'];
export const playUrl = (episode: number, query = '') =>
  `https://www.disneyplus.com/play/${disneyplusPlayId(episode)}${query}`;

/** The repo's WebM as a data: URL: Chromium cannot seek a file the fixture server sends without byte ranges. */
const MEDIA = readFileSync(new URL('../../fixtures/sites/netflix/media/player-60s.webm', import.meta.url));
const MEDIA_URL = `data:video/webm;base64,${MEDIA.toString('base64')}`;

export async function playProgramme(page: AnyPage): Promise<void> {
  await evaluate(
    page,
    async (src) => {
      const video = document.querySelector('#hivePlayer1') as HTMLVideoElement;
      if (!video.src.startsWith('data:')) video.src = src;
      await video.play();
    },
    MEDIA_URL,
  );
}

export const pauseProgramme = (page: AnyPage) =>
  evaluate(page, () => (document.querySelector('#hivePlayer1') as HTMLVideoElement).pause(), null);

/** Jumps the programme to `percent` of its length (a user dragging the scrubber). */
export const seekProgramme = (page: AnyPage, percent: number) =>
  evaluate(
    page,
    (at) => {
      const video = document.querySelector('#hivePlayer1') as HTMLVideoElement;
      video.currentTime = (video.duration * at) / 100;
    },
    percent,
  );

/** The scrobble calls and history writes about one episode of The Mandalorian. */
export const episodeRecords = (world: World, episode: number): ScrobbleRecord[] =>
  scrobbleRecords(world.control).filter((record) => record.episode === `S1E${episode}`);

/** The Mandalorian's watched episodes on the service, as "S1E5". */
export function watchedMandalorian(world: World): string[] {
  const show = world.control.library(DEMO_USER.id).shows.find((entry) => entry.simkl === MANDALORIAN);
  return (show?.watchedEpisodes ?? []).map((watched) => `S${watched.season}E${watched.episode}`).sort();
}

export const describeRecords = (records: ScrobbleRecord[]) =>
  records.map(
    (record) =>
      `${record.method} ${record.path} ${record.status} ${record.episode} p=${record.progress ?? '-'}`,
  );

/** Lost and Mr. Robot on the local service: Lost's E9 is found by its title, and corrected to Mr. Robot. */
export const LOST = 9200022;
export const MR_ROBOT = 9200023;

/**
 * Not this? on Lost S1E9 (streaming-match.ts), a series of its own, so that the correction changes no
 * other playback of the scenarios running at the same time.
 */
export const notThisOnLost = (leaveUrl: string): NotThisCase => {
  const lost: StreamingCase = {
    service: 'disneyplus',
    showSimkl: LOST,
    episodeUrl: () => `https://www.disneyplus.com/play/${DISNEYPLUS_LOST_PLAY_ID}`,
    leaveUrl,
    playNoProgramme: () => Promise.reject(new Error('Lost plays no ad in these scenarios')),
  };
  return {
    service: lost,
    episode: DISNEYPLUS_LOST_EPISODE,
    query: 'Mr. Robot',
    chosenSimkl: MR_ROBOT,
    playing: 'Lost',
  };
};
