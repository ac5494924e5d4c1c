/**
 * What each group of a bundle's sources weighs. Raw bytes are exact (UTF-8 bytes of the minified text
 * each source owns). Gzip does not split by source, so two estimates are given: `gzipShare`, the file's
 * gzip -9 size shared out pro rata to raw bytes (the shares add up to the file), and `gzipSaved`, what
 * the file's gzip -9 size would lose without that group's text (what cutting it would save at most).
 */
import zlib from 'node:zlib';

export interface GroupWeight {
  name: string;
  raw: number;
  gzipShare: number;
  gzipSaved: number;
}

export function gzipBytes(text: string): number {
  return zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
}

/** A stretch of the code, labelled with the group (file or area) it counts towards. */
export interface LabelledSpan {
  label: string;
  start: number;
  end: number;
}

export function weighGroups(code: string, spans: LabelledSpan[]): GroupWeight[] {
  const totalRaw = Buffer.byteLength(code, 'utf8');
  const totalGzip = gzipBytes(code);
  const groups = new Map<string, LabelledSpan[]>();
  for (const span of spans) {
    const list = groups.get(span.label);
    if (list) list.push(span);
    else groups.set(span.label, [span]);
  }
  const rows = [...groups].map(([name, own]) => {
    const raw = own.reduce((sum, span) => sum + Buffer.byteLength(code.slice(span.start, span.end)), 0);
    const without = spans
      .filter((span) => span.label !== name)
      .map((span) => code.slice(span.start, span.end))
      .join('');
    return {
      name,
      raw,
      gzipShare: totalRaw === 0 ? 0 : Math.round((raw / totalRaw) * totalGzip),
      gzipSaved: totalGzip - gzipBytes(without),
    };
  });
  return rows.sort((a, b) => b.raw - a.raw);
}
