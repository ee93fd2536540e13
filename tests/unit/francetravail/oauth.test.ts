import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resolveFranceTravailConfig } from '@/utils/francetravail/config';
import { FranceTravailError } from '@/utils/francetravail/errors';
import {
  completeAuthRequest,
  createAuthRequest,
  logoutUrl,
  PENDING_AUTH_MAX_AGE_MS,
  type PendingAuth,
} from '@/utils/francetravail/oauth';

const config = resolveFranceTravailConfig({ FT_CLIENT_ID: 'PAR_test_client' });
const REDIRECT = 'https://hinmapnmlbkjhijjfcfhienpnkfipcbk.chromiumapp.org/';
const NOW = Date.parse('2026-11-29T10:00:00Z');

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

function idToken(claims: Record<string, unknown>): string {
  // The code flow reads the id_token from the token endpoint over TLS: its claims are checked, not its signature.
  return `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.${base64url('sig')}`;
}

function tokenAnswer(
  pending: PendingAuth,
  overrides: { nonce?: string; claims?: Record<string, unknown> } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const nonce = overrides.nonce ?? pending.nonce;
  return {
    access_token: 'access-123',
    token_type: 'Bearer',
    expires_in: 1200,
    scope: config.scopes.join(' '),
    nonce,
    id_token: idToken({
      iss: config.issuer,
      aud: config.clientId,
      sub: 'fake-subject',
      iat: now,
      exp: now + 1200,
      nonce,
      ...overrides.claims,
    }),
  };
}

/** A token endpoint that records what it was sent and answers `body`. */
function fakeTokenEndpoint(body: unknown, status = 200) {
  const calls: Array<{ url: string; body: URLSearchParams }> = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      url: String(input instanceof Request ? input.url : input),
      body: new URLSearchParams(String(init?.body)),
    });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchFn, calls };
}

async function started() {
  return createAuthRequest(config, REDIRECT, { now: NOW });
}

function callback(params: Record<string, string>) {
  return `${REDIRECT}?${new URLSearchParams(params)}`;
}

describe('createAuthRequest', () => {
  it('asks France Travail for a code with PKCE S256, state, nonce, realm and the product scopes', async () => {
    const { url, pending } = await started();
    const u = new URL(url);
    expect(u.origin + u.pathname).toBe(
      'https://authentification-candidat.francetravail.fr/connexion/oauth2/authorize',
    );
    const p = u.searchParams;
    expect(p.get('realm')).toBe('/individu');
    expect(p.get('response_type')).toBe('code');
    expect(p.get('client_id')).toBe('PAR_test_client');
    expect(p.get('redirect_uri')).toBe(REDIRECT);
    expect(p.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining(['openid', 'api_peconnect-metiersrecherchesv1', 'cpmetiers']),
    );
    expect(p.get('state')).toBe(pending.state);
    expect(p.get('nonce')).toBe(pending.nonce);
    expect(p.get('code_challenge_method')).toBe('S256');
    expect(p.get('code_challenge')).toBe(
      createHash('sha256').update(pending.codeVerifier).digest('base64url'),
    );
    expect(p.has('prompt')).toBe(false);
  });

  it('uses fresh secrets every time and prompt=none when silent', async () => {
    const a = await started();
    const b = await createAuthRequest(config, REDIRECT, { silent: true });
    expect(a.pending.state).not.toBe(b.pending.state);
    expect(a.pending.nonce).not.toBe(b.pending.nonce);
    expect(a.pending.codeVerifier).not.toBe(b.pending.codeVerifier);
    expect(new URL(b.url).searchParams.get('prompt')).toBe('none');
  });
});

