import type { Calendar } from '../../calendar';
import { formatEpisodeCode, parseEpisodeCode } from '../../library/episode-code';
import type { ItemView } from '../../messaging';

/**
 * The popup's "next episode airs Friday": Simkl's next-to-watch (it names unaired episodes too) with
 * the date the calendar gives it. When Simkl names none, the calendar's next airing stands in.
 */
export async function withNextAiring(
  view: ItemView,
  calendar: Pick<Calendar, 'nextEpisode'>,
  /** Defaults to the calendar's own clock. */
  now?: number,
): Promise<ItemView> {
  const { progress, simkl, type } = view;
  if (!progress || simkl === undefined || type === 'movie') return view;
  // The calendar is a nicety: offline or broken, the view goes out without it.
  const airing = await calendar.nextEpisode(simkl, now).catch(() => null);
  if (!airing || airing.episode === undefined) return view;
  const next = parseEpisodeCode(progress.next);
  if (!next) {
    // Anime count episodes absolutely ("E1151"), whatever season the file names.
    const season = type === 'anime' ? undefined : airing.season;
    const code = formatEpisodeCode({ season, episode: airing.episode });
    return { ...view, progress: { ...progress, next: code, nextAirsAt: airing.airsAt } };
  }
  const sameEpisode =
    next.episode === airing.episode && (next.season ?? 1) === (airing.season ?? next.season ?? 1);
  return sameEpisode ? { ...view, progress: { ...progress, nextAirsAt: airing.airsAt } } : view;
}
