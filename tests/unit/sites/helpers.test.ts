import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../lib/sites/entities';
import { asInt, asText, parseJson, pick } from '../../../lib/sites/json';
import { firstYear, yearInTitleParens } from '../../../lib/sites/year';

describe('decodeEntities', () => {
  it.each([
    ['Journey&apos;s End', "Journey's End"],
    ['&quot;Doctor Who&quot; Journey&#x27;s End', '"Doctor Who" Journey\'s End'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&#39;quoted&#39;', "'quoted'"],
    ['Amélie &#8211; &ndash;', 'Amélie – –'],
    ['&amp;apos; stays one level', '&apos; stays one level'],
    ['&unknown; &#xFFFFFFF; &#0; &', '&unknown; &#xFFFFFFF; &#0; &'],
  ])('%j → %j', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('years', () => {
  it.each([
    ['The Matrix (1999) - IMDb', 1999],
    ['Doctor Who (TV Series 2005–2022) ⭐ 8.6 | Adventure', 2005],
    ['Doctor Who (Fernsehserie 2005– )', 2005],
    ['"Doctor Who" Journey\'s End (TV Episode 2008) - IMDb', 2008],
    ['Local Legends (Video 2013) ⭐ 7.7 | Comedy', 2013],
    ['Master of None - IMDb', undefined],
    ['Blade Runner 2049 (2017)', 2017],
    ['Room 1408 (no year)', undefined],
  ])('in title parentheses: %j → %s', (text, year) => {
    expect(yearInTitleParens(text)).toBe(year);
  });

  it.each([
    ['Oct 3, 2024 to ?', 2024],
    ['Oct 4, 2006 to Jun 27, 2007', 2006],
    ['(1999)', 1999],
    ['id 80057281 only', undefined],
    ['3000 BC, then 1999', 1999],
    ['', undefined],
  ])('first year in %j → %s', (text, year) => {
    expect(firstYear(text)).toBe(year);
  });
});

describe('json helpers', () => {
  it('parses without throwing', () => {
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseJson('{"a":')).toBeUndefined();
    expect(parseJson(null)).toBeUndefined();
  });

  it('walks own keys only', () => {
    expect(pick({ a: { b: 2 } }, 'a', 'b')).toBe(2);
    expect(pick({ a: [1] }, 'a', '0')).toBeUndefined();
    expect(pick({}, 'constructor')).toBeUndefined();
    expect(pick(JSON.parse('{"__proto__":{"x":1}}'), '__proto__', 'x')).toBe(1);
  });

  it('accepts only clean texts and integers', () => {
    expect(asText('  a \n b ')).toBe('a b');
    expect(asText('   ')).toBeUndefined();
    expect(asText(5)).toBeUndefined();
    expect(asInt('42')).toBe(42);
    expect(asInt(4.5)).toBeUndefined();
    expect(asInt(-1)).toBeUndefined();
    expect(asInt('1e3')).toBeUndefined();
    expect(asInt(Number.MAX_VALUE)).toBeUndefined();
  });
});
