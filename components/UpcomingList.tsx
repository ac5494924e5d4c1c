import { clockTime, daysFromToday, longDay, t } from '../lib/i18n';
import type { UpcomingEntryView } from '../lib/messaging';
import { readFailureReason } from '../lib/words/read-failure';
import { Poster } from './Poster';
import { useIntent } from './use-intent';

function dayHeading(iso: string): string {
  const days = daysFromToday(iso);
  if (days === 0) return t('upcomingToday');
  if (days === 1) return t('upcomingTomorrow');
  return longDay(iso);
}

function whatAirs(entry: UpcomingEntryView): string {
  if (entry.type === 'movie') return t('upcomingRelease');
  const code =
    entry.season === undefined || entry.type === 'anime'
      ? `E${entry.episode ?? '?'}`
      : `S${entry.season}E${entry.episode ?? '?'}`;
  return entry.episodeTitle ? `${code} · ${entry.episodeTitle}` : code;
}

/** Entries grouped under their day, in the order the background sorted them (soonest first). */
function byDay(entries: UpcomingEntryView[]): Array<[string, UpcomingEntryView[]]> {
  const days = new Map<string, UpcomingEntryView[]>();
  for (const entry of entries) {
    const heading = dayHeading(entry.airsAt);
    days.set(heading, [...(days.get(heading) ?? []), entry]);
  }
  return [...days];
}

/** The next days' episodes of the user's Watching shows and anime, and planned movies' releases. */
export function UpcomingList({ revision }: { revision: number }) {
  const [upcoming] = useIntent('upcoming', {}, revision);
  if (upcoming.loading) return <p class="muted">{t('popupLoading')}</p>;
  if (upcoming.error) {
    return (
      <p class="error" role="alert">
        {readFailureReason(upcoming.error)}
      </p>
    );
  }
  const { entries = [], days = 7, signedIn = false } = upcoming.value ?? {};
  if (!signedIn) return <p class="muted">{t('upcomingSignedOut')}</p>;
  if (entries.length === 0) return <p class="muted">{t('upcomingEmpty', days)}</p>;
  return (
    <div class="upcoming" data-testid="upcoming">
      {byDay(entries).map(([heading, dayEntries], index) => (
        <section key={heading} aria-labelledby={`day-${index}`}>
          <h3 id={`day-${index}`}>{heading}</h3>
          <ul class="results">
            {dayEntries.map((entry) => (
              <li key={`${entry.simkl}-${entry.airsAt}`} class="row" data-simkl={entry.simkl}>
                <Poster path={entry.poster} size="s" alt="" width={28} height={40} class="thumb" />
                <span class="grow">
                  <strong>{entry.title}</strong>
                  <br />
                  <span class="muted">{whatAirs(entry)}</span>
                </span>
                <time dateTime={entry.airsAt} class="muted">
                  {clockTime(entry.airsAt)}
                </time>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
