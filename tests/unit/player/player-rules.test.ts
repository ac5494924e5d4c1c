import { describe, expect, it } from 'vitest';
import { createPlayerRules, type PlayerSample, type ScrobbleCall } from '../../../lib/player/player-rules';

const DURATION = 1_000;

/** A player driven second by second under a fake clock. */
function player(options = {}) {
  const rules = createPlayerRules(options);
  let now = 0;
  let currentTime = 0;
  const calls: ScrobbleCall[] = [];
  const state: Omit<PlayerSample, 'now' | 'currentTime'> = {
    key: '81649856',
    duration: DURATION,
    paused: false,
    seeking: false,
    ended: false,
  };
  const tick = () => {
    calls.push(...rules.observe({ ...state, now, currentTime }));
  };
  return {
    rules,
    calls,
    state,
    seek(seconds: number) {
      currentTime = seconds;
    },
    /** Advances the clock second by second, the video playing along unless paused. */
    run(seconds: number) {
      for (let i = 0; i < seconds; i++) {
        now += 1_000;
        if (!state.paused && !state.seeking) currentTime += 1;
        tick();
      }
    },
    kinds: () => calls.map((call) => `${call.kind}@${Math.round(call.progress)}`),
  };
}

describe('player rules', () => {
  it('starts only after a few seconds of real playback', () => {
    const p = player();
    p.run(4);
    expect(p.calls).toEqual([]);
    p.run(2);
    expect(p.kinds()).toEqual(['start@1']);
    expect(p.rules.status()).toMatchObject({ key: '81649856', phase: 'playing' });
  });

  it('sends nothing for a player without a real duration or off a /watch page', () => {
    const p = player();
    p.state.duration = Number.NaN;
    p.run(20);
    p.state.duration = Number.POSITIVE_INFINITY;
    p.run(20);
    p.state.duration = DURATION;
    p.state.key = null;
    p.run(20);
    expect(p.calls).toEqual([]);
  });

  it('debounces a short pause and ignores a seek', () => {
    const p = player();
    p.run(12);
    p.state.paused = true;
    p.run(2);
    p.state.paused = false;
    p.run(3);
    p.state.seeking = true;
    p.run(5);
    p.state.seeking = false;
    p.run(2);
    expect(p.kinds()).toEqual(['start@1']);
  });

  it('pauses after the debounce and starts again on resume, one request per 10 s at most', () => {
    const p = player();
    p.run(6); // start at 6 s
    p.state.paused = true;
    p.run(5); // the pause is due at 9 s but held until 16 s
    expect(p.kinds()).toEqual(['start@1']);
    p.run(5);
    expect(p.kinds()).toEqual(['start@1', 'pause@1']);
    p.state.paused = false;
    p.run(5);
    expect(p.calls).toHaveLength(2);
    p.run(6);
    expect(p.kinds()).toEqual(['start@1', 'pause@1', 'start@2']);
  });

  it('stops at the end, and at once even right after another request', () => {
    const p = player();
    p.run(6);
    p.seek(DURATION - 1);
    p.state.ended = true;
    p.run(1);
    expect(p.kinds()).toEqual(['start@1', 'stop@100']);
    expect(p.calls[1]?.progress).toBe(100);
  });

  it('stops the old playback when the next episode starts, then tracks the new one', () => {
    const p = player();
    p.run(6);
    p.seek(850);
    p.run(1);
    p.state.key = '81649857';
    p.seek(0);
    p.run(6);
    expect(p.calls).toHaveLength(2); // its start waits for the 10 s since the last one
    p.run(4);
    expect(p.calls.map((call) => `${call.kind} ${call.key}`)).toEqual([
      'start 81649856',
      'stop 81649856',
      'start 81649857',
    ]);
    expect(p.calls[1]?.progress).toBeCloseTo(85.1, 1);
  });

  it('counts an ad neither as playback nor as a pause: nothing is sent while it plays', () => {
    const p = player();
    p.state.ad = true;
    p.run(30);
    expect(p.calls).toEqual([]);
    p.state.ad = false;
    p.run(6);
    expect(p.kinds()).toEqual(['start@4']);
    p.state.ad = true;
    p.state.paused = true; // the programme's video waits under the ad
    p.run(40);
    expect(p.kinds()).toEqual(['start@4']);
  });

  it('stops when the page leaves the player and after a long pause', () => {
    const away = player();
    away.run(6);
    away.state.key = null;
    away.run(1);
    expect(away.kinds()).toEqual(['start@1', 'stop@1']);

    const idle = player({ stopAfterMs: 60_000 });
    idle.run(6);
    idle.state.paused = true;
    idle.run(60);
    expect(idle.kinds()).toEqual(['start@1', 'pause@1']);
    idle.run(1);
    expect(idle.kinds()).toEqual(['start@1', 'pause@1', 'stop@1']);
    expect(idle.rules.status()?.phase).toBe('stopped');
  });

  it('does not count a suspended tab as playback', () => {
    const p = player();
    p.run(1);
    const sample = { ...p.state, now: 60_000, currentTime: 1 };
    expect(p.rules.observe(sample)).toEqual([]);
  });
});
