import { afterEach, describe, expect, it } from 'vitest';
import { linkTextIn, readLinkText, type ScriptingApi } from '../../../lib/background/context-menu/link-text';

const FILM = 'https://www.imdb.com/title/tt0111161/?ref_=chttp_t_1';

afterEach(() => {
  document.body.replaceChildren();
});

function page(html: string): void {
  document.body.innerHTML = html;
}

describe('linkTextIn (run in the clicked frame)', () => {
  it('answers the words of the link whose address is exactly the clicked one, whitespace folded', () => {
    page(`<a href="${FILM.replace('t_1', 'i_1')}">Poster</a>
      <a href="${FILM}"><h3>1.
        The Shawshank   Redemption</h3></a>`);
    expect(linkTextIn(FILM)).toBe('1. The Shawshank Redemption');
  });

  it('takes a wordless link’s label or image alt, and skips links with no words at all', () => {
    page(`<a href="${FILM}"></a><a href="${FILM}"><img alt="The Shawshank Redemption poster"></a>`);
    expect(linkTextIn(FILM)).toBe('The Shawshank Redemption poster');
    page(`<a href="${FILM}" aria-label="View The Shawshank Redemption"></a>`);
    expect(linkTextIn(FILM)).toBe('View The Shawshank Redemption');
  });

  it('answers nothing once the page has moved the link to another address', () => {
    page(`<a href="https://www.imdb.com/title/tt0068646/">The Shawshank Redemption</a>`);
    expect(linkTextIn(FILM)).toBe('');
  });
});

function scripting(answer: () => Promise<Array<{ result?: unknown }>>) {
  const calls: unknown[] = [];
  const api: ScriptingApi = {
    executeScript: (injection) => {
      calls.push({ target: injection.target, args: injection.args, func: injection.func });
      return answer();
    },
  };
  return { api, calls };
}

describe('readLinkText', () => {
  it('runs linkTextIn in the clicked frame of the tab, with the clicked address', async () => {
    const { api, calls } = scripting(async () => [{ result: 'The Shawshank Redemption' }]);
    expect(await readLinkText(api, 7, 3, FILM)).toBe('The Shawshank Redemption');
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, args: [FILM], func: linkTextIn }]);
  });

  it('leaves the text out when the frame cannot be read, answers no words or something else', async () => {
    expect(await readLinkText(scripting(() => Promise.reject(new Error('no access'))).api, 7, 0, FILM)).toBe(
      undefined,
    );
    expect(await readLinkText(scripting(async () => [{ result: '' }]).api, 7, 0, FILM)).toBe(undefined);
    expect(await readLinkText(scripting(async () => [{ result: { text: 'x' } }]).api, 7, 0, FILM)).toBe(
      undefined,
    );
    expect(await readLinkText(scripting(async () => []).api, 7, 0, FILM)).toBe(undefined);
    expect(await readLinkText(undefined, 7, 0, FILM)).toBe(undefined);
  });

  it('does not wait for a frame that never answers', async () => {
    const never = scripting(() => new Promise(() => undefined));
    expect(await readLinkText(never.api, 7, 0, FILM, 20)).toBe(undefined);
  });
});
