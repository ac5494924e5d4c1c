import type { Calendar, CalendarEntry } from '../../calendar';
import { SimklError } from '../../errors';
import type { ImageCache } from '../../images';
import { POSTER_PLACEHOLDER, posterUrl } from '../../images/urls';
import type { Library } from '../../library/types';
import type { UpcomingEntryView } from '../../messaging';
import type { DataHandlers } from '../intents/handler-types';

export interface CalendarServices {
  library: Pick<Library, 'entries'>;
  calendar: Pick<Calendar, 'upcoming'>;
  images: Pick<ImageCache, 'getDataUrl'>;
  isSignedIn(): boolean | Promise<boolean>;
}

export const UPCOMING_DAYS = 7;

/** Simkl ids of the shows and anime on the Watching list (what the badge and "Upcoming" follow). */
export async function watchingSeries(library: Pick<Library, 'entries'>): Promise<number[]> {
  const watching = await library.entries({ status: 'watching' });
  return watching.filter((entry) => entry.type !== 'movie').map((entry) => entry.ids.simkl);
}

function entryView({ simkl, type, title, poster, airsAt, season, episode, episodeTitle }: CalendarEntry) {
  const view: UpcomingEntryView = { simkl, type, title, airsAt };
  if (poster) view.poster = poster;
  if (season !== undefined) view.season = season;
  if (episode !== undefined) view.episode = episode;
  if (episodeTitle) view.episodeTitle = episodeTitle;
  return view;
}

/** "Upcoming" (the calendar joined with the lists) and posters through the image cache. */
export function createCalendarHandlers({
  library,
  calendar,
  images,
  isSignedIn,
}: CalendarServices): Pick<DataHandlers, 'upcoming' | 'poster'> {
  return {
    async upcoming({ days = UPCOMING_DAYS }) {
      if (!(await isSignedIn())) return { signedIn: false, days, entries: [] };
      const [watching, planned] = await Promise.all([
        watchingSeries(library),
        library.entries({ status: 'plantowatch', type: 'movie' }),
      ]);
      const planMovies = planned.map((entry) => entry.ids.simkl);
      const entries = await calendar.upcoming({ watching, planMovies, days });
      return { signedIn: true, days, entries: entries.map(entryView) };
    },
    async poster({ path, size }) {
      const url = posterUrl(path, size);
      if (url === POSTER_PLACEHOLDER) throw new SimklError('bad-request', 'no poster');
      // A data: URL, because an MV3 worker has no createObjectURL and a Blob cannot cross a message.
      return { dataUrl: await images.getDataUrl(url) };
    },
  };
}
