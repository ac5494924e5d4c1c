/**
 * A dark site whose stylesheet arrives late: the control is placed while the page is parsed
 * (docs/architecture.md, A page visit), before the site's look applies, and must end with the
 * site's dark theme once it does (lib/page/ui/follow-page-theme.ts), not keep the light one it read
 * from the bare page.
 */
import { LATE_STYLESHEET_PARAM } from '../../fixtures/sites/server';
import type { AnyPage } from '../harness/pages';
import { CONTROL_HOST } from '../harness/pages';
import { evaluate } from './extension-pages';
import { eventually } from './slice';

/** Doctor Who's IMDb page: the title sits in IMDb's dark hero. */
export const LATE_STYLESHEET_URL = `https://www.imdb.com/title/tt0436992/?${LATE_STYLESHEET_PARAM}=2000`;

interface ThemeSeen {
  theme: string | null;
  /** Whether the page had loaded, its stylesheet included. */
  loaded: boolean;
}

function themeSeen(page: AnyPage): Promise<ThemeSeen> {
  return evaluate(
    page,
    (selector) => ({
      theme: document.querySelector(selector)?.getAttribute('data-theme') ?? null,
      loaded: document.readyState === 'complete',
    }),
    CONTROL_HOST,
  );
}

/** The control's theme when it first shows, and once the page has loaded with its stylesheet. */
export async function themesAroundALateStylesheet(
  page: AnyPage,
): Promise<{ first: ThemeSeen; last: ThemeSeen }> {
  // Not waiting for the load event: that waits for the stylesheet.
  await page.goto(LATE_STYLESHEET_URL, { waitUntil: 'domcontentloaded' });
  const first = await eventually(
    () => themeSeen(page),
    (seen) => seen.theme !== null,
  );
  // Read as soon as the page has loaded, not waited for: the stylesheet's own load event comes before
  // the document's, and the control reads the page again on it. (Waiting longer would let anything
  // else that places the control anew, a sign-in in another tab, pass for the fix.)
  const last = await eventually(
    () => themeSeen(page),
    (seen) => seen.loaded,
  );
  return { first, last };
}
