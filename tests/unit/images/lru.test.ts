import { describe, expect, it } from 'vitest';
import { type IndexEntry, pickEvictions } from '../../../lib/images/lru';

const entry = (url: string, bytes: number, lastUsed: number): IndexEntry => ({ url, bytes, lastUsed });

describe('pickEvictions', () => {
  const entries = [entry('c', 30, 3), entry('a', 30, 1), entry('d', 30, 4), entry('b', 30, 2)];

  it('drops nothing while the total fits', () => {
    expect(pickEvictions(entries, 120)).toEqual([]);
  });

  it('drops least recently used first, only as many as needed', () => {
    expect(pickEvictions(entries, 90)).toEqual(['a']);
    expect(pickEvictions(entries, 59)).toEqual(['a', 'b', 'c']);
  });

  it('never drops the entry being kept', () => {
    expect(pickEvictions(entries, 60, 'a')).toEqual(['b', 'c']);
  });
});
