/**
 * France Travail Connect: the OAuth 2 / OpenID Connect code flow with PKCE,
 * state and nonce, built on oauth4webapi. No browser API here: the background
 * shell (entrypoints/background/auth.ts) opens the window and stores what this
 * module returns, so the protocol can be tested in Node against the mock.
 */
import * as oauth from 'oauth4webapi';
import type { FranceTravailConfig } from './config';
import { FranceTravailError } from './errors';

/** What must survive between opening the sign-in window and reading its answer. */
export interface PendingAuth {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  /** Epoch ms, to expire a flow that a restarted worker can no longer finish. */
  createdAt: number;
}

export interface Tokens {
  accessToken: string;
  idToken: string | null;
  /** Epoch ms. */
  expiresAt: number;
  scope: string;
}

/** A flow older than this is abandoned (the person walked away, or the worker restarted). */
export const PENDING_AUTH_MAX_AGE_MS = 10 * 60 * 1000;

function authorizationServer(config: FranceTravailConfig): oauth.AuthorizationServer {
  const tokenEndpoint = new URL(config.tokenRelayUrl ?? config.tokenUrl);
  // realm is a query parameter on the token endpoint, never a body field (france-travail.md §1).
  if (!config.tokenRelayUrl) tokenEndpoint.searchParams.set('realm', config.realm);
  return {
    issuer: config.issuer,
    authorization_endpoint: config.authorizeUrl,
    token_endpoint: tokenEndpoint.href,
    id_token_signing_alg_values_supported: ['RS256', 'ES256', 'PS256'],
  };
}

function client(config: FranceTravailConfig): oauth.Client {
  return { client_id: config.clientId };
}

/** Plain HTTP is allowed only towards the local mock (loopback), never in production. */
function requestOptions(config: FranceTravailConfig, fetchFn?: typeof fetch) {
  const options: oauth.TokenEndpointRequestOptions = {};
  if (config.mock) options[oauth.allowInsecureRequests] = true;
  if (fetchFn) options[oauth.customFetch] = fetchFn;
  return options;
}

/** Builds the authorize URL and the secrets to keep until the answer comes back. */
export async function createAuthRequest(
  config: FranceTravailConfig,
  redirectUri: string,
  options: { silent?: boolean; now?: number } = {},
): Promise<{ url: string; pending: PendingAuth }> {
  const pending: PendingAuth = {
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    codeVerifier: oauth.generateRandomCodeVerifier(),
    redirectUri,
    createdAt: options.now ?? Date.now(),
  };
  const url = new URL(config.authorizeUrl);
  url.searchParams.set('realm', config.realm);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('scope', config.scopes.join(' '));
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('state', pending.state);
  url.searchParams.set('nonce', pending.nonce);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(pending.codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  if (options.silent) url.searchParams.set('prompt', 'none');
  return { url: url.href, pending };
}

const SIGN_IN_REQUIRED_ERRORS = new Set(['login_required', 'interaction_required', 'consent_required']);

/**
 * Checks the redirect (state, errors), exchanges the code (PKCE verifier),
 * checks the nonce, and returns the tokens. Every failure is a FranceTravailError.
 */
export async function completeAuthRequest(
  config: FranceTravailConfig,
  pending: PendingAuth,
  callbackUrl: string,
  options: { fetch?: typeof fetch; now?: number } = {},
): Promise<Tokens> {
  const now = options.now ?? Date.now();
  if (now - pending.createdAt > PENDING_AUTH_MAX_AGE_MS) {
    throw new FranceTravailError('authFailed', 'sign-in request expired before France Travail answered');
  }
  let callback: URL;
  try {
    callback = new URL(callbackUrl);
  } catch {
    throw new FranceTravailError('authFailed', 'the sign-in window returned no address');
  }
  const as = authorizationServer(config);
  const cl = client(config);
  const error = callback.searchParams.get('error');
  if (error) {
    // The state must match even on an error answer, or a page could forge one.
    if (callback.searchParams.get('state') !== pending.state) {
      throw new FranceTravailError('authFailed', 'state mismatch on the sign-in answer');
    }
    if (SIGN_IN_REQUIRED_ERRORS.has(error))
      throw new FranceTravailError('signInRequired', `authorize: ${error}`);
    if (error === 'access_denied') throw new FranceTravailError('cancelled', 'authorize: access_denied');
    throw new FranceTravailError('authFailed', `authorize: ${error}`);
  }
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, cl, callback, pending.state);
  } catch (e) {
    throw new FranceTravailError('authFailed', `sign-in answer refused: ${describe(e)}`);
  }

  let response: Response;
  try {
    response = await oauth.authorizationCodeGrantRequest(
      as,
      cl,
      oauth.None(),
      params,
      pending.redirectUri,
      pending.codeVerifier,
      requestOptions(config, options.fetch),
    );
  } catch (e) {
    throw new FranceTravailError('network', `token endpoint unreachable: ${describe(e)}`);
  }
  if (response.status >= 500)
    throw new FranceTravailError('server', `token endpoint answered ${response.status}`);

  let result: oauth.TokenEndpointResponse;
  try {
    result = await oauth.processAuthorizationCodeResponse(as, cl, response, {
      expectedNonce: pending.nonce,
      requireIdToken: true,
    });
  } catch (e) {
    throw new FranceTravailError('authFailed', `code exchange refused: ${describe(e)}`);
  }
  // France Travail also echoes the nonce next to the tokens; it must be ours too.
  const echoedNonce = (result as Record<string, unknown>).nonce;
  if (echoedNonce !== undefined && echoedNonce !== pending.nonce) {
    throw new FranceTravailError('authFailed', 'nonce mismatch in the token answer');
  }
  return {
    accessToken: result.access_token,
    idToken: result.id_token ?? null,
    expiresAt: now + (result.expires_in ?? 0) * 1000,
    scope: result.scope ?? '',
  };
}

/** The France Travail logout URL that ends the session opened for this id_token. */
export function logoutUrl(config: FranceTravailConfig, idToken: string | null): string {
  const url = new URL(config.logoutUrl);
  if (idToken) url.searchParams.set('id_token_hint', idToken);
  return url.href;
}

/** An error's message without the values it may carry (tokens, codes). */
function describe(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${e.message}` : e.message;
  }
  return String(e);
}
