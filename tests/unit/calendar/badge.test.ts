import { describe, expect, it, vi } from 'vitest';
import { type BadgeAction, badgeText, updateBadge } from '../../../lib/calendar/badge';

function fakeAction(withTextColor = true) {
  const action = {
    setBadgeText: vi.fn(async (_details: { text: string }) => undefined),
    setBadgeBackgroundColor: vi.fn(async (_details: { color: string }) => undefined),
    ...(withTextColor ? { setBadgeTextColor: vi.fn(async (_details: { color: string }) => undefined) } : {}),
  };
  return action satisfies BadgeAction;
}

describe('badgeText', () => {
  it.each([
    [0, true, ''],
    [-2, true, ''],
    [Number.NaN, true, ''],
    [0.4, true, ''],
    [1, true, '1'],
    [3.7, true, '3'],
    [99, true, '99'],
    [100, true, '99+'],
    [5, false, ''],
  ])('count %s, enabled %s -> %j', (count, enabled, text) => {
    expect(badgeText(count, enabled)).toBe(text);
  });
});

describe('updateBadge', () => {
  it('shows the count with the badge colours', async () => {
    const action = fakeAction();
    expect(await updateBadge({ action, count: 3, enabled: true })).toBe('3');
    expect(action.setBadgeText).toHaveBeenCalledWith({ text: '3' });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({
      color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    expect(action.setBadgeTextColor).toHaveBeenCalledTimes(1);
  });

  it('clears the badge when nothing airs or the badge is turned off', async () => {
    for (const [count, enabled] of [
      [0, true],
      [4, false],
    ] as const) {
      const action = fakeAction();
      await updateBadge({ action, count, enabled });
      expect(action.setBadgeText).toHaveBeenCalledWith({ text: '' });
      expect(action.setBadgeBackgroundColor).not.toHaveBeenCalled();
    }
  });

  it('works with an action API that has no setBadgeTextColor (older MV2 browsers)', async () => {
    const action = fakeAction(false);
    await expect(updateBadge({ action, count: 2, enabled: true })).resolves.toBe('2');
    expect(action.setBadgeText).toHaveBeenCalledWith({ text: '2' });
  });
});
