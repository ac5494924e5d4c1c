/**
 * The new-episode alerts' check, run after each sync and calendar refresh (docs/architecture.md,
 * Alerts): the calendar files and the mirror say what came out; the signed-in user's ledger says
 * what was already seen. The ledger is written before anything is shown, so a worker stopped in
 * between never shows an alert twice.
 */

import type { LedgerStore } from '../../alerts/ledger-store';
import { baselineLedger, findNewEpisodes, stillNew, type WatchedSeries } from '../../alerts/new-episodes';
import { isQuietAt, quietEndsAt } from '../../alerts/quiet-hours';
import type { Calendar, CalendarEntry } from '../../calendar';
import type { CurrentUser, Library } from '../../library/types';
import { type AlertSettings, getAlertSettings } from '../../store/alert-settings';
import { type AlertNote, alertNotes } from '../../words/alert-text';

/** The browser's notifications, as the job needs them (notifier.ts). */
export interface Notifier {
  /** Whether the browser lets the extension show notifications now (the optional permission). */
  allowed(): Promise<boolean>;
  show(note: AlertNote): Promise<void>;
}

export interface AlertServices {
  library: Pick<Library, 'entries' | 'episodes'>;
  calendar: Pick<Calendar, 'entries'>;
  currentUser: CurrentUser;
  ledgers: LedgerStore;
  notifier: Notifier;
  /** Wakes the worker when quiet hours end, to give what they held; undefined clears it. */
  releaseAt(time: number | undefined): Promise<void>;
  settings?: () => Promise<AlertSettings>;
  now?: () => number;
}

export interface Alerts {
  /** One check; calls overlap into a queue, never two at once. Answers how many alerts were shown. */
  check(): Promise<number>;
  /** Alerts off or the permission gone: nothing held, and the next check sets a new baseline. */
  reset(): Promise<void>;
}

async function watchingSeries(library: AlertServices['library']): Promise<Map<number, WatchedSeries>> {
  const entries = await library.entries({ status: 'watching' });
  const series = new Map<number, WatchedSeries>();
  for (const entry of entries) {
    if (entry.type === 'movie') continue;
    series.set(entry.ids.simkl, {
      type: entry.type,
      seasons: await library.episodes(entry.type, entry.ids.simkl),
    });
  }
  return series;
}

/** Both episode files or nothing: a baseline without one of them would announce its back catalogue later. */
async function episodeEntries(calendar: AlertServices['calendar']): Promise<CalendarEntry[]> {
  const [tv, anime] = await Promise.all([calendar.entries('tv'), calendar.entries('anime')]);
  return [...tv, ...anime];
}

export function createAlerts(services: AlertServices): Alerts {
  const { library, calendar, currentUser, ledgers, notifier } = services;
  const settings = services.settings ?? getAlertSettings;
  const now = services.now ?? Date.now;
  let tail: Promise<number> = Promise.resolve(0);

  async function run(): Promise<number> {
    const alerts = await settings();
    if (!alerts.enabled) return 0;
    if (!(await notifier.allowed())) {
      await reset();
      return 0;
    }
    const user = await currentUser();
    if (!user) return 0;
    const entries = await episodeEntries(calendar);
    const time = now();
    const ledger = await ledgers.read(user.id);
    if (!ledger) {
      await ledgers.write(user.id, baselineLedger(entries, time));
      return 0;
    }
    const watching = await watchingSeries(library);
    const found = findNewEpisodes({ entries, watching, ledger, choices: alerts, now: time });
    if (isQuietAt(time, alerts.quietFrom, alerts.quietTo)) {
      await ledgers.write(user.id, { ...found.ledger, held: [...found.ledger.held, ...found.fresh] });
      if (found.ledger.held.length + found.fresh.length > 0)
        await services.releaseAt(quietEndsAt(time, alerts.quietTo));
      return 0;
    }
    const given = stillNew([...found.ledger.held, ...found.fresh], watching);
    await ledgers.write(user.id, { ...found.ledger, held: [] });
    await services.releaseAt(undefined);
    const notes = alertNotes(given);
    for (const note of notes) await notifier.show(note);
    return notes.length;
  }

  async function reset(): Promise<void> {
    await ledgers.clear();
    await services.releaseAt(undefined);
  }

  return {
    check() {
      tail = tail.then(run, run).catch(() => 0);
      return tail;
    },
    reset,
  };
}
