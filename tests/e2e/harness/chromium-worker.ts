/**
 * Stopping the extension's service worker through the DevTools protocol, as Chrome does after 30 s idle,
 * so tests can prove that state survives a restart. The ServiceWorker domain lives on page sessions
 * (the browser session lacks it); any page of the profile sees the extension's registration.
 */
import type { BrowserContext } from 'playwright-core';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

const STOP_TIMEOUT_MS = 10_000;

export async function stopExtensionWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const existing = context.pages()[0];
  const page = existing ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  const prefix = `chrome-extension://${extensionId}/`;
  const statuses = new Map<string, RunningStatus>();
  let onUpdate = (): void => {};
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(prefix)) statuses.set(version.versionId, version.runningStatus);
    }
    onUpdate();
  });
  try {
    await session.send('ServiceWorker.enable');
    // The current versions arrive as events right after enable.
    for (let waited = 0; statuses.size === 0 && waited < 2_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (statuses.size === 0) throw new Error(`No service worker is registered under ${prefix}`);
    const live = [...statuses].filter(([, status]) => status !== 'stopped').map(([versionId]) => versionId);
    const allStopped = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Service worker still ${[...statuses.values()]} after ${STOP_TIMEOUT_MS} ms`)),
        STOP_TIMEOUT_MS,
      );
      onUpdate = () => {
        if ([...statuses.values()].every((status) => status === 'stopped')) {
          clearTimeout(timer);
          resolve();
        }
      };
      onUpdate();
    });
    for (const versionId of live) await session.send('ServiceWorker.stopWorker', { versionId });
    await allStopped;
  } finally {
    await session.detach().catch(() => {});
    if (!existing) await page.close();
  }
}

/**
 * Whether any version of the extension's worker is starting or running now: a test that must show
 * something happened without the worker asks it right then (DevTools reports every version on enable).
 */
export async function isExtensionWorkerAwake(context: BrowserContext, extensionId: string): Promise<boolean> {
  const existing = context.pages()[0];
  const page = existing ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  const prefix = `chrome-extension://${extensionId}/`;
  const statuses = new Map<string, RunningStatus>();
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(prefix)) statuses.set(version.versionId, version.runningStatus);
    }
  });
  try {
    await session.send('ServiceWorker.enable');
    for (let waited = 0; statuses.size === 0 && waited < 2_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (statuses.size === 0) throw new Error(`No service worker is registered under ${prefix}`);
    return [...statuses.values()].some((status) => status !== 'stopped');
  } finally {
    await session.detach().catch(() => {});
    if (!existing) await page.close();
  }
}
