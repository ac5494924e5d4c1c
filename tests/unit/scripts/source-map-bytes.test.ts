import { type RawSourceMap, SourceMapGenerator } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import { spansBySource } from '../../../scripts/lib/source-map-bytes';

type Mark = { line: number; column: number; source?: string };

/** A map whose mappings start at `marks` (generated positions; no source = an unmapped segment). */
function mapOf(marks: Mark[]): RawSourceMap {
  const generator = new SourceMapGenerator({ file: 'out.js' });
  for (const { line, column, source } of marks) {
    generator.addMapping(
      source
        ? { generated: { line, column }, original: { line: 1, column: 0 }, source }
        : { generated: { line, column } },
    );
  }
  return JSON.parse(generator.toString()) as RawSourceMap;
}

const text = (code: string, spans: ReturnType<typeof spansBySource>) =>
  spans.map(({ source, start, end }) => [source, code.slice(start, end)]);

describe('spansBySource', () => {
  it('gives each mapping the text up to the next one, and unmapped segments to no source', () => {
    const code = 'AAAbbbCC';
    const map = mapOf([
      { line: 1, column: 0, source: 'a.ts' },
      { line: 1, column: 3, source: 'b.ts' },
      { line: 1, column: 6 },
    ]);
    expect(text(code, spansBySource(code, map))).toEqual([
      ['a.ts', 'AAA'],
      ['b.ts', 'bbb'],
      [null, 'CC'],
    ]);
  });

  it('counts the text before the first mapping as glue', () => {
    const code = 'var x=1;AAA';
    const map = mapOf([{ line: 1, column: 8, source: 'a.ts' }]);
    expect(text(code, spansBySource(code, map))).toEqual([
      [null, 'var x=1;'],
      ['a.ts', 'AAA'],
    ]);
  });

  it('keeps a multi-line template literal with the source that started it', () => {
    const code = 'css=`\n:host{}\n.a{}`;BB';
    const map = mapOf([
      { line: 1, column: 0, source: 'styles.ts' },
      { line: 3, column: 6, source: 'b.ts' },
    ]);
    expect(text(code, spansBySource(code, map))).toEqual([
      ['styles.ts', 'css=`\n:host{}\n.a{}`;'],
      ['b.ts', 'BB'],
    ]);
  });

  it('merges neighbouring mappings of one source and covers every character once', () => {
    const code = 'aaabbbaaa';
    const map = mapOf([
      { line: 1, column: 0, source: 'a.ts' },
      { line: 1, column: 2, source: 'a.ts' },
      { line: 1, column: 3, source: 'b.ts' },
      { line: 1, column: 6, source: 'a.ts' },
    ]);
    const spans = spansBySource(code, map);
    expect(text(code, spans)).toEqual([
      ['a.ts', 'aaa'],
      ['b.ts', 'bbb'],
      ['a.ts', 'aaa'],
    ]);
    expect(spans.reduce((sum, span) => sum + span.end - span.start, 0)).toBe(code.length);
  });
});
