import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AlertSettings } from '../../../components/AlertSettings';
import { getAlertSettings } from '../../../lib/store/alert-settings';
import { settle, stubI18n } from '../page/helpers';

/** The browser's `notifications` permission in memory: what it answers a request, and its events. */
function fakeNotificationsPermission(answer: boolean) {
  let granted = false;
  const listeners = new Set<() => void>();
  const event = {
    addListener: (fn: () => void) => listeners.add(fn),
    removeListener: (fn: () => void) => listeners.delete(fn),
  };
  const fire = () => {
    for (const listener of listeners) listener();
  };
  const api = {
    contains: vi.fn(async () => granted),
    request: vi.fn(async () => {
      granted = answer;
      if (answer) fire();
      return answer;
    }),
    remove: vi.fn(async () => {
      granted = false;
      fire();
      return true;
    }),
    onAdded: event,
    onRemoved: event,
  };
  Object.assign(fakeBrowser.permissions, api);
  return {
    api,
    /** The user withdraws notifications in the browser's own settings. */
    withdraw() {
      granted = false;
      fire();
    },
  };
}

let root: HTMLElement;
beforeEach(() => {
  stubI18n();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

const field = (selector: string) => root.querySelector<HTMLInputElement>(selector)!;

async function open() {
  await act(() => render(<AlertSettings />, root));
  await settle(4);
}

describe('the options’ Alerts', () => {
  it('are off by default; turning them on asks the browser for notifications from that click', async () => {
    const { api } = fakeNotificationsPermission(true);
    await open();
    expect(root.textContent).toContain('Alerts');
    expect(field('input[name="alerts"]').checked).toBe(false);
    await act(() => field('input[name="alerts"]').click());
    // Within the click: nothing awaited before the request (browsers ask only from the gesture).
    expect(api.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await settle(4);
    expect((await getAlertSettings()).enabled).toBe(true);
    expect(field('input[name="alerts"]').checked).toBe(true);
  });

  it("say the browser's question is open, and claim nothing, until it is answered", async () => {
    let answer: (granted: boolean) => void = () => undefined;
    const { api } = fakeNotificationsPermission(true);
    api.request.mockImplementation(() => new Promise<boolean>((resolve) => (answer = resolve)));
    await open();
    await act(() => field('input[name="alerts"]').click());
    await settle(4);
    expect(root.querySelector('[data-answer="asking"]')?.textContent).toBe(
      "Answer your browser's question to allow notifications.",
    );
    expect(field('input[name="alerts"]').checked).toBe(false);
    expect(field('input[name="alerts"]').disabled).toBe(true);
    await act(() => answer(false));
    await settle(4);
    expect(root.querySelector('[data-answer="asking"]')).toBeNull();
    expect(root.querySelector('[data-answer="refused"]')).not.toBeNull();
  });

  it('say so truthfully when the browser refuses, and stay off', async () => {
    fakeNotificationsPermission(false);
    await open();
    await act(() => field('input[name="alerts"]').click());
    await settle(4);
    expect(root.querySelector('[data-answer="refused"]')?.textContent).toBe(
      'Your browser did not allow notifications, so alerts stay off.',
    );
    expect((await getAlertSettings()).enabled).toBe(false);
  });

  it('say when the browser withdrew notifications, and turning off gives the permission back', async () => {
    const permission = fakeNotificationsPermission(true);
    await open();
    await act(() => field('input[name="alerts"]').click());
    await settle(4);
    permission.withdraw();
    await settle(4);
    expect(root.querySelector('[data-answer="withdrawn"]')?.textContent).toContain(
      'Your browser no longer allows Simkl to show notifications',
    );
    expect(field('input[name="alerts"]').checked).toBe(false);
    await act(() => field('input[name="alerts"]').click());
    await settle(4);
    expect(field('input[name="alerts"]').checked).toBe(true);
    await act(() => field('input[name="alerts"]').click());
    await settle(4);
    expect((await getAlertSettings()).enabled).toBe(false);
    expect(permission.api.remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
  });

  it('store the choices: whole seasons only, no anime, quiet hours', async () => {
    fakeNotificationsPermission(true);
    await open();
    await act(() => field('input[name="alerts"]').click());
    await settle(4);
    await act(() => field('input[value="season"]').click());
    await settle(2);
    await act(() => field('input[name="alerts-anime"]').click());
    await settle(2);
    await act(() => {
      const from = field('input[name="quiet-from"]');
      from.value = '22:00';
      from.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle(2);
    await act(() => {
      const to = field('input[name="quiet-to"]');
      to.value = '07:00';
      to.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle(2);
    expect(await getAlertSettings()).toEqual({
      enabled: true,
      mode: 'season',
      shows: true,
      anime: false,
      quietFrom: '22:00',
      quietTo: '07:00',
    });
  });
});
