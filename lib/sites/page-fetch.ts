/**
 * A fetch as the page itself makes it, for a service's own JSON on another host of the service
 * (docs/sites.md, Max: what plays; Hulu: what plays): that host answers the page's origin, with its
 * cookies, as it answers the site's web app. Chromium's content-script fetch is the page's already;
 * Firefox's is the extension's, so there the page's own (`content.fetch`) is used.
 */
export function pageFetch(url: string, init: RequestInit): Promise<Response> {
  const page = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return typeof page?.fetch === 'function' ? page.fetch(url, init) : fetch(url, init);
}
