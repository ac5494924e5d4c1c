/**
 * Which source file each part of a bundled file came from, read off its source map. A mapping owns
 * the generated text from its position up to the next mapping, across line breaks (a multi-line
 * template literal, such as a stylesheet, has mappings only on its first line). Text before the first
 * mapping and mappings without a source (Rolldown marks its runtime and wrappers so) belong to no
 * source: the bundler's glue. Spans are UTF-16 offsets into the code, adjacent ones merged per source.
 */
import { type RawSourceMap, SourceMapConsumer } from 'source-map-js';

export interface Span {
  source: string | null;
  start: number;
  end: number;
}

interface Point {
  offset: number;
  source: string | null;
}

function lineStarts(code: string): number[] {
  const starts = [0];
  for (let index = code.indexOf('\n'); index !== -1; index = code.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return starts;
}

function mappingPoints(code: string, map: RawSourceMap): Point[] {
  const starts = lineStarts(code);
  const points: Point[] = [];
  new SourceMapConsumer(map).eachMapping(({ generatedLine, generatedColumn, source }) => {
    const start = starts[generatedLine - 1];
    if (start === undefined) return;
    const lineEnd = (starts[generatedLine] ?? code.length + 1) - 1;
    points.push({ offset: Math.min(start + generatedColumn, lineEnd), source: source ?? null });
  });
  return points.sort((a, b) => a.offset - b.offset);
}

export function spansBySource(code: string, map: RawSourceMap): Span[] {
  const spans: Span[] = [];
  const add = (source: string | null, start: number, end: number): void => {
    if (end <= start) return;
    const last = spans.at(-1);
    if (last && last.source === source && last.end === start) last.end = end;
    else spans.push({ source, start, end });
  };
  const points = mappingPoints(code, map);
  add(null, 0, points[0]?.offset ?? code.length);
  points.forEach((point, index) => {
    add(point.source, point.offset, points[index + 1]?.offset ?? code.length);
  });
  return spans;
}
