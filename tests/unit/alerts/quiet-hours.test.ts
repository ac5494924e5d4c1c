import { describe, expect, it } from 'vitest';
import { isQuietAt, quietEndsAt } from '../../../lib/alerts/quiet-hours';

/** Local times: quiet hours are the user's own clock. */
const at = (hhmm: string, day = 17) =>
  new Date(2025, 0, day, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3))).getTime();

describe('quiet hours', () => {
  it('hold a range across midnight', () => {
    expect(isQuietAt(at('23:30'), '22:00', '07:00')).toBe(true);
    expect(isQuietAt(at('06:59'), '22:00', '07:00')).toBe(true);
    expect(isQuietAt(at('07:00'), '22:00', '07:00')).toBe(false);
    expect(isQuietAt(at('12:00'), '22:00', '07:00')).toBe(false);
  });

  it('hold a range within a day', () => {
    expect(isQuietAt(at('13:00'), '12:30', '14:00')).toBe(true);
    expect(isQuietAt(at('14:00'), '12:30', '14:00')).toBe(false);
  });

  it('are none when either end is missing or both are equal', () => {
    expect(isQuietAt(at('23:00'), '', '07:00')).toBe(false);
    expect(isQuietAt(at('23:00'), '22:00', '')).toBe(false);
    expect(isQuietAt(at('23:00'), '22:00', '22:00')).toBe(false);
  });

  it('end at the next "to" time, the next day when it has passed today', () => {
    expect(quietEndsAt(at('23:30'), '07:00')).toBe(at('07:00', 18));
    expect(quietEndsAt(at('05:00'), '07:00')).toBe(at('07:00'));
  });
});
