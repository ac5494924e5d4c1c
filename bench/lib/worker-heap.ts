/**
 * Heap usage of the extension's service worker, through a page's DevTools session: the current
 * size, a forced garbage collection, and the peak sampled every 20 ms between start() and stop().
 * Shared by the sync and import benches.
 */
import type { BrowserContext, Page } from 'playwright-core';

const SAMPLE_MS = 20;

export async function workerHeap(context: BrowserContext, page: Page) {
  const session = await context.newCDPSession(page);
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find(
    (info) => info.type === 'service_worker' && info.url.endsWith('/background.js'),
  );
  if (!worker) throw new Error('no extension service worker');
  const { sessionId } = await session.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let nextId = 1;
  const waiting = new Map<number, (result: Record<string, number>) => void>();
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: Record<string, number> };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result ?? {});
  });
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  let peak = 0;
  let sampling: ReturnType<typeof setInterval> | undefined;
  return {
    used: async () => (await call('Runtime.getHeapUsage')).usedSize ?? 0,
    collect: () => call('HeapProfiler.collectGarbage'),
    start() {
      sampling = setInterval(() => {
        void call('Runtime.getHeapUsage').then(({ usedSize = 0 }) => {
          peak = Math.max(peak, usedSize);
        });
      }, SAMPLE_MS);
    },
    stop() {
      clearInterval(sampling);
      return peak;
    },
  };
}
