import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthRequest } from '@/utils/francetravail/oauth';
import type { MockServer } from '../../mock/server';
import { admin, mockConfig, REDIRECT_URI, signInToMock, startQuietMock } from '../support/mock-session';

let mock: MockServer;
beforeAll(async () => {
  mock = await startQuietMock();
});
afterAll(() => mock.close());
beforeEach(() => admin(mock, 'reset', {}));

/** An authorize request answered with a code, and what the token endpoint needs to redeem it. */
async function codeFor() {
  await admin(mock, 'config', { autoApprove: true });
  const { url, pending } = await createAuthRequest(mockConfig(mock), REDIRECT_URI);
  const location = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '');
  return { code: location.searchParams.get('code') ?? '', pending, location };
}

function redeem(form: Record<string, string>, realm: string | null = '/individu') {
  const url = new URL(`${mock.url}/connexion/oauth2/access_token`);
  if (realm) url.searchParams.set('realm', realm);
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

const goodForm = (code: string, verifier: string) => ({
  grant_type: 'authorization_code',
  client_id: 'repere-emploi-mock',
  redirect_uri: REDIRECT_URI,
  code,
  code_verifier: verifier,
});

describe('mock France Travail: authorize', () => {
  it('shows a consent page that escapes what it echoes', async () => {
    await admin(mock, 'config', { autoApprove: false });
    const { url } = await createAuthRequest(mockConfig(mock), REDIRECT_URI);
    const hostile = new URL(url);
    hostile.searchParams.set('state', '"><script>alert(1)</script>');
    const page = await (await fetch(hostile)).text();
    expect(page).toContain('id="approve"');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('redirects back with code, state, iss and client_id when approved', async () => {
    const { location, pending } = await codeFor();
    expect(location.origin + location.pathname).toBe(REDIRECT_URI.replace(/\/$/, '/'));
    expect(location.searchParams.get('state')).toBe(pending.state);
    expect(location.searchParams.get('iss')).toBe(`${mock.url}/connexion/oauth2/individu`);
    expect(location.searchParams.get('client_id')).toBe('repere-emploi-mock');
  });

  it('refuses an unknown client or redirect URI without redirecting', async () => {
    const { url } = await createAuthRequest(mockConfig(mock), 'https://evil.example/');
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(400);
    const other = new URL((await createAuthRequest(mockConfig(mock), REDIRECT_URI)).url);
    other.searchParams.set('client_id', 'someone');
    expect((await fetch(other, { redirect: 'manual' })).status).toBe(400);
  });

  it('answers a missing realm or PKCE with an OAuth error', async () => {
    const { url } = await createAuthRequest(mockConfig(mock), REDIRECT_URI);
    const noRealm = new URL(url);
    noRealm.searchParams.delete('realm');
    const location = new URL((await fetch(noRealm, { redirect: 'manual' })).headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('invalid_request');
    const noPkce = new URL(url);
    noPkce.searchParams.delete('code_challenge');
    const location2 = new URL((await fetch(noPkce, { redirect: 'manual' })).headers.get('location') ?? '');
    expect(location2.searchParams.get('error')).toBe('invalid_request');
  });

  it('answers prompt=none with login_required when there is no session', async () => {
    await admin(mock, 'config', { autoApprove: false });
    const { url } = await createAuthRequest(mockConfig(mock), REDIRECT_URI, { silent: true });
    const location = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('login_required');
  });
});

describe('mock France Travail: access_token', () => {
  it('issues tokens for the right verifier, once', async () => {
    const { code, pending } = await codeFor();
    const first = await redeem(goodForm(code, pending.codeVerifier));
    expect(first.status).toBe(200);
    const tokens = (await first.json()) as Record<string, unknown>;
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 1200, nonce: pending.nonce });
    const claims = JSON.parse(
      Buffer.from(String(tokens.id_token).split('.')[1] ?? '', 'base64url').toString(),
    );
    expect(claims).toMatchObject({ aud: 'repere-emploi-mock', nonce: pending.nonce });
    const again = await redeem(goodForm(code, pending.codeVerifier));
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a wrong PKCE verifier', async () => {
    const { code } = await codeFor();
    const wrong = createHash('sha256').update('x').digest('base64url');
    const response = await redeem(goodForm(code, wrong));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error_description: string }).error_description).toMatch(
      /code_verifier/,
    );
  });

  it('refuses realm in the body or missing from the query, another redirect_uri, another client', async () => {
    const a = await codeFor();
    expect((await redeem(goodForm(a.code, a.pending.codeVerifier), null)).status).toBe(400);
    const b = await codeFor();
    expect((await redeem({ ...goodForm(b.code, b.pending.codeVerifier), realm: '/individu' })).status).toBe(
      400,
    );
    const c = await codeFor();
    expect(
      (await redeem({ ...goodForm(c.code, c.pending.codeVerifier), redirect_uri: 'http://127.0.0.1/' }))
        .status,
    ).toBe(400);
    const d = await codeFor();
    expect((await redeem({ ...goodForm(d.code, d.pending.codeVerifier), client_id: 'other' })).status).toBe(
      401,
    );
  });
});

describe('mock France Travail: API', () => {
  it('serves the chosen profile to a valid token, and 401 once it expired', async () => {
    const tokens = await signInToMock(mock, 'empty');
    const url = `${mock.url}/partenaire/peconnect-metiersrecherches/v1/metiersrecherches`;
    const headers = { authorization: `Bearer ${tokens.accessToken}` };
    expect(await (await fetch(url, { headers })).json()).toEqual([]);
    await admin(mock, 'expire-tokens', {});
    expect((await fetch(url, { headers })).status).toBe(401);
    expect((await fetch(url)).status).toBe(401);
  });

  it('records logouts with their id_token hint', async () => {
    await fetch(`${mock.url}/compte/deconnexion?id_token_hint=abc`);
    expect((await admin(mock, 'state')).logouts).toEqual([{ idTokenHint: 'abc' }]);
  });
});
