import { describe, expect, it } from 'vitest';
import { netflix } from '../../../lib/sites/netflix';
import { readFixture } from '../../fixtures/sites/pages';
import { edit, parseHtml, withPage } from './load-page';

const WATCH = readFixture('netflix/watch-81649856-delicious-in-dungeon.html');
const TITLE = readFixture('netflix/title-80057281-stranger-things.html');

describe('Netflix', () => {
  it('never states a kind: the page cannot tell a show from a film', () => {
    const pages: [string, string][] = [
      ['https://www.netflix.com/title/80057281', TITLE],
      ['https://www.netflix.com/watch/81649856', WATCH],
    ];
    for (const [url, html] of pages) {
      const media = netflix.detect(url, parseHtml(html));
      expect(media?.kind).toBeUndefined();
      expect(media?.ids.netflix).toMatch(/^\d+$/);
    }
  });

  it('follows an open modal (?jbv=) over the page behind it', () => {
    const media = netflix.detect('https://www.netflix.com/title/80057281?jbv=20557937', parseHtml('<p></p>'));
    expect(media).toEqual({ site: 'netflix', ids: { netflix: '20557937' } });
  });

  it('reads the player title from the controls, else the paused overlay', () => {
    const controlsOnly = edit(WATCH, /<div data-uia="evidence-overlay">[\s\S]*?<\/div>/, '');
    expect(netflix.detect('https://www.netflix.com/watch/81649856', parseHtml(controlsOnly))?.title).toBe(
      'Delicious in Dungeon',
    );
    const overlayOnly = edit(WATCH, /<div data-uia="video-title">[\s\S]*?<\/div>/, '');
    expect(netflix.detect('https://www.netflix.com/watch/81649856', parseHtml(overlayOnly))?.title).toBe(
      'Delicious in Dungeon',
    );
  });

  it('reads a logged-out title page from its heading or JSON-LD', () => {
    const doc = parseHtml(
      '<head><script type="application/ld+json">{"@type":"TVSeries","name":"Dark"}</script></head>',
    );
    expect(netflix.detect('https://www.netflix.com/de/title/80100172', doc)).toEqual({
      site: 'netflix',
      ids: { netflix: '80100172' },
      title: 'Dark',
    });
    const heading = parseHtml('<h1 class="title-title" data-uia="title-info-title">Dark</h1>');
    expect(netflix.detect('https://www.netflix.com/title/80100172', heading)?.title).toBe('Dark');
  });

  it("reports the player's video id only on /watch pages", () => {
    expect(withPage('https://www.netflix.com/watch/81649856', WATCH, (doc) => netflix.domId?.(doc))).toBe(
      '81649856',
    );
    // The next episode started: the URL moved on, the player still shows the previous id.
    expect(withPage('https://www.netflix.com/watch/81649857', WATCH, (doc) => netflix.domId?.(doc))).toBe(
      '81649856',
    );
    // A player left behind under a browse page says nothing about the modal's title.
    expect(withPage('https://www.netflix.com/browse?jbv=1', WATCH, (doc) => netflix.domId?.(doc))).toBeNull();
  });

  it("anchors in the modal's title treatment, else at the modal, else the player title, else nothing", () => {
    expect(netflix.anchor(parseHtml(TITLE))?.classList.contains('previewModal--player-titleTreatment')).toBe(
      true,
    );
    const bareModal = parseHtml('<div class="previewModal--container"><p>loading</p></div>');
    expect(netflix.anchor(bareModal)?.className).toBe('previewModal--container');
    expect(netflix.anchor(parseHtml(WATCH))?.getAttribute('data-uia')).toBe('video-title');
    expect(netflix.anchor(parseHtml(readFixture('netflix/browse-negative.html')))).toBeNull();
  });
});
