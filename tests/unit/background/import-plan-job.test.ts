/**
 * Planning the import is a resumable job (docs/architecture.md, The import): the page's reading is
 * answered at once with a plan job id, every lookup is stored as Simkl answers it, and a worker
 * stopped mid-plan goes on at the next title, asking Simkl nothing twice.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPlanJob } from '../../../lib/background/import/plan-job';
import type { MediaRef } from '../../../lib/resolve/kinds';
import { DEMO, OTHER, planned, setupImport, shows, viewings } from './import-fixtures';

const importAlarm = () => fakeBrowser.alarms.get('simkl-import');

/**
 * The fake Simkl behind the resolver: counts the lookups it answered, by Netflix id, and can stop
 * answer the nth (the worker stopped before that request went out: it never gets its answer).
 */
function countedLookups(setup: ReturnType<typeof setupImport>, lostAt = 0) {
  const answered: string[] = [];
  const original = vi.mocked(setup.resolver.resolve).getMockImplementation();
  if (!original) throw new Error('the fixture resolver has no implementation');
  let calls = 0;
  vi.mocked(setup.resolver.resolve).mockImplementation(async (media: MediaRef) => {
    calls += 1;
    if (calls === lostAt) return new Promise<never>(() => {});
    const item = await original(media);
    answered.push(media.ids.netflix ?? '');
    return item;
  });
  return answered;
}

describe('planning the import as a job', () => {
  it('answers the reading at once with the plan job, and stores every lookup as Simkl answers it', async () => {
    const setup = setupImport();
    const stored: number[] = [];
    const original = vi.mocked(setup.resolver.resolve).getMockImplementation();
    vi.mocked(setup.resolver.resolve).mockImplementation(async (media: MediaRef) => {
      stored.push((await loadPlanJob(setup.store))?.matches.length ?? -1);
      return original?.(media) ?? null;
    });
    const answer = await setup.service.history({ viewings, shows });
    expect(answer).toEqual({
      phase: 'planning',
      planning: { id: expect.any(String), matched: expect.any(Number), total: 4 },
    });
    await expect.poll(async () => (await setup.service.view()).phase).toBe('preview');
    // Each lookup found the ones before it already stored: a step is kept before the next starts.
    expect(stored).toEqual([0, 1, 2, 3]);
    expect(await loadPlanJob(setup.store)).toBeUndefined();
  });

  it('resumes a plan whose worker stopped mid-way: as many lookups as a run without a stop, every row kept', async () => {
    const whole = setupImport();
    const wholeLookups = countedLookups(whole);
    const unstopped = await planned(whole.service, { viewings, shows });

    const setup = setupImport();
    const lookups = countedLookups(setup, 3);
    await setup.service.history({ viewings, shows });
    await expect.poll(async () => (await loadPlanJob(setup.store))?.matches.length).toBe(2);
    expect(await importAlarm()).toBeDefined();

    // The worker is gone (its third lookup never answered); the import alarm wakes a new one.
    const woken = setup.restart();
    await woken.resume();
    const view = await woken.view();
    expect(view).toEqual({ ...unstopped, plan: expect.any(String) });
    expect(lookups).toHaveLength(wholeLookups.length);
    expect(new Set(lookups).size).toBe(lookups.length);
    expect(await importAlarm()).toBeUndefined();
  });

  it('keeps the alarm from the reading to the preview and from the go to the end, and then clears it', async () => {
    const seen: Record<string, boolean[]> = { planning: [], writing: [] };
    const setup = setupImport(DEMO, async () => {
      seen.writing?.push((await importAlarm()) !== undefined);
    });
    const original = vi.mocked(setup.resolver.resolve).getMockImplementation();
    vi.mocked(setup.resolver.resolve).mockImplementation(async (media: MediaRef) => {
      seen.planning?.push((await importAlarm()) !== undefined);
      return original?.(media) ?? null;
    });
    const films = Array.from({ length: 250 }, (_, n) => ({
      videoId: String(500_000 + n),
      title: `Film ${n}`,
      watchedAt: viewings[0]?.watchedAt ?? '',
    }));
    const preview = await planned(setup.service, { viewings: films, shows: [] });
    // The preview waits for the user, not for a timer.
    expect(await importAlarm()).toBeUndefined();
    await setup.service.start(preview.plan ?? '');
    expect(await importAlarm()).toMatchObject({ periodInMinutes: 1 });
    await expect.poll(async () => (await setup.service.view()).phase).toBe('done');
    expect(seen.planning).toHaveLength(250);
    expect(seen.planning?.every(Boolean)).toBe(true);
    expect(seen.writing).toEqual([true, true]);
    expect(await importAlarm()).toBeUndefined();
  });

  it('says the plan paused when Simkl cannot be reached, keeps the alarm, and goes on asking nothing twice', async () => {
    const setup = setupImport();
    const lookups = countedLookups(setup);
    const original = vi.mocked(setup.resolver.resolve).getMockImplementation();
    let failed = false;
    vi.mocked(setup.resolver.resolve).mockImplementation(async (media: MediaRef) => {
      if (lookups.length === 2 && !failed) {
        failed = true;
        throw new Error('offline');
      }
      return original?.(media) ?? null;
    });
    await setup.service.history({ viewings, shows });
    await expect.poll(async () => (await setup.service.view()).planning?.paused).toBe(true);
    expect((await setup.service.view()).planning).toMatchObject({ matched: 2, total: 4 });
    expect(await importAlarm()).toBeDefined();
    await setup.service.resume();
    expect((await setup.service.view()).phase).toBe('preview');
    expect(lookups).toHaveLength(4);
    expect(await importAlarm()).toBeUndefined();
  });

  it('lets a new reading replace an unfinished plan: the preview is the new reading’s', async () => {
    const setup = setupImport();
    const lookups = countedLookups(setup, 2);
    const first = await setup.service.history({ viewings, shows });
    await expect.poll(async () => (await loadPlanJob(setup.store))?.matches.length).toBe(1);
    const woken = setup.restart();
    const second = await woken.history({ viewings: viewings.slice(0, 2), shows: [] });
    expect(second.planning?.id).not.toBe(first.planning?.id);
    await expect.poll(async () => (await woken.view()).phase).toBe('preview');
    expect((await woken.view()).summary).toMatchObject({ viewings: 2, movies: 2, fresh: 1 });
    expect(lookups).toHaveLength(3);
  });

  it('clears an alarm that wakes the worker with no import under way', async () => {
    const { service } = setupImport();
    await fakeBrowser.alarms.create('simkl-import', { periodInMinutes: 1 });
    await service.resume();
    expect(await importAlarm()).toBeUndefined();
  });

  it("never goes on with another user's plan: it waits, with no alarm, for its own user", async () => {
    const setup = setupImport();
    const lookups = countedLookups(setup, 3);
    await setup.service.history({ viewings, shows });
    await expect.poll(async () => (await loadPlanJob(setup.store))?.matches.length).toBe(2);

    setup.signIn(OTHER);
    const woken = setup.restart();
    await woken.resume();
    expect(lookups).toHaveLength(2);
    expect(await woken.view()).toEqual({ phase: 'idle' });
    expect(await importAlarm()).toBeUndefined();

    setup.signIn(DEMO);
    await woken.resume();
    expect((await woken.view()).phase).toBe('preview');
    expect(lookups).toHaveLength(4);
  });
});
