/**
 * The browser side of sign-in on simkl.com: the consent pages `/oauth/authorize` (V1: PKCE optional,
 * denial sends the user to simkl.com/) and `/oauth2/authorize` (V2: PKCE S256 mandatory, `iss` added,
 * denial → error=access_denied), and the `/pin` page where the signed-in web user types a code.
 * Consent 'auto' redirects at once; 'click' shows #approve / #deny.
 */
import { randomToken } from '../auth-store';
import { escapeHtml, html, json, type Reply, type RequestInfo, redirect, str } from '../http';
import type { PendingConsent, ServiceState } from '../state';
import { parseScope } from './oauth-v2';
import { bodyObject } from './write-helpers';

const ISSUER = 'https://simkl.com';

function page(title: string, content: string, status = 200): Reply {
  const markup = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Simkl</title></head><body><main>${content}</main></body></html>`;
  return html(status, markup, { 'cache-control': 'no-store' });
}

function withParams(base: string, params: Record<string, string | undefined>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

function approve(state: ServiceState, consent: PendingConsent): Reply {
  const code = state.auth.newCode({
    clientId: consent.clientId,
    userId: state.webUserId,
    redirectUri: consent.redirectUri,
    challenge: consent.challenge,
    method: consent.method,
    scope: consent.scope,
  });
  const iss = consent.mode === 'v2' ? ISSUER : undefined;
  return redirect(withParams(consent.redirectUri, { code, state: consent.state, iss }));
}

function deny(consent: PendingConsent): Reply {
  // V1 has no error redirect: the user simply lands on simkl.com (docs/simkl-api.md, AUTH V1).
  if (consent.mode === 'v1') return redirect(`${ISSUER}/`);
  return redirect(
    withParams(consent.redirectUri, { error: 'access_denied', state: consent.state, iss: ISSUER }),
  );
}

function consentPage(state: ServiceState, consent: PendingConsent): Reply {
  if (state.settings.consent === 'auto') return approve(state, consent);
  const id = randomToken(12);
  state.pendingConsents.set(id, consent);
  const app = state.auth.clients.get(consent.clientId)?.name ?? consent.clientId;
  const user = state.users.get(state.webUserId)?.name ?? 'you';
  return page(
    'Connect app',
    `<h1>Allow ${escapeHtml(app)} to use your Simkl account?</h1><p>Signed in as <b>${escapeHtml(user)}</b>.</p>` +
      `<form method="post" action="/oauth/decision"><input type="hidden" name="request" value="${id}">` +
      '<button id="approve" type="submit" name="decision" value="approve">Allow</button> ' +
      '<button id="deny" type="submit" name="decision" value="deny">Deny</button></form>',
  );
}

export function authorize(state: ServiceState, info: RequestInfo, mode: 'v1' | 'v2'): Reply {
  const q = info.query;
  const client = state.auth.clients.get(q.client_id ?? '');
  if (!client) return page('Unknown app', '<h1>invalid_client</h1><p>This app is not registered.</p>', 400);
  if (client.mode !== mode) {
    return json(400, {
      error: 'unauthorized_client',
      message: `This app uses AUTH ${client.mode.toUpperCase()}`,
    });
  }
  if (!q.redirect_uri || !client.redirectUris.includes(q.redirect_uri)) {
    return page(
      'Redirect refused',
      '<h1>redirect_failed</h1><p>The redirect_uri is not registered.</p>',
      403,
    );
  }
  if (q.response_type !== 'code') {
    if (mode === 'v1') return page('Bad request', '<h1>response_type must be code</h1>', 400);
    return redirect(
      withParams(q.redirect_uri, { error: 'unsupported_response_type', state: q.state, iss: ISSUER }),
    );
  }
  const method = q.code_challenge
    ? (q.code_challenge_method ?? (mode === 'v1' ? 'S256' : undefined))
    : undefined;
  if (mode === 'v2' && (!q.code_challenge || method !== 'S256')) {
    const description = 'PKCE with code_challenge_method=S256 is required';
    return redirect(
      withParams(q.redirect_uri, {
        error: 'invalid_request',
        error_description: description,
        state: q.state,
        iss: ISSUER,
      }),
    );
  }
  if (method && method !== 'S256' && method !== 'plain')
    return page('Bad request', '<h1>Unknown code_challenge_method</h1>', 400);
  const scope = mode === 'v1' ? 'public' : parseScope(q.scope);
  if (!scope)
    return redirect(withParams(q.redirect_uri, { error: 'invalid_scope', state: q.state, iss: ISSUER }));
  return consentPage(state, {
    mode,
    clientId: client.id,
    redirectUri: q.redirect_uri,
    state: q.state,
    scope,
    challenge: q.code_challenge,
    method,
  });
}

export function decision(state: ServiceState, info: RequestInfo): Reply {
  const body = bodyObject(info.body);
  const id = str(body.request) ?? '';
  const consent = state.pendingConsents.get(id);
  if (!consent) return page('Expired', '<h1>This request expired</h1>', 400);
  state.pendingConsents.delete(id);
  return body.decision === 'approve' ? approve(state, consent) : deny(consent);
}

/** The code-entry page: a V1 PIN (5 characters) or a V2 device user code (XXXX-YYYY). */
export function pinPage(info: RequestInfo): Reply {
  const fromPath = /^\/pin\/([^/]+)$/.exec(info.path)?.[1];
  const code = escapeHtml(info.query.code ?? (fromPath ? decodeURIComponent(fromPath) : ''));
  return page(
    'Enter code',
    '<h1>Connect a device</h1><form method="post" action="/pin/"><label>Code <input id="code" name="code" autocomplete="off" ' +
      `value="${code}"></label> <button id="approve" type="submit" name="decision" value="approve">Connect</button> ` +
      '<button id="deny" type="submit" name="decision" value="deny">Deny</button></form>',
  );
}

export function pinSubmit(state: ServiceState, info: RequestInfo): Reply {
  const body = bodyObject(info.body);
  const record = state.auth.findPin(str(body.code) ?? '');
  if (!record || record.consumed || record.expiresMs <= state.now()) {
    return page('Code not found', '<h1 id="result">Code not found or expired</h1>', 404);
  }
  if (body.decision === 'deny') {
    record.denied = true;
    return page('Denied', '<h1 id="result">Access denied</h1>');
  }
  record.approvedUserId = state.webUserId;
  if (record.redirect) return redirect(record.redirect);
  return page('Connected', '<h1 id="result">Device connected</h1><p>You can return to the app.</p>');
}
