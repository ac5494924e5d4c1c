export function selectorStrings(text: string): string[];
export function siteFingerprints(sitesDir: string): Record<string, Set<string>>;
export function siteOfScript(name: string, sites: string[]): string | undefined;
export function foreignSites(
  code: string,
  ownSite: string,
  fingerprints: Record<string, Set<string>>,
): { site: string; selector: string }[];
