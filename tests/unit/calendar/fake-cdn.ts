/**
 * A fake data.simkl.in for the calendar tests: files by URL, `Last-Modified` and 304 handling
 * like the CDN, an off switch for "offline", and a record of every request made.
 */

export interface RecordedRequest {
  url: string;
  ifModifiedSince: string | null;
}

export interface FakeFile {
  status?: number;
  body?: unknown;
  /** Raw text instead of JSON, for broken files. */
  text?: string;
  lastModified?: string;
}

export function createFakeCdn(files: Record<string, FakeFile> = {}) {
  const requests: RecordedRequest[] = [];
  const state = { offline: false };
  const fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    const ifModifiedSince = new Headers(init?.headers).get('If-Modified-Since');
    requests.push({ url, ifModifiedSince });
    if (state.offline) throw new TypeError('Failed to fetch');
    const file = files[url];
    if (!file) return new Response('not found', { status: 404 });
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (file.lastModified) headers['Last-Modified'] = file.lastModified;
    if (ifModifiedSince && file.lastModified === ifModifiedSince) {
      return new Response(null, { status: 304, headers });
    }
    return new Response(file.text ?? JSON.stringify(file.body), { status: file.status ?? 200, headers });
  };
  return { fetch, files, requests, state };
}

export const V2 = (kind: string) => `https://data.simkl.in/calendar/v2/${kind}.json`;
export const V1 = (kind: string) => `https://data.simkl.in/calendar/${kind}.json`;

/** A v2 file: rows plus the metadata of every id they mention. */
export function v2File(
  rows: Array<{ simkl: number | string; date: string; season?: number; episode?: number; title?: string }>,
  titles: Record<number, string>,
) {
  return {
    calendar: rows.map((row) => ({
      simkl_id: row.simkl,
      date: row.date,
      finale_type: null,
      ...(row.episode === undefined
        ? {}
        : {
            episode: { season: row.season, episode: row.episode, title: row.title, runtime: 24, url: '/x' },
          }),
    })),
    metadata: Object.fromEntries(
      Object.entries(titles).map(([id, title]) => [
        id,
        { title, poster: `${id}/poster${id}`, ids: { simkl_id: Number(id) }, release_date: '2024-01-01' },
      ]),
    ),
  };
}
