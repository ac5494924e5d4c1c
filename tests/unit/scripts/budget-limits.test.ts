// The content scripts' 12 KB target, polyfill in (docs/architecture.md, Budgets): a script within it
// keeps it as its ceiling, so it cannot pass it again unnoticed.
import { describe, expect, it } from 'vitest';
import {
  ABOVE_CONTENT_SCRIPT_TARGET,
  BUDGETS,
  CONTENT_SCRIPT_TARGET,
  contentScriptBudget,
  contentScriptCeiling,
} from '../../../scripts/lib/budget-limits.mjs';

describe('the content scripts’ ceilings', () => {
  it('is 12,288 bytes', () => {
    expect(CONTENT_SCRIPT_TARGET).toBe(12_288);
  });

  it('holds a script not named above the target to the target, whatever its own ceiling says', () => {
    // A site's control script, were its name to leave the list: its ceiling comes down to the target.
    expect(contentScriptBudget('tvdb').limit).toBeGreaterThan(CONTENT_SCRIPT_TARGET);
    expect(contentScriptCeiling('a-new-site').limit).toBeLessThanOrEqual(CONTENT_SCRIPT_TARGET);
    for (const name of ['tmdb-badges', 'netflix-badges', 'disneyplus-player', 'netflix-import'])
      expect(contentScriptCeiling(name).limit).toBeLessThanOrEqual(CONTENT_SCRIPT_TARGET);
  });

  it('keeps their own ceilings for the scripts still above it', () => {
    expect(contentScriptCeiling('imdb')).toEqual(BUDGETS.episodeControl);
    for (const name of ABOVE_CONTENT_SCRIPT_TARGET)
      expect(contentScriptCeiling(name)).toEqual(contentScriptBudget(name));
  });

  it('gives every part a ceiling of its own', () => {
    expect(Object.keys(BUDGETS.parts)).toEqual(['menu', 'netflix-player', 'crunchyroll-player']);
  });
});
