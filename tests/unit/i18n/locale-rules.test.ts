import { describe, expect, it } from 'vitest';
import { asCatalog, type Catalog } from './locale-checks';
import { LOCALE_RULES, messageTokens } from './locale-rules';

/** The rules run on the real files in locales.test.ts; here each one must catch its own mistake. */
const english: Catalog = {
  extName: { message: 'Simkl' },
  greeting: { message: 'Hi $NAME$', placeholders: { name: { content: '$1' } } },
  progress: {
    message: '$WATCHED$ of $TOTAL$',
    placeholders: { watched: { content: '$1' }, total: { content: '$2' } },
  },
};

const rule = (name: string) => LOCALE_RULES.find((candidate) => candidate.name.startsWith(name))!;

describe('locale rules', () => {
  it('accept English checked against itself', () => {
    expect(LOCALE_RULES.flatMap((each) => each.problems(english, english))).toEqual([]);
  });

  it.each([
    ['has every key', { extName: english.extName!, greeting: english.greeting! }, ['progress: missing']],
    ['has no key', { ...english, farewell: { message: 'Bye' } }, ['farewell: not in English']],
    [
      'uses the same',
      {
        ...english,
        greeting: { message: 'Hallo $NAME$ $USER$', placeholders: english.greeting!.placeholders },
      },
      ['greeting: uses [name,user] where English uses [name]', 'greeting: [user] have no placeholder'],
    ],
    [
      'keeps the placeholders',
      {
        ...english,
        progress: {
          message: '$WATCHED$ von $TOTAL$',
          placeholders: { watched: { content: '$2' }, total: { content: '$1' } },
        },
      },
      ['progress: placeholders [total=$1,watched=$2], English has [total=$2,watched=$1]'],
    ],
    ['has no empty', { ...english, extName: { message: '  ' } }, ['extName: empty message']],
    ['fits the store', { ...english, extName: { message: 'S'.repeat(76) } }, ['extName: 76 characters']],
  ] as [string, Catalog, string[]][])('"%s" reports its mistake', (name, catalog, expected) => {
    expect(rule(name).problems(catalog, english)).toEqual(
      expected.map((start) => expect.stringContaining(start)),
    );
  });

  it('reads tokens without regard to case and once each', () => {
    expect(messageTokens('$Episode$, then $EPISODE$ and $when$')).toEqual(['episode', 'when']);
  });

  it('refuses a catalog whose message is not a string', () => {
    expect(asCatalog({ extName: { message: 3 } })).toEqual({
      ok: false,
      problems: ['extName: message is not a string'],
    });
    expect(asCatalog([])).toMatchObject({ ok: false });
  });
});
