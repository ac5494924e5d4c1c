import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ROW_MARK_ATTRIBUTE } from '../../../lib/page/badges/row-marks';
import { runListBadges } from '../../../lib/page/badges/run-list-badges';
import { seasonRowMarks } from '../../../lib/page/badges/season-rows';
import { imdb } from '../../../lib/sites/imdb';
import { readFixture } from '../../fixtures/sites/pages';
import { fakeBackground, itemView, settle, stubI18n } from './helpers';

const SEASON_4 = 'https://www.imdb.com/title/tt0436992/episodes/?season=4';
const setUrl = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
const marks = () => document.querySelectorAll(`[${ROW_MARK_ATTRIBUTE}]`).length;
const badges = () => document.querySelectorAll('[data-simkl-badge]').length;
let ctx: ContentScriptContext;

beforeEach(() => {
  stubI18n();
  setUrl(SEASON_4);
  document.body.innerHTML = readFixture('imdb/episodes-tt0436992-season-4-list-2023.html')
    .replace(/^[\s\S]*<body[^>]*>/, '')
    .replace(/<\/body>[\s\S]*$/, '');
  fakeBackground({
    listStates: ({ titles }: { titles: unknown[] }) => titles.map(() => null),
    status: () => itemView({ type: 'show', simkl: 9200001, status: 'watching' }),
    episodes: () => ({ known: true, seasons: { 4: { 13: null } } }),
  });
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe("the badges runner and a season's own episodes", () => {
  it('with the season rows part, marks their rows instead of badging them, and takes the marks away when it ends', async () => {
    await runListBadges(ctx, imdb, undefined, seasonRowMarks);
    await vi.waitFor(() => expect(marks()).toBe(3));
    expect(badges()).toBe(0);
    ctx.notifyInvalidated();
    expect(marks()).toBe(0);
  });

  it('without it (a site whose lists name no episode), badges what the list names and marks nothing', async () => {
    await runListBadges(ctx, imdb);
    await vi.waitFor(() => expect(badges()).toBe(3));
    await settle();
    expect(marks()).toBe(0);
  });
});