describe('completeAuthRequest', () => {
  it('exchanges the code with the verifier, realm in the query, and returns the tokens', async () => {
    const { pending } = await started();
    const endpoint = fakeTokenEndpoint(tokenAnswer(pending));
    const tokens = await completeAuthRequest(
      config,
      pending,
      callback({ code: 'c0de', state: pending.state }),
      {
        fetch: endpoint.fetchFn,
        now: NOW,
      },
    );
    expect(tokens.accessToken).toBe('access-123');
    expect(tokens.expiresAt).toBe(NOW + 1_200_000);
    expect(endpoint.calls).toHaveLength(1);
    const call = endpoint.calls[0];
    expect(new URL(call?.url ?? '').searchParams.get('realm')).toBe('/individu');
    expect(call?.body.get('realm')).toBeNull();
    expect(call?.body.get('grant_type')).toBe('authorization_code');
    expect(call?.body.get('code')).toBe('c0de');
    expect(call?.body.get('code_verifier')).toBe(pending.codeVerifier);
    expect(call?.body.get('redirect_uri')).toBe(REDIRECT);
    expect(call?.body.get('client_id')).toBe('PAR_test_client');
  });

  it('refuses a wrong state without calling the token endpoint', async () => {
    const { pending } = await started();
    const endpoint = fakeTokenEndpoint(tokenAnswer(pending));
    const attempt = completeAuthRequest(config, pending, callback({ code: 'c0de', state: 'forged' }), {
      fetch: endpoint.fetchFn,
      now: NOW,
    });
    await expect(attempt).rejects.toMatchObject({ code: 'authFailed' });
    expect(endpoint.calls).toHaveLength(0);
  });

  it('refuses a wrong nonce in the id_token', async () => {
    const { pending } = await started();
    const endpoint = fakeTokenEndpoint(tokenAnswer(pending, { nonce: 'not-ours' }));
    await expect(
      completeAuthRequest(config, pending, callback({ code: 'c0de', state: pending.state }), {
        fetch: endpoint.fetchFn,
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'authFailed' });
  });

  it('refuses a wrong nonce echoed next to the tokens even when the id_token is right', async () => {
    const { pending } = await started();
    const answer = { ...tokenAnswer(pending), nonce: 'echo-not-ours' };
    const endpoint = fakeTokenEndpoint(answer);
    await expect(
      completeAuthRequest(config, pending, callback({ code: 'c0de', state: pending.state }), {
        fetch: endpoint.fetchFn,
        now: NOW,
      }),
    ).rejects.toThrow(/nonce/);
  });

  it('refuses an id_token for another client', async () => {
    const { pending } = await started();
    const endpoint = fakeTokenEndpoint(tokenAnswer(pending, { claims: { aud: 'someone-else' } }));
    await expect(
      completeAuthRequest(config, pending, callback({ code: 'c0de', state: pending.state }), {
        fetch: endpoint.fetchFn,
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'authFailed' });
  });

  it('turns authorize errors into words: denied, login required, other', async () => {
    const { pending } = await started();
    const run = (params: Record<string, string>) =>
      completeAuthRequest(config, pending, callback(params), { now: NOW }).catch((e: unknown) => e);
    expect(await run({ error: 'access_denied', state: pending.state })).toMatchObject({ code: 'cancelled' });
    expect(await run({ error: 'login_required', state: pending.state })).toMatchObject({
      code: 'signInRequired',
    });
    expect(await run({ error: 'server_error', state: pending.state })).toMatchObject({ code: 'authFailed' });
    expect(await run({ error: 'access_denied', state: 'forged' })).toMatchObject({ code: 'authFailed' });
  });

  it('refuses a code refused by the token endpoint, and says 5xx is France Travail’s fault', async () => {
    const { pending } = await started();
    const refused = fakeTokenEndpoint(
      { error: 'invalid_grant', error_description: 'code already used' },
      400,
    );
    const e1 = await completeAuthRequest(config, pending, callback({ code: 'c0de', state: pending.state }), {
      fetch: refused.fetchFn,
      now: NOW,
    }).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(FranceTravailError);
    expect(e1).toMatchObject({ code: 'authFailed' });
    const down = fakeTokenEndpoint({}, 503);
    const e2 = await completeAuthRequest(config, pending, callback({ code: 'c0de', state: pending.state }), {
      fetch: down.fetchFn,
      now: NOW,
    }).catch((e: unknown) => e);
    expect(e2).toMatchObject({ code: 'server' });
  });

  it('abandons a flow older than its maximum age', async () => {
    const { pending } = await started();
    await expect(
      completeAuthRequest(config, pending, callback({ code: 'c0de', state: pending.state }), {
        now: NOW + PENDING_AUTH_MAX_AGE_MS + 1,
      }),
    ).rejects.toMatchObject({ code: 'authFailed' });
  });
});

describe('logoutUrl', () => {
  it('carries the id_token hint when there is one', () => {
    expect(logoutUrl(config, 'abc.def.ghi')).toBe(
      'https://authentification-candidat.francetravail.fr/compte/deconnexion?id_token_hint=abc.def.ghi',
    );
    expect(logoutUrl(config, null)).toBe(
      'https://authentification-candidat.francetravail.fr/compte/deconnexion',
    );
  });
});
