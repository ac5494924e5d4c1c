import { beforeEach, describe, expect, it } from 'vitest';
import { importWords } from '../../../lib/words/import-text';
import { stubI18n } from '../page/helpers';

beforeEach(stubI18n);

describe('importWords', () => {
  it('offers the import before anything happened', () => {
    expect(importWords({ phase: 'idle' })).toEqual({
      line: 'Reads your Netflix viewing history on this page and marks those films and episodes watched on Simkl. You see what it found before anything is sent.',
      action: { key: 'read', label: 'Import to Simkl' },
    });
  });

  it('previews with the list of what could not be matched and the go', () => {
    const summary = { viewings: 10, movies: 3, episodes: 7, shows: 2, fresh: 7, unmatched: ['A Quiet Film'] };
    expect(importWords({ phase: 'preview', summary })).toEqual({
      line: 'Found 10 viewings: 3 movies, 7 episodes of 2 shows. 7 are new to Simkl, 1 could not be matched.',
      unmatched: { heading: 'Could not be matched', titles: ['A Quiet Film'] },
      action: { key: 'confirm', label: 'Import 7 to Simkl' },
    });
  });

  it('follows the plan job: the titles matched so far, with no button, and a pause that says it goes on', () => {
    const planning = { id: 'p1', matched: 120, total: 440 };
    expect(importWords({ phase: 'planning', planning })).toEqual({
      line: 'Matching titles with Simkl: 120 of 440',
      progress: { sent: 120, total: 440 },
    });
    expect(importWords({ phase: 'planning', planning: { ...planning, paused: true } }).line).toBe(
      'Matching paused at 120 of 440: it goes on by itself once Simkl can be reached.',
    );
  });

  it('shows the progress, a pause, and the end with what Simkl did not find', () => {
    const progress = { sent: 200, total: 1050 };
    expect(importWords({ phase: 'importing', progress })).toEqual({
      line: 'Importing to Simkl: 200 of 1,050',
      progress,
      action: { key: 'stop', label: 'Stop import' },
    });
    expect(importWords({ phase: 'waiting', progress }).line).toMatch(/^Import paused at 200 of 1,050/);
    expect(importWords({ phase: 'waiting', progress }).action?.key).toBe('stop');
    const done = importWords({ phase: 'done', progress: { sent: 8, total: 8 }, notFound: 1 });
    expect(done.line).toBe('Imported 7 to Simkl. Simkl did not find 1 of them.');
    // Not the same import again: a new reading sends only what is new.
    expect(done.action).toEqual({ key: 'read', label: 'Import newer viewings' });
  });

  it('after Stop import: stopping with no button while the batch in flight ends, then how much was sent', () => {
    const progress = { sent: 40, total: 120 };
    expect(importWords({ phase: 'importing', progress, stopping: true })).toEqual({
      line: 'Stopping after the batch being sent: 40 of 120 sent',
      progress,
    });
    expect(importWords({ phase: 'done', progress, notFound: 0, stopped: true })).toEqual({
      line: 'Import stopped: 40 of 120 sent',
      // The rest was never sent: a new reading offers it, not "newer viewings".
      action: { key: 'read', label: 'Import to Simkl' },
    });
  });

  it("says whose a paused import is when it is another account's, and offers to discard it", () => {
    const progress = { sent: 200, total: 1050 };
    const waitsFor = { user: 7, name: 'Demo Watcher' };
    expect(importWords({ phase: 'waiting', progress, waitsFor })).toEqual({
      line: 'Import paused at 200 of 1,050: it waits for Demo Watcher to sign in again.',
      progress,
      action: { key: 'discard', label: 'Discard import' },
    });
  });

  it('says clearly why nothing was imported', () => {
    expect(importWords({ phase: 'failed', failure: 'format-changed' }).line).toBe(
      "Netflix's history page changed; nothing was imported.",
    );
    expect(importWords({ phase: 'failed', failure: 'signed-out' }).line).toMatch(/^Sign in to Netflix/);
    expect(importWords({ phase: 'failed', failure: 'page-failed' }).line).toMatch(/could not be read/);
    expect(importWords({ phase: 'failed', failure: 'signed-out-simkl' }).line).toMatch(/^Sign in to Simkl/);
  });
});
