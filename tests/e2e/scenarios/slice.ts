/**
 * The first slice through the whole house, the same in every browser: sign in through the browser
 * flow (AUTH V2, PKCE S256), open an IMDb movie, put it on Plan to Watch from the in-page control, and
 * see it again after a reload from the local mirror alone.
 */
import { expect } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import { type AnyPage, CONTROL, choose, clickInControl, waitForButtonText } from '../harness/pages';
import type { World } from '../harness/world';

export const MATRIX = { url: 'https://www.imdb.com/title/tt0133093/', title: 'The Matrix' } as const;

async function goto(page: AnyPage, url: string): Promise<void> {
  await (page as { goto(url: string): Promise<unknown> }).goto(url);
}

async function reload(page: AnyPage): Promise<void> {
  await (page as { reload(): Promise<unknown> }).reload();
}

/** Polls the service until `check` holds, so the test waits for the outbox, not for a fixed time. */
export async function eventually<T>(
  read: () => T | Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

function planToWatchTitles(world: World): string[] {
  const library = world.control.library(DEMO_USER.id);
  return library.movies.filter((entry) => entry.status === 'plantowatch').map((entry) => entry.title);
}

export async function signInFromTheControl(world: World, page: AnyPage): Promise<void> {
  await goto(page, MATRIX.url);
  await waitForButtonText(page, /Sign in to Simkl/);
  await clickInControl(page, CONTROL.button);
  await waitForButtonText(page, /Add to Simkl/, 20_000);

  const log = world.control.requestLog();
  const authorize = log.find((entry) => entry.host === 'simkl.com' && entry.path === '/oauth2/authorize');
  expect(authorize?.query).toMatchObject({ response_type: 'code', code_challenge_method: 'S256' });
  expect(authorize?.query.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(authorize?.query.state).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  const token = log.find((entry) => entry.path === '/oauth2/token' && entry.method === 'POST');
  expect(token?.status).toBe(200);
}

export async function planToWatchSurvivesReload(world: World, page: AnyPage): Promise<void> {
  await choose(page, 'plantowatch');
  await waitForButtonText(page, /Plan to Watch/);
  const landed = await eventually(
    () => planToWatchTitles(world),
    (ids) => ids.includes(MATRIX.title),
  );
  expect(landed).toEqual([MATRIX.title]);

  // Let the sync that follows the landed write finish, then watch a reload's requests alone.
  await eventually(
    () => world.control.requestLog().filter((entry) => entry.path.startsWith('/sync/all-items')).length,
    (count) => count > 0,
  );
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  world.control.clearLog();
  await reload(page);
  await waitForButtonText(page, /Plan to Watch/);
  const lookups = world.control.requestLog().filter((entry) => entry.path.startsWith('/search/id'));
  expect(lookups).toEqual([]);
}
