import { describe, expect, it } from 'vitest';
import { gzipBytes, weighGroups } from '../../../scripts/lib/weigh-groups';

describe('weighGroups', () => {
  // A repetitive group (compresses well) and a varied one (compresses badly).
  const repetitive = 'abc;'.repeat(500);
  const varied = Array.from({ length: 300 }, (_, index) => `v${(index * 7919) % 1009}é`).join('');
  const code = `${repetitive}${varied}${repetitive}`;
  const spans = [
    { label: 'repetitive', start: 0, end: repetitive.length },
    { label: 'varied', start: repetitive.length, end: repetitive.length + varied.length },
    { label: 'repetitive', start: repetitive.length + varied.length, end: code.length },
  ];
  const rows = weighGroups(code, spans);
  const row = (name: string) => rows.find((candidate) => candidate.name === name);

  it('counts raw UTF-8 bytes per group exactly, heaviest first', () => {
    expect(rows.map((candidate) => candidate.name)).toEqual(['repetitive', 'varied']);
    expect(row('repetitive')?.raw).toBe(2 * repetitive.length);
    expect(row('varied')?.raw).toBe(Buffer.byteLength(varied)); // é is two bytes
  });

  it('shares the gzip size pro rata, adding up to the file', () => {
    const shares = rows.reduce((sum, candidate) => sum + candidate.gzipShare, 0);
    expect(Math.abs(shares - gzipBytes(code))).toBeLessThanOrEqual(rows.length);
  });

  it('says what the gzip size loses without each group', () => {
    expect(row('varied')?.gzipSaved).toBe(gzipBytes(code) - gzipBytes(repetitive + repetitive));
    // The repetitive text compresses to little, so cutting it saves far less than its raw share.
    expect(row('repetitive')?.gzipSaved).toBeLessThan(row('varied')?.gzipSaved ?? 0);
  });
});
