import { describe, expect, it, vi } from 'vitest';
import { at, OTHER, planned, setupImport, shows, viewings } from './import-fixtures';

describe('finding the match of a title the preview could not match', () => {
  it('previews again with it counted in, under a new id, and sends it once confirmed', async () => {
    const { service, api, pick } = setupImport();
    const first = await planned(service, { viewings, shows });
    expect(first.summary?.pickable).toEqual([
      { netflix: '99', kind: 'movie', title: 'A Quiet Film', items: 1 },
    ]);
    pick('99', { simkl: 40, type: 'movie', year: 2001 });
    const second = await service.rematch(first.plan ?? '');
    expect(second.plan).not.toBe(first.plan);
    expect(second.summary).toMatchObject({ fresh: 4, unmatched: ['Stranger Things: Lost'], pickable: [] });
    // The older preview (3 items) cannot start any more: the button now says 4.
    expect(await service.start(first.plan ?? '')).toEqual(second);
    const started = await service.start(second.plan ?? '');
    expect(started.progress?.total).toBe(4);
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('done'));
    expect(api.postHistory.mock.calls[0]?.[0]).toMatchObject({
      movies: [
        { title: 'Inception' },
        { ids: { simkl: 40, netflix: '99' }, title: 'A Quiet Film', year: 2001, watched_at: at(3) },
      ],
    });
  });

  it('keeps listing a title still unknown, and answers a stale or another user’s preview unchanged', async () => {
    const { service, signIn } = setupImport();
    const first = await planned(service, { viewings, shows });
    const again = await service.rematch(first.plan ?? '');
    expect(again.summary).toEqual(first.summary);
    expect(await service.rematch(first.plan ?? '')).toEqual(again);
    signIn(OTHER);
    expect(await service.rematch(again.plan ?? '')).toEqual({ phase: 'idle' });
  });

  it('skips a found title the mirror already has as watched, as the first preview would have', async () => {
    const { service, pick } = setupImport();
    const first = await planned(service, { viewings, shows });
    // The Matrix (Simkl 1) is completed in the mirror.
    pick('99', { simkl: 1, type: 'movie' });
    const second = await service.rematch(first.plan ?? '');
    expect(second.summary).toMatchObject({ fresh: 3, unmatched: ['Stranger Things: Lost'], pickable: [] });
  });
});
