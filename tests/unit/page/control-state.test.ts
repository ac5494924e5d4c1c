import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type ControlState,
  controlLabel,
  controlNote,
  labelsToFit,
  lookupNote,
  stateAfterAction,
  stateFromStatus,
} from '../../../lib/page/control/control-state';
import { browserOffline } from '../helpers/browser-online';
import { itemView, stubI18n } from './helpers';

beforeEach(stubI18n);

describe('controlLabel', () => {
  const cases: [string, ControlState, string][] = [
    ['loading', { phase: 'loading' }, 'Simkl: loading'],
    ['unknown title', { phase: 'unknown' }, "Simkl: Couldn't identify this title"],
    ['signed out', { phase: 'signed-out' }, 'Sign in to Simkl'],
    [
      'PIN sign-in waiting',
      {
        phase: 'signed-out',
        pin: { userCode: 'AB12CD', verificationUrl: 'https://simkl.com/pin', expiresAt: 0 },
      },
      'Enter code AB12CD on Simkl',
    ],
    ['not in a list', { phase: 'ready', view: itemView() }, 'Add to Simkl'],
    ['plan to watch', { phase: 'ready', view: itemView({ status: 'plantowatch' }) }, 'Simkl: Plan to Watch'],
    [
      'completed and rated',
      { phase: 'ready', view: itemView({ status: 'completed', rating: 8 }) },
      'Simkl: Completed ★8',
    ],
    [
      'watching with a next episode',
      {
        phase: 'ready',
        view: itemView({ type: 'show', status: 'watching', progress: { watched: 4, next: 'S02E05' } }),
      },
      'Simkl: Watching · S2E5 next',
    ],
    [
      'a next episode is only news while watching',
      { phase: 'ready', view: itemView({ status: 'hold', progress: { watched: 4, next: 'S02E05' } }) },
      'Simkl: On Hold',
    ],
    [
      'status unreadable with the browser online: Simkl did not answer',
      { phase: 'error', error: { kind: 'offline', message: 'x' } },
      "Simkl: Simkl can't be reached right now.",
    ],
  ];
  it.each(cases)('%s', (_, state, label) => {
    expect(controlLabel(state)).toBe(label);
  });

  it('says offline only when the browser is', () => {
    browserOffline();
    expect(controlLabel({ phase: 'error', error: { kind: 'offline', message: 'x' } })).toBe(
      "Simkl: You're offline.",
    );
  });
});

