import { createHash, createPublicKey, type JsonWebKey as NodeJwk, verify } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { completeAuthRequest, createAuthRequest } from '@/utils/francetravail/oauth';
import { MOCK_PROFILES } from '../../mock/profiles';
import { type MockServer, startMockServer } from '../../mock/server';
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

describe('mock France Travail: which client asked', () => {
  it('records the client_id of every authorize and token request, refused ones too, until reset', async () => {
    await admin(mock, 'config', { clientId: 'PAR_monappli_0123abcd' });
    const config = { ...mockConfig(mock), clientId: 'PAR_monappli_0123abcd' };
    const { url, pending } = await createAuthRequest(config, REDIRECT_URI);
    const location = (await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '';
    await completeAuthRequest(config, pending, location);
    const refused = await createAuthRequest(mockConfig(mock), REDIRECT_URI);
    expect((await fetch(refused.url, { redirect: 'manual' })).status).toBe(400);
    expect((await admin(mock, 'state')).clientIds).toEqual({
      authorize: ['PAR_monappli_0123abcd', 'repere-emploi-mock'],
      token: ['PAR_monappli_0123abcd'],
    });
    await admin(mock, 'reset', {});
    expect((await admin(mock, 'state')).clientIds).toEqual({ authorize: [], token: [] });
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

/** The authorize query of a fresh request, as the consent form sends it back. */
async function consentForm(extra: Record<string, string>) {
  await admin(mock, 'config', { autoApprove: false });
  const { url, pending } = await createAuthRequest(mockConfig(mock), REDIRECT_URI);
  const form = new URLSearchParams(new URL(url).searchParams);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  const answer = await fetch(`${mock.url}/connexion/oauth2/authorize/decision`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
  return { answer, pending, location: new URL(answer.headers.get('location') ?? '') };
}

const metiersUrl = () => `${mock.url}/partenaire/peconnect-metiersrecherches/v1/metiersrecherches`;

describe('mock France Travail: consent', () => {
  it('lists every profile on the consent page', async () => {
    await admin(mock, 'config', { autoApprove: false });
    const { url } = await createAuthRequest(mockConfig(mock), REDIRECT_URI);
    const page = await (await fetch(url)).text();
    for (const profile of MOCK_PROFILES) expect(page).toContain(`value="${profile.id}"`);
    expect(page).toContain('id="deny"');
  });

  it('sends access_denied with the state when the person refuses', async () => {
    const { location, pending } = await consentForm({ decision: 'deny' });
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe(pending.state);
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('serves the profile chosen on the consent page', async () => {
    const { location, pending } = await consentForm({ decision: 'approve', profile: 'ef' });
    const tokens = await completeAuthRequest(mockConfig(mock), pending, location.href);
    const answer = await fetch(metiersUrl(), { headers: { authorization: `Bearer ${tokens.accessToken}` } });
    expect(await answer.json()).toEqual(MOCK_PROFILES.find((p) => p.id === 'ef')?.answer);
  });

  it('signs in silently with prompt=none while the session lasts, not after logout', async () => {
    const { answer } = await consentForm({ decision: 'approve', profile: 'empty' });
    const sessionCookie = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(sessionCookie).toMatch(/^ft_mock_session=.+/);
    const silent = async () => {
      const { url } = await createAuthRequest(mockConfig(mock), REDIRECT_URI, { silent: true });
      const back = await fetch(url, { redirect: 'manual', headers: { cookie: sessionCookie } });
      return new URL(back.headers.get('location') ?? '').searchParams;
    };
    expect((await silent()).get('code')).toBeTruthy();
    const logout = await fetch(
      `${mock.url}/compte/deconnexion?id_token_hint=x&redirect_uri=${REDIRECT_URI}`,
      {
        redirect: 'manual',
        headers: { cookie: sessionCookie },
      },
    );
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toBe(REDIRECT_URI);
    expect(logout.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await silent()).get('error')).toBe('login_required');
  });

  it('auto-approves one request with autoApprove=1', async () => {
    await admin(mock, 'config', { autoApprove: false });
    const { url } = await createAuthRequest(mockConfig(mock), REDIRECT_URI);
    const auto = new URL(url);
    auto.searchParams.set('autoApprove', '1');
    const back = await fetch(auto, { redirect: 'manual' });
    expect(new URL(back.headers.get('location') ?? '').searchParams.get('code')).toBeTruthy();
  });

  it('refuses a wrong scope or response_type', async () => {
    const { url } = await createAuthRequest(mockConfig(mock), REDIRECT_URI);
    const errorOf = async (key: string, value: string) => {
      const changed = new URL(url);
      changed.searchParams.set(key, value);
      const back = await fetch(changed, { redirect: 'manual' });
      return new URL(back.headers.get('location') ?? '').searchParams.get('error');
    };
    expect(await errorOf('scope', 'openid profile')).toBe('invalid_scope');
    expect(await errorOf('response_type', 'token')).toBe('unsupported_response_type');
    expect(await errorOf('code_challenge_method', 'plain')).toBe('invalid_request');
    expect(await errorOf('realm', '/agent')).toBe('invalid_request');
  });
});

describe('mock France Travail: tokens', () => {
  it('refuses an expired code', async () => {
    await admin(mock, 'config', { codeTtlSeconds: 0 });
    const { code, pending } = await codeFor();
    const response = await redeem(goodForm(code, pending.codeVerifier));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses another grant type and a JSON body', async () => {
    const { code, pending } = await codeFor();
    const refresh = await redeem({ ...goodForm(code, pending.codeVerifier), grant_type: 'refresh_token' });
    expect(await refresh.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const asJson = await fetch(`${mock.url}/connexion/oauth2/access_token?realm=%2Findividu`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(goodForm(code, pending.codeVerifier)),
    });
    expect(asJson.status).toBe(400);
  });

  it('issues tokens with the configured lifetime and an id_token signed by the published key', async () => {
    await admin(mock, 'config', { tokenTtl: 90 });
    const { code, pending } = await codeFor();
    const tokens = (await (await redeem(goodForm(code, pending.codeVerifier))).json()) as {
      expires_in: number;
      id_token: string;
    };
    expect(tokens.expires_in).toBe(90);
    const [header, payload, signature] = tokens.id_token.split('.');
    const jwks = (await (await fetch(`${mock.url}/connexion/oauth2/jwks`)).json()) as { keys: NodeJwk[] };
    const key = createPublicKey({ key: jwks.keys[0] as NodeJwk, format: 'jwk' });
    expect(
      verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature ?? '', 'base64url')),
    ).toBe(true);
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, number>;
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(90);
  });
});

describe('mock France Travail: userinfo, admin, logs', () => {
  it('answers userinfo for a valid token only', async () => {
    const tokens = await signInToMock(mock, 'demo');
    const url = `${mock.url}/partenaire/peconnect-individu/v1/userinfo`;
    const person = await (
      await fetch(url, { headers: { authorization: `Bearer ${tokens.accessToken}` } })
    ).json();
    expect(Object.keys(person as object).sort()).toEqual([
      'email',
      'family_name',
      'gender',
      'given_name',
      'sub',
    ]);
    expect((await fetch(url)).status).toBe(401);
  });

  it('refuses an admin body that is not a JSON object', async () => {
    const answer = await fetch(`${mock.url}/__mock/faults`, { method: 'POST', body: '{"metiers": [' });
    expect(answer.status).toBe(400);
    const list = await fetch(`${mock.url}/__mock/config`, { method: 'POST', body: '[1]' });
    expect(list.status).toBe(400);
  });

  it('consumes one queued fault per request and keeps a sticky one', async () => {
    const tokens = await signInToMock(mock, 'demo');
    const get = () => fetch(metiersUrl(), { headers: { authorization: `Bearer ${tokens.accessToken}` } });
    await admin(mock, 'faults', { metiers: [{ status: 500 }, { status: 429, retryAfter: 7 }] });
    expect((await get()).status).toBe(500);
    const limited = await get();
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await get()).status).toBe(200);
    await admin(mock, 'faults', { metiers: [{ body: 'malformed', sticky: true }] });
    const bodies = [await (await get()).text(), await (await get()).text()];
    for (const body of bodies) expect(() => JSON.parse(body)).toThrow();
    await admin(mock, 'faults', { clear: true });
    expect((await get()).status).toBe(200);
  });

  it('logs what was asked, never a token, a code or a verifier', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    });
    const loud = await startMockServer({ port: 0, config: { autoApprove: true } });
    try {
      const tokens = await signInToMock(loud, 'demo');
      await fetch(`${loud.url}/partenaire/peconnect-metiersrecherches/v1/metiersrecherches`, {
        headers: { authorization: `Bearer ${tokens.accessToken}` },
      });
      await fetch(`${loud.url}/compte/deconnexion?id_token_hint=${tokens.idToken}`);
      const log = lines.join('\n');
      expect(log).toContain('métiers recherchés served');
      expect(log).not.toContain(tokens.accessToken);
      expect(log).not.toContain(tokens.idToken ?? 'no id token');
    } finally {
      spy.mockRestore();
      await loud.close();
    }
  });
});
