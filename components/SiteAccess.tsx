import { formatList, t } from '../lib/i18n';
import { ACCESS_GROUPS, type AccessGroup } from '../lib/site-access';
import { SITE_ADAPTERS } from '../lib/sites/index';
import { type AccessAnswer, useSiteAccess } from './use-site-access';

const ANSWER_TEXT = {
  asking: 'siteAccessAsking',
  granted: 'siteAccessGranted',
  denied: 'siteAccessDenied',
} as const satisfies Record<AccessAnswer, Parameters<typeof t>[0]>;

const siteNames = (groups: readonly AccessGroup[]) =>
  SITE_ADAPTERS.filter((adapter) => groups.some((group) => group.area === adapter.id)).map(
    (adapter) => adapter.name,
  );

/**
 * The hosts the browser does not let the extension reach, in words, and one button that asks for
 * them again. The popup shows it only when something is missing (or was just granted); the options
 * page (`always`) also says when nothing is.
 */
export function SiteAccess({ always = false }: { always?: boolean }) {
  const { missing, answer, ask } = useSiteAccess();
  if (!missing || (missing.length === 0 && !always && !answer)) return null;
  const sites = siteNames(missing);
  const simkl = missing.some((group) => group.area === 'simkl');
  return (
    <section class="access" data-testid="site-access" aria-labelledby="access-heading">
      <h2 id="access-heading">{t('siteAccessHeading')}</h2>
      {simkl && <p class="error">{t('siteAccessSimklMissing')}</p>}
      {sites.length > 0 && <p class="error">{t('siteAccessSitesMissing', formatList(sites))}</p>}
      {missing.length > 0 && (
        <button type="button" data-action="allow-access" onClick={ask} disabled={answer === 'asking'}>
          {t('siteAccessAllow')}
        </button>
      )}
      {answer ? (
        <p role="status" data-answer={answer}>
          {t(ANSWER_TEXT[answer])}
        </p>
      ) : (
        missing.length === 0 && (
          <p class="muted">{t('siteAccessAll', formatList(siteNames(ACCESS_GROUPS)))}</p>
        )
      )}
    </section>
  );
}
