import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeTabMedia } from '../../../lib/popup/tab-media';

/** The active tab at `url`, with no content script to answer (a site off, or not ours). */
function tabWithoutScript(url: string) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url } as never]);
  (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = vi.fn(async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
}

describe("the popup's tab media without a content script", () => {
  it('reads a built-in site’s title from the URL', async () => {
    tabWithoutScript('https://www.imdb.com/title/tt0133093/');
    expect((await activeTabMedia()).media).toEqual({ site: 'imdb', ids: { imdb: 'tt0133093' } });
  });

  it('shows no title of an optional site whose script does not run (off): its notice offers Turn on', async () => {
    tabWithoutScript('https://letterboxd.com/film/inception/');
    expect(await activeTabMedia()).toEqual({ media: null, url: 'https://letterboxd.com/film/inception/' });
  });

  it('shows no title of a Trakt tab (the app too) whose script does not run', async () => {
    for (const url of ['https://trakt.tv/movies/inception-2010', 'https://app.trakt.tv/shows/breaking-bad']) {
      tabWithoutScript(url);
      expect(await activeTabMedia(), url).toEqual({ media: null, url });
    }
  });
});
