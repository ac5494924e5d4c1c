import { beforeEach, expect, it } from 'vitest';
import type { HandlerContext } from '../../../lib/background/intents/handler-types';
import { SimklError } from '../../../lib/errors';
import type { DetectedMedia } from '../../../lib/media';
import { MATRIX } from '../library/fixtures';
import { backgroundWorld } from './fixtures';

const page: HandlerContext = { from: 'content', tabId: 1 };
const matrixPage: DetectedMedia = {
  site: 'imdb',
  kind: 'movie',
  ids: { imdb: 'tt0133093' },
  title: 'The Matrix',
};

let world: Awaited<ReturnType<typeof backgroundWorld>>;

beforeEach(async () => {
  world = await backgroundWorld();
  await world.library.sync();
  world.accounts.resetCalls();
});

it('a lookup Simkl could not answer is "not known yet" with its reason, never "no match", and is asked again', async () => {
  world.ana.fail('searchById', new SimklError('server', 'HTTP 503'), { times: 1 });
  const failed = await world.handlers.status({ media: matrixPage }, page);
  expect(failed).toMatchObject({ known: false, lookupFailed: { kind: 'server' }, status: null });

  // The failure is not remembered as a miss: the next open asks Simkl again and finds the title.
  const found = await world.handlers.status({ media: matrixPage }, page);
  expect(found).toMatchObject({ known: true, simkl: MATRIX.ids.simkl });
  expect(found.lookupFailed).toBeUndefined();
});

it('a title Simkl does not know carries no lookup failure: that is a real "no match"', async () => {
  const unknown: DetectedMedia = { site: 'imdb', kind: 'movie', ids: { imdb: 'tt9999999' }, title: 'Nobody' };
  const view = await world.handlers.status({ media: unknown }, page);
  expect(view).toMatchObject({ known: false, status: null });
  expect(view.lookupFailed).toBeUndefined();
});

it('a change whose write waits for a retry says so, with the reason, until it lands', async () => {
  await world.handlers.status({ media: matrixPage }, page);
  world.ana.fail('addToList', new SimklError('server', 'HTTP 503'));
  await world.handlers.setStatus({ media: matrixPage, status: 'plantowatch' }, page);
  await world.outbox.flush();
  const waiting = await world.handlers.status({ media: matrixPage }, page);
  expect(waiting).toMatchObject({ status: 'plantowatch', pendingWrites: 1, waiting: { kind: 'server' } });

  world.clock.advance(10 * 60_000);
  await world.outbox.flush();
  const saved = await world.handlers.status({ media: matrixPage }, page);
  expect(saved).toMatchObject({ status: 'plantowatch', pendingWrites: 0 });
  expect(saved.waiting).toBeUndefined();
});
