import { useState } from 'preact/hooks';
import type { MessageKey } from '../lib/i18n';
import { t } from '../lib/i18n';
import { PLAYABLE_SERVICES, SERVICE_NAMES } from '../lib/player/services';
import { SELF_HOSTED_SERVICES, type SelfHostedService } from '../lib/site-access/self-hosted-servers';
import type { AddressProblem } from '../lib/site-access/server-address';
import { type AddAnswer, useSelfHostedServers } from './use-self-hosted-servers';

const PROBLEM_WORDS: Readonly<Record<AddressProblem, MessageKey>> = {
  empty: 'optionsServerProblemEmpty',
  invalid: 'optionsServerProblemInvalid',
  scheme: 'optionsServerProblemScheme',
  path: 'optionsServerProblemPath',
};

/** Jellyfin's player serves Emby's web app too (docs/sites.md, Jellyfin and Emby): one choice for both. */
const serviceName = (service: SelfHostedService) =>
  service === 'jellyfin' ? `${SERVICE_NAMES.jellyfin} / Emby` : SERVICE_NAMES[service];

function Answer({ answer }: { answer?: AddAnswer }) {
  if (!answer) return null;
  if (answer.state === 'asking')
    return (
      <p role="status" data-answer="asking">
        {t('optionsServerAsking')}
      </p>
    );
  const words =
    answer.state === 'denied' ? t('optionsServerDenied', answer.origin) : t(PROBLEM_WORDS[answer.problem]);
  return (
    <p role="status" class="error" data-answer={answer.state}>
      {words}
    </p>
  );
}

/** The services this build has a player for: no address is offered for one that nothing would track. */
const OFFERED = SELF_HOSTED_SERVICES.filter((service) => PLAYABLE_SERVICES.includes(service));

/** The options' own servers: an address typed, asked for from the Add click, listed with Remove. */
export function SelfHostedServers() {
  return OFFERED.length > 0 ? <ServerList /> : null;
}

function ServerList() {
  const { servers, answer, add, remove } = useSelfHostedServers();
  const [service, setService] = useState<SelfHostedService>(OFFERED[0]!);
  const [typed, setTyped] = useState('');
  return (
    <section aria-labelledby="servers-heading" data-testid="self-hosted-servers">
      <h2 id="servers-heading">{t('optionsServersHeading')}</h2>
      <p class="muted">{t('optionsServersIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add(service, typed);
        }}
      >
        <label>
          {t('optionsServerKind')}{' '}
          <select
            data-server-service
            value={service}
            onChange={(event) => setService(event.currentTarget.value as SelfHostedService)}
          >
            {OFFERED.map((option) => (
              <option key={option} value={option}>
                {serviceName(option)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('optionsServerAddress')}{' '}
          <input
            type="url"
            data-server-address
            placeholder="https://plex.example.com:32400"
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" disabled={answer?.state === 'asking'}>
          {t('optionsServerAdd')}
        </button>
      </form>
      <Answer answer={answer} />
      {servers && servers.length > 0 && (
        <ul data-servers>
          {servers.map((server) => (
            <li key={server.origin} data-server={server.origin}>
              {serviceName(server.service)} · {server.origin}{' '}
              <button type="button" onClick={() => remove(server.origin)}>
                {t('optionsServerRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
