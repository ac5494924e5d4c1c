/** Runs `task` once the browser is idle (Firefox and Chromium both have requestIdleCallback). */
export function whenIdle(view: Window | null, task: () => void): void {
  if (view?.requestIdleCallback) view.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
