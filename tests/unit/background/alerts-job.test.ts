import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLedgerStore, type LedgerStore } from '../../../lib/alerts/ledger-store';
import type { WatchedSeries } from '../../../lib/alerts/new-episodes';
import { createAlerts } from '../../../lib/background/alerts/alerts-job';
import type { CalendarEntry } from '../../../lib/calendar/types';
import type { UserRef } from '../../../lib/library/types';
import type { LibraryEntry } from '../../../lib/media';
import { type AlertSettings, DEFAULT_ALERT_SETTINGS } from '../../../lib/store/alert-settings';
import type { AlertNote } from '../../../lib/words/alert-text';
import { FIRST_CHECK, recordedCalendar, recordedMirror, SECOND_CHECK } from '../alerts/recorded';

const DEMO: UserRef = { id: 7, name: 'Demo Watcher' };
const OTHER: UserRef = { id: 8, name: 'Someone Else' };

let shown: AlertNote[];
let user: UserRef | undefined;
let allowed: boolean;
let now: number;
let settings: AlertSettings;
let calendar: CalendarEntry[];
let watching: Map<number, WatchedSeries>;
let ledgers: LedgerStore;
let releases: Array<number | undefined>;

function alerts() {
  return createAlerts({
    library: {
      async entries() {
        return [...watching].map(
          ([simkl, series]) =>
            ({ type: series.type, ids: { simkl }, status: 'watching', rating: null }) as LibraryEntry,
        );
      },
      async episodes(_type, simkl) {
        return watching.get(simkl)?.seasons ?? null;
      },
    },
    calendar: {
      async entries(kind) {
        return calendar.filter((entry) =>
          kind === 'anime' ? entry.type === 'anime' : entry.type === 'show',
        );
      },
    },
    currentUser: async () => user,
    ledgers,
    notifier: {
      allowed: async () => allowed,
      async show(note) {
        shown.push(note);
      },
    },
    releaseAt: async (time) => {
      releases.push(time);
    },
    settings: async () => settings,
    now: () => now,
  });
}

const messages = () => shown.map((note) => note.message);

beforeEach(() => {
  shown = [];
  user = DEMO;
  allowed = true;
  now = FIRST_CHECK;
  settings = { ...DEFAULT_ALERT_SETTINGS, enabled: true };
  calendar = recordedCalendar();
  watching = recordedMirror();
  ledgers = createLedgerStore(createStore(`alerts-${Math.random()}`, 'ledgers'));
  releases = [];
});

describe('the alerts check', () => {
  it('sets the baseline first, then groups the shows that arrive together into one alert', async () => {
    expect(await alerts().check()).toBe(0);
    now = SECOND_CHECK;
    expect(await alerts().check()).toBe(1);
    expect(messages()).toEqual(['3 new episodes: Frieren, Severance, The Bear']);
    expect(shown[0]?.title).toBe('New on Simkl');
    expect(shown[0]?.episode).toBeUndefined();
  });

  it('says "Severance: S2E2 is out" for one show, with the episode for the Mark watched button', async () => {
    await alerts().check();
    watching = new Map([...watching].filter(([simkl]) => simkl === 500));
    now = SECOND_CHECK;
    await alerts().check();
    expect(messages()).toEqual(['Severance: S2E2 is out']);
    expect(shown[0]?.episode).toMatchObject({ simkl: 500, season: 2, episode: 2 });
  });

  it('never shows an episode twice, across a restart (a new job over the same stored ledger)', async () => {
    await alerts().check();
    now = SECOND_CHECK;
    await alerts().check();
    now = SECOND_CHECK + 60_000;
    expect(await alerts().check()).toBe(0);
    expect(shown).toHaveLength(1);
  });

  it('shows nothing while signed out, and keeps each user apart', async () => {
    await alerts().check();
    user = undefined;
    now = SECOND_CHECK;
    expect(await alerts().check()).toBe(0);
    user = OTHER;
    // Another user's first check is their own baseline.
    expect(await alerts().check()).toBe(0);
    expect(shown).toEqual([]);
    expect(await ledgers.read(OTHER.id)).toBeDefined();
  });

  it('stops when turned off or the browser withdrew the permission, and starts again from a new baseline', async () => {
    await alerts().check();
    allowed = false;
    now = SECOND_CHECK;
    expect(await alerts().check()).toBe(0);
    expect(await ledgers.read(DEMO.id)).toBeUndefined();
    allowed = true;
    expect(await alerts().check()).toBe(0);
    settings = { ...settings, enabled: false };
    now = SECOND_CHECK + 7 * 86_400_000;
    expect(await alerts().check()).toBe(0);
    expect(shown).toEqual([]);
  });

  it('holds what comes out in quiet hours and gives it, grouped, once they end', async () => {
    await alerts().check();
    const local = new Date(SECOND_CHECK);
    const hhmm = (date: Date) =>
      `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
    const end = new Date(SECOND_CHECK + 2 * 3_600_000);
    settings = { ...settings, quietFrom: hhmm(local), quietTo: hhmm(end) };
    now = SECOND_CHECK;
    expect(await alerts().check()).toBe(0);
    expect(releases.at(-1)).toBe(new Date(end).setSeconds(0, 0));
    now = end.getTime() + 60_000;
    expect(await alerts().check()).toBe(1);
    expect(messages()).toEqual(['3 new episodes: Frieren, Severance, The Bear']);
    expect(releases.at(-1)).toBeUndefined();
  });

  it('checks nothing when a calendar file cannot be read (no baseline from half the files)', async () => {
    const broken = alerts();
    calendar = [];
    const failing = createAlerts({
      library: { entries: async () => [], episodes: async () => null },
      calendar: {
        entries: async () => {
          throw new Error('offline');
        },
      },
      currentUser: async () => user,
      ledgers,
      notifier: { allowed: async () => true, show: async () => undefined },
      releaseAt: async () => undefined,
      settings: async () => settings,
    });
    expect(await failing.check()).toBe(0);
    expect(await ledgers.read(DEMO.id)).toBeUndefined();
    expect(await broken.check()).toBe(0);
  });
});
