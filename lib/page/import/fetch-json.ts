/** How the page reads Netflix's own JSON: the resolver and the history import take it (tests pass their own). */
export type FetchJson = (url: string) => Promise<unknown>;

/** Netflix's own JSON with the user's cookies; a refused status throws `HTTP <status>`. */
export const fetchJson: FetchJson = async (url) => {
  const response = await fetch(url, { credentials: 'include', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
};
