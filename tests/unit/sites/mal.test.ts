import { describe, expect, it } from 'vitest';
import { mal } from '../../../lib/sites/mal';
import { readFixture } from '../../fixtures/sites/pages';
import { edit, parseHtml } from './load-page';

const DESKTOP = readFixture('mal/anime-57181-ao-no-hako-desktop.html');
const MANGA = readFixture('mal/manga-11-naruto-negative.html');

describe('MyAnimeList', () => {
  it('files everything as anime, films included', () => {
    const media = mal.detect(
      'https://myanimelist.net/anime/199/Sen_to_Chihiro_no_Kamikakushi',
      parseHtml(readFixture('mal/anime-199-spirited-away.html')),
    );
    expect(media?.kind).toBe('anime');
  });

  it('reads an episode page as that episode of its anime (kind episode, the anime as its show)', () => {
    expect(
      mal.detect('https://myanimelist.net/anime/57181/Ao_no_Hako/episode/3', parseHtml(DESKTOP)),
    ).toEqual({
      site: 'mal',
      kind: 'episode',
      ids: { mal: '57181' },
      title: 'Ao no Hako',
      year: 2024,
      show: { ids: { mal: '57181' }, title: 'Ao no Hako' },
      episode: 3,
    });
  });

  it('keeps the episode list and other sub-pages about the anime itself', () => {
    const list = mal.detect('https://myanimelist.net/anime/57181/Ao_no_Hako/episode', parseHtml(DESKTOP));
    expect(list?.kind).toBe('anime');
    expect(list?.episode).toBeUndefined();
  });

  it('never treats a manga page as anime, even at an /anime/ URL or with its legacy myinfo_anime_id', () => {
    expect(MANGA).toContain('id="myinfo_anime_id"');
    expect(mal.detect('https://myanimelist.net/manga/11/Naruto', parseHtml(MANGA))).toBeNull();
    expect(mal.detect('https://myanimelist.net/anime/11/Naruto', parseHtml(MANGA))).toBeNull();
  });

  it('prefers the header h1 over og:title, which can describe a sub-page', () => {
    const html = edit(
      DESKTOP,
      '<meta property="og:title" content="Ao no Hako">',
      '<meta property="og:title" content="Ao no Hako - Characters">',
    );
    expect(
      mal.detect('https://myanimelist.net/anime/57181/Ao_no_Hako/characters', parseHtml(html))?.title,
    ).toBe('Ao no Hako');
  });

  it('falls back to the 2018 h1 and og:title', () => {
    const legacy = parseHtml('<h1 class="h1"><span itemprop="name">Cowboy Bebop</span></h1>');
    expect(mal.detect('https://myanimelist.net/anime/1/Cowboy_Bebop', legacy)?.title).toBe('Cowboy Bebop');
    const ogOnly = parseHtml(
      '<head><meta property="og:title" content="Cowboy Bebop"><meta property="og:type" content="video.tv_show"></head>',
    );
    expect(mal.detect('https://myanimelist.net/anime/1', ogOnly)?.title).toBe('Cowboy Bebop');
  });

  it('reads the year from "Premiered" when "Aired" has none', () => {
    const doc = parseHtml(`<div><span class="dark_text">Aired:</span> Not available</div>
      <div><span class="dark_text">Premiered:</span> <a>Spring 2026</a></div>`);
    expect(mal.detect('https://myanimelist.net/anime/60000', doc)?.year).toBeUndefined();
    const premiered = parseHtml('<div><span class="dark_text">Premiered:</span> <a>Spring 2026</a></div>');
    expect(mal.detect('https://myanimelist.net/anime/60000', premiered)?.year).toBe(2026);
  });

  it("anchors at the desktop title block, or the mobile title's link inside its bar", () => {
    expect(mal.anchor(parseHtml(DESKTOP))?.className).toBe('h1-title');
    const mobile = mal.anchor(parseHtml(readFixture('mal/anime-1535-death-note-mobile.html')));
    expect(mobile?.className).toBe('title');
    expect(mobile?.parentElement?.className).toContain('page-title');
    expect(
      mal.anchor(parseHtml('<div class="page-title"><h1 class="title-name">X</h1></div>'))?.className,
    ).toContain('page-title');
    expect(mal.anchor(parseHtml('<p>none</p>'))).toBeNull();
  });
});
