/**
 * What proves a bundle carries a site's code: the selector strings of its folder's SELECTORS blocks
 * (lib/sites/<site>/*.ts). Every adapter and list part reads the page through them, so a script that
 * holds another site's adapter holds its selectors too. Short or generic selectors (`h1`, `video`,
 * `link[rel="canonical"]`) could appear in any site's code and are left out: a fingerprint names one
 * of the site's own classes, ids or data attributes.
 */
import fs from 'node:fs';
import path from 'node:path';

const MIN_LENGTH = 12;
const SITE_SPECIFIC = /[.#]|\[data-/;

/** The quoted selector values of every `const SELECTORS = { … } as const;` block in a source text. */
export function selectorStrings(text) {
  const blocks = text.matchAll(/const SELECTORS = \{([\s\S]*?)\n\} as const;/g);
  return Array.from(blocks).flatMap((block) =>
    Array.from(block[1].matchAll(/^\s*\w+:\s*'((?:[^'\\]|\\.)*)'/gm), (match) => match[1]),
  );
}

/** Each site folder's distinctive selectors, keyed by site id (the folder's name). */
export function siteFingerprints(sitesDir) {
  const sites = fs.readdirSync(sitesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const all = Object.fromEntries(
    sites.map((site) => {
      const folder = path.join(sitesDir, site.name);
      const texts = fs.readdirSync(folder).map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
      return [
        site.name,
        new Set(
          texts
            .flatMap(selectorStrings)
            .filter((value) => value.length >= MIN_LENGTH && SITE_SPECIFIC.test(value)),
        ),
      ];
    }),
  );
  // A selector two sites share says nothing about either.
  for (const [site, values] of Object.entries(all)) {
    for (const value of values) {
      if (Object.entries(all).some(([other, set]) => other !== site && set.has(value))) values.delete(value);
    }
  }
  return all;
}

/** The site a content script serves, from its name (`netflix-import` → netflix), or undefined. */
export function siteOfScript(name, sites) {
  return sites.find((site) => name === site || name.startsWith(`${site}-`));
}

/**
 * The other sites whose code a content script's bundle holds: for each, the first selector found.
 * The bundler writes strings as it likes (' or " quotes, escapes), so the check looks for the
 * selector's text between any quotes, with its quotes escaped either way.
 */
export function foreignSites(code, ownSite, fingerprints) {
  const found = [];
  for (const [site, values] of Object.entries(fingerprints)) {
    if (site === ownSite) continue;
    const hit = [...values].find((value) => {
      const plain = value.replace(/\\'/g, "'");
      return [plain, plain.replace(/"/g, '\\"')].some((text) => code.includes(text));
    });
    if (hit) found.push({ site, selector: hit });
  }
  return found;
}
