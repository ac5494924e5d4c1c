import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import { adapterForUrl, detectMedia, ownIdKey } from '../../../lib/sites';
import { withPage } from './load-page';

/**
 * The same expectations over the real saved pages in ../shared/page-samples (read in place, never
 * copied into the repo). The folder exists only on machines that have the shared material.
 */
const SAMPLES_DIR = join(process.cwd(), '..', 'shared', 'page-samples');

/** Known samples: the URL each was saved from and the full detection expected there. */
const EXPECTED: Record<string, { url: string; expected: DetectedMedia | null }> = {
  'imdb-movie-tt0133093-the-matrix-2023layout.html': {
    url: 'https://www.imdb.com/title/tt0133093/',
    expected: { site: 'imdb', kind: 'movie', ids: { imdb: 'tt0133093' }, title: 'The Matrix', year: 1999 },
  },
  'imdb-movie-tt0114814-usual-suspects.html': {
    url: 'https://www.imdb.com/title/tt0114814/',
    expected: {
      site: 'imdb',
      kind: 'movie',
      ids: { imdb: 'tt0114814' },
      title: 'The Usual Suspects',
      year: 1995,
    },
  },
  'imdb-video-tt3159106-local-legends.html': {
    url: 'https://www.imdb.com/title/tt3159106/',
    expected: { site: 'imdb', kind: 'movie', ids: { imdb: 'tt3159106' }, title: 'Local Legends', year: 2013 },
  },
  'imdb-m-tvseries-tt0436992-doctor-who.html': {
    url: 'https://m.imdb.com/title/tt0436992/',
    expected: { site: 'imdb', kind: 'show', ids: { imdb: 'tt0436992' }, title: 'Doctor Who', year: 2005 },
  },
  'imdb-m-tvepisode-tt1205438-doctor-who-s4e13-journeys-end.html': {
    url: 'https://m.imdb.com/title/tt1205438/',
    expected: {
      site: 'imdb',
      kind: 'episode',
      ids: { imdb: 'tt1205438' },
      title: "Journey's End",
      year: 2008,
      show: { ids: { imdb: 'tt0436992' }, title: 'Doctor Who' },
      season: 4,
      episode: 13,
    },
  },
  'mal-anime-tv-1535-death-note-mobile.html': {
    url: 'https://myanimelist.net/anime/1535/Death_Note',
    expected: { site: 'mal', kind: 'anime', ids: { mal: '1535' }, title: 'Death Note', year: 2006 },
  },
  'mal-anime-tv-57181-ao-no-hako-desktop.html': {
    url: 'https://myanimelist.net/anime/57181/Ao_no_Hako',
    expected: { site: 'mal', kind: 'anime', ids: { mal: '57181' }, title: 'Ao no Hako', year: 2024 },
  },
  'mal-manga-11-naruto-2018-desktop-NEGATIVE.html': {
    url: 'https://myanimelist.net/manga/11/',
    expected: null,
  },
  'livechart-anime-3437-death-note.html': {
    url: 'https://www.livechart.me/anime/3437',
    expected: {
      site: 'livechart',
      kind: 'anime',
      ids: { livechart: '3437', mal: '1535', anilist: '1535', anidb: '4563' },
      title: 'Death Note',
      year: 2006,
    },
  },
  'netflix-watch-81649856-delicious-in-dungeon-s1e21-de-singlefile.html': {
    url: 'https://www.netflix.com/watch/81649856',
    expected: { site: 'netflix', ids: { netflix: '81649856' }, title: 'Delicious in Dungeon' },
  },
};

const folderExists = existsSync(SAMPLES_DIR);
const samples = folderExists
  ? readdirSync(SAMPLES_DIR)
      .filter((name) => name.endsWith('.html'))
      .sort()
  : [];
/**
 * happy-dom's parser (not browsers') drops everything after a comment that holds markup, such as
 * MAL's `<!--span …></span><br-->` inside a table; such comments carry no data, so they are removed.
 */
const withoutMarkupComments = (html: string) =>
  html.replace(/<!--[\s\S]{0,500}?-->/g, (comment) => (comment.slice(4, -3).includes('<') ? '' : comment));
const read = (name: string) => withoutMarkupComments(readFileSync(join(SAMPLES_DIR, name), 'utf8'));

/** A sample this table does not know yet: its .src.txt names the URL, NEGATIVE in the name means null. */
function originalUrl(name: string): string | undefined {
  const source = join(SAMPLES_DIR, name.replace(/\.html$/, '.src.txt'));
  if (!existsSync(source)) return undefined;
  return /^original URL:\s*(\S+)/m.exec(readFileSync(source, 'utf8'))?.[1];
}

describe(
  folderExists
    ? `real page samples: ran over ${samples.length} samples in ${SAMPLES_DIR}`
    : `real page samples: NOT RUN, ${SAMPLES_DIR} is absent (0 samples)`,
  () => {
    // A test here that checks nothing (a sample it needs is absent) must not pass quietly.
    beforeEach(() => {
      expect.hasAssertions();
    });

    if (!folderExists) {
      it('has no samples folder on this machine, so no real page was checked', () => {
        // CI always runs with ../shared beside the checkout: there, a missing folder is a failure.
        expect(process.env.CI, `${SAMPLES_DIR} is absent on CI`).toBeFalsy();
        expect(existsSync(SAMPLES_DIR)).toBe(false);
      });
      return;
    }

    it('found samples to check', () => {
      expect(samples.length).toBeGreaterThan(0);
    });

    // Each sample the table knows must be there: a missing one would drop its test from the run
    // unnoticed (on CI the folder is the real one, so a missing sample is a failure, not a gap).
    it('has every sample the table expects', () => {
      const missing = Object.keys(EXPECTED).filter((name) => !samples.includes(name));
      if (!process.env.CI && missing.length > 0) {
        console.warn(`real page samples: ${missing.length} known sample(s) absent: ${missing.join(', ')}`);
      }
      expect(process.env.CI ? missing : [], `absent from ${SAMPLES_DIR}`).toEqual([]);
    });

    it.each(samples.filter((name) => EXPECTED[name]))('%s', (name) => {
      const { url, expected } = EXPECTED[name]!;
      withPage(url, read(name), (doc) => {
        expect(detectMedia(url, doc)).toEqual(expected);
        const adapter = adapterForUrl(url)!;
        if (expected) expect(adapter.anchor(doc), 'an anchor for the control').not.toBeNull();
        const shown = adapter.domId?.(doc) ?? null;
        if (expected && shown !== null) expect(shown).toBe(expected.ids[ownIdKey(expected.site)]);
      });
    });

    it.each(samples.filter((name) => !EXPECTED[name]))(
      '%s (not in the table: checked from its .src.txt)',
      (name) => {
        const url = originalUrl(name);
        expect(url, 'a sample must say where it came from').toBeDefined();
        const media = withPage(url!, read(name), (doc) => detectMedia(url!, doc));
        if (name.includes('NEGATIVE')) expect(media).toBeNull();
        else expect(media?.site).toBe(adapterForUrl(url!)?.id);
      },
    );

    it('keeps a manga page out even at an /anime/ URL (og:type books.book)', () => {
      const name = 'mal-manga-11-naruto-2018-desktop-NEGATIVE.html';
      expect(samples, `${name} is absent from ${SAMPLES_DIR}`).toContain(name);
      expect(
        withPage('https://myanimelist.net/anime/11/', read(name), (doc) =>
          detectMedia('https://myanimelist.net/anime/11/', doc),
        ),
      ).toBeNull();
    });
  },
);