describe('controlNote', () => {
  it('gives the reason of a failed write, from the view or from the last answer', () => {
    const failure = { kind: 'bad-request' as const, message: 'HTTP 400' };
    expect(controlNote({ phase: 'ready', view: itemView({ failure }) })).toBe(
      'not saved: Simkl refused this change.',
    );
    expect(
      controlNote({ phase: 'ready', view: itemView(), error: { kind: 'server', message: '' } }),
    ).toContain('Simkl is having trouble');
    expect(controlNote({ phase: 'ready', view: itemView() })).toBeUndefined();
  });

  it('says a change is not saved yet, and why, while its write waits for a retry', () => {
    const waiting = { kind: 'server' as const, message: 'HTTP 503' };
    const view = itemView({ status: 'plantowatch', pendingWrites: 1, waiting });
    expect(controlLabel({ phase: 'ready', view })).toBe('Simkl: Plan to Watch');
    expect(controlNote({ phase: 'ready', view })).toBe(
      'Waiting to save: Simkl is having trouble. The change will be sent later.',
    );
    expect(
      controlNote({ phase: 'ready', view: itemView({ status: 'plantowatch', pendingWrites: 1 }) }),
    ).toBeUndefined();
  });

  it('says Simkl could not be asked which title this is, never that it has no match', () => {
    const lookupFailed = { kind: 'server' as const, message: 'HTTP 503' };
    const view = itemView({ known: false, lookupFailed });
    expect(controlLabel({ phase: 'ready', view })).toBe('Add to Simkl');
    expect(controlNote({ phase: 'ready', view })).toBeUndefined();
    expect(lookupNote({ phase: 'ready', view })).toBe(
      "Simkl couldn't be asked about this title. Simkl is having trouble right now. It asks again the next time you open it.",
    );
    expect(lookupNote({ phase: 'ready', view: itemView({ known: false }) })).toBeUndefined();
  });

  it('names the reason of a failed lookup: offline, unreachable, busy', () => {
    const note = (kind: 'offline' | 'rate-limit') =>
      lookupNote({ phase: 'ready', view: itemView({ known: false, lookupFailed: { kind, message: '' } }) });
    expect(note('offline')).toContain("Simkl can't be reached right now.");
    expect(note('rate-limit')).toContain('Simkl is busy right now.');
    browserOffline();
    expect(note('offline')).toContain("You're offline.");
  });

  it('says why the session ended when the background knows (a token revoked on Simkl)', () => {
    const reason = 'Your Simkl session was revoked or expired. Sign in again.';
    const state = stateFromStatus({
      ok: true,
      value: itemView({ signedIn: false, signedOutReason: reason }),
    });

    expect(state).toEqual({ phase: 'signed-out', reason });
    expect(controlLabel(state)).toBe('Sign in to Simkl');
    expect(controlNote(state)).toBe(reason);
    expect(controlNote(stateFromStatus({ ok: true, value: itemView({ signedIn: false }) }))).toBeUndefined();
  });

  it("puts the background's revoked code into the browser's language, and an older version's words too", () => {
    const note = (reason: string) =>
      controlNote(
        stateFromStatus({ ok: true, value: itemView({ signedIn: false, signedOutReason: reason }) }),
      );
    const words = 'Your Simkl session was revoked or expired. Sign in again.';
    expect(note('revoked')).toBe(words);
    // In another language the same code reads in that language: the words are the browser's message.
    const german = 'Deine Simkl-Sitzung wurde widerrufen oder ist abgelaufen. Melde dich erneut an.';
    const getMessage = fakeBrowser.i18n.getMessage;
    (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = ((key: string) =>
      key === 'signedOutRevoked' ? german : '') as typeof getMessage;
    try {
      expect(note('revoked')).toBe(german);
      expect(note(words)).toBe(german);
    } finally {
      (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
    }
    // A reason the extension has no words of its own for is shown as it came.
    expect(note('Simkl says no.')).toBe('Simkl says no.');
  });

  it('explains a revoked sign-in', () => {
    expect(controlNote({ phase: 'signed-out', error: { kind: 'auth', message: '' } })).toBe(
      'Simkl signed you out. Please sign in again.',
    );
  });
});

describe('state transitions', () => {
  it('maps status answers to phases', () => {
    expect(stateFromStatus({ ok: true, value: itemView() }).phase).toBe('ready');
    expect(stateFromStatus({ ok: true, value: itemView({ signedIn: false }) }).phase).toBe('signed-out');
    expect(stateFromStatus({ ok: false, error: { kind: 'signed-out', message: '' } }).phase).toBe(
      'signed-out',
    );
    expect(stateFromStatus({ ok: false, error: { kind: 'server', message: '' } })).toEqual({
      phase: 'error',
      error: { kind: 'server', message: '' },
    });
  });

  it('keeps the shown view when a write is refused, with the reason', () => {
    const before: ControlState = { phase: 'ready', view: itemView({ status: 'plantowatch' }) };
    const after = stateAfterAction(before, { ok: false, error: { kind: 'offline', message: '' } });
    expect(after).toEqual({
      phase: 'ready',
      view: itemView({ status: 'plantowatch' }),
      error: { kind: 'offline', message: '' },
    });
    const accepted = stateAfterAction(before, { ok: true, value: itemView({ status: 'completed' }) });
    expect(accepted).toEqual({ phase: 'ready', view: itemView({ status: 'completed' }) });
  });
});

describe('labelsToFit', () => {
  it('holds the widest label of every state a title can be in, so one box fits them all', () => {
    const labels = labelsToFit();
    expect(labels).toEqual(
      expect.arrayContaining([
        "Simkl: Couldn't identify this title",
        'Enter code WWWWWWWW on Simkl',
        'Simkl: Plan to Watch ★10',
        'Simkl: Watching ★10 · S10E100 next',
        'Simkl: Dropped ★10',
      ]),
    );
    const longest = Math.max(...labels.map((label) => label.length));
    for (const short of ['Add to Simkl', 'Sign in to Simkl', 'Simkl: loading'])
      expect(short.length).toBeLessThan(longest);
    for (const status of ['plantowatch', 'watching', 'completed', 'hold', 'dropped'] as const) {
      const view = itemView({ status, rating: 9, progress: { watched: 3, next: 'S02E05' } });
      expect(controlLabel({ phase: 'ready', view }).length).toBeLessThanOrEqual(longest);
    }
  });
});
