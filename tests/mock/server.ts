/**
 * A local mock of France Travail Connect and the Métiers recherchés API,
 * faithful to ../shared/docs/france-travail.md, for tests, development and
 * the demo. `npm run mock` (npx tsx tests/mock/server.ts) starts it on 127.0.0.1:PORT (default 8787);
 * AUTO_APPROVE=1 skips the consent page, FT_CLIENT_ID sets the accepted client id (default
 * 'repere-emploi-mock', the id resolveFranceTravailConfig uses with FT_MOCK). Tests import
 * startMockServer({ port: 0, config?, quiet? }) -> { url, server, close() }.
 *
 * France Travail endpoints (same paths as production):
 *   GET  /connexion/oauth2/authorize            realm=/individu, response_type=code, client_id, scope,
 *                                               redirect_uri, state, nonce, code_challenge(+_method=S256);
 *                                               prompt=none answers at once (login_required without a session).
 *                                               Shows a consent page (profile <select>, #approve, #deny)
 *                                               unless autoApprove is on.
 *   POST /connexion/oauth2/authorize/decision   the consent page's form.
 *   POST /connexion/oauth2/access_token?realm=%2Findividu
 *                                               form body; checks realm (query only), client_id,
 *                                               redirect_uri, the PKCE verifier, single-use codes (60 s, codeTtlSeconds).
 *                                               Answers access_token, id_token (RS256, iss, aud, nonce),
 *                                               expires_in, scope, nonce, refresh_token.
 *   GET  /partenaire/peconnect-individu/v1/userinfo        Bearer; a fake person.
 *   GET  /compte/deconnexion?id_token_hint=…    records the logout, ends the session; redirects to an accepted redirect_uri.
 *   GET  /partenaire/peconnect-metiersrecherches/v1/metiersrecherches
 *                                               Bearer; the profile chosen at consent; faults applied.
 *   Also /.well-known/openid-configuration and /connexion/oauth2/jwks (the id_token's public key).
 *
 * id_token: a real JWT signed RS256 with a key made at start (kid "mock"); claims iss
 * (<url>/connexion/oauth2/individu), aud (client id), sub ("mock-<profile>"), nonce, iat, exp, auth_time.
 *
 * Auto-approve (no consent page): the server option config.autoApprove, POST /__mock/config
 * {autoApprove: true}, or autoApprove=1 on one authorize request. Approving (either way) sets
 * the browser session cookie that prompt=none needs; logout clears it.
 *
 * Admin API (JSON bodies, JSON answers; 400 on a body that is not a JSON object):
 *   GET  /__mock/state      { config, logouts: [{idTokenHint}], requests: {authorize, token, metiers,
 *                           userinfo}, clientIds: {authorize: [], token: []} (the client_id of each
 *                           authorize and token request, in order, accepted or not), faultsQueued }
 *   POST /__mock/config     { autoApprove?, profile?, tokenTtlSeconds? (alias tokenTtl), codeTtlSeconds?,
 *                           clientId? } merged into the config; answers the config
 *   POST /__mock/faults     { metiers: Fault[], clear? } queued; each métiers request consumes the first
 *                           fault that applies to it (one per request).
 *                           Fault = { status?, retryAfter? (seconds or HTTP date), delayMs?,
 *                                     body?: 'malformed'|'invalid', sticky?, profile? }
 *                           status: answered instead of the profile (even without a valid token);
 *                           delayMs: a slow answer; body: served in place of the profile (valid token
 *                           needed); sticky: stays until /__mock/reset or {clear: true};
 *                           profile: applies only to requests whose token was issued for that profile.
 *   POST /__mock/expire-tokens   every issued access token expires now
 *   POST /__mock/reset      back to the start (keeps the port and the start options)
 * Profiles (consent page selector, config.profile): see tests/mock/profiles.ts — 'demo' (default),
 * the five France Travail examples by their key, 'empty', 'ef'.
 * Logs say what was asked, never a token or a code.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findProfile, MOCK_PROFILES } from './profiles';

export interface Fault {
  status?: number;
  retryAfter?: string | number;
  delayMs?: number;
  body?: 'malformed' | 'invalid';
  sticky?: boolean;
  /** Only for requests whose token was issued for this profile. */
  profile?: string;
}

export interface MockConfig {
  clientId: string;
  autoApprove: boolean;
  profile: string;
  tokenTtlSeconds: number;
  /** How long an authorization code may wait before being redeemed. */
  codeTtlSeconds: number;
}

export interface MockServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const REQUIRED_SCOPES = ['openid', 'api_peconnect-metiersrecherchesv1', 'cpmetiers'];
const SESSION_COOKIE = 'ft_mock_session';
const API = {
  authorize: '/connexion/oauth2/authorize',
  decision: '/connexion/oauth2/authorize/decision',
  token: '/connexion/oauth2/access_token',
  userinfo: '/partenaire/peconnect-individu/v1/userinfo',
  logout: '/compte/deconnexion',
  metiers: '/partenaire/peconnect-metiersrecherches/v1/metiersrecherches',
  jwks: '/connexion/oauth2/jwks',
  discovery: '/.well-known/openid-configuration',
};

/** A redirect URI an extension can have (Chrome, Firefox) or a local one for tools. */
export function isAcceptedRedirectUri(uri: string): boolean {
  return (
    /^https:\/\/[a-p]{32}\.chromiumapp\.org\/$/.test(uri) ||
    /^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\/$/.test(uri) ||
    /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(uri)
  );
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 100_000) req.destroy();
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function html(
  res: ServerResponse,
  status: number,
  title: string,
  body: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
      '<style>body{font:16px system-ui;max-width:34rem;margin:2rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1rem;margin-right:.5rem}</style>' +
      `</head><body><p><strong>France Travail (simulation locale)</strong></p>${body}</body></html>`,
  );
}

function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}) {
  res.writeHead(302, { location, ...headers });
  res.end();
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

const DEFAULT_CONFIG: MockConfig = {
  clientId: 'repere-emploi-mock',
  autoApprove: false,
  profile: 'demo',
  tokenTtlSeconds: 1200,
  codeTtlSeconds: 60,
};

/** The known config keys of an admin request, type-checked; anything else is ignored. */
function configPatch(data: Record<string, unknown>): Partial<MockConfig> {
  const patch: Partial<MockConfig> = {};
  if (typeof data.autoApprove === 'boolean') patch.autoApprove = data.autoApprove;
  if (typeof data.profile === 'string') patch.profile = data.profile;
  if (typeof data.clientId === 'string') patch.clientId = data.clientId;
  const ttl = data.tokenTtlSeconds ?? data.tokenTtl;
  if (typeof ttl === 'number') patch.tokenTtlSeconds = ttl;
  if (typeof data.codeTtlSeconds === 'number') patch.codeTtlSeconds = data.codeTtlSeconds;
  return patch;
}

export async function startMockServer(
  options: {
    port?: number;
    config?: Partial<MockConfig>;
    quiet?: boolean;
    /** The address the mock says it is at (issuer), when tests reach it through another one. */
    publicUrl?: string;
  } = {},
): Promise<MockServer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let config: MockConfig = { ...DEFAULT_CONFIG, ...options.config };
  let codes = new Map<
    string,
    {
      clientId: string;
      redirectUri: string;
      challenge: string;
      nonce: string;
      profile: string;
      scope: string;
      expiresAt: number;
      used: boolean;
    }
  >();
  let tokens = new Map<string, { profile: string; expiresAt: number }>();
  let sessions = new Map<string, { profile: string }>();
  let faults: Fault[] = [];
  let logouts: Array<{ idTokenHint: string | null }> = [];
  let requests = { authorize: 0, token: 0, metiers: 0, userinfo: 0 };
  // Which application asked: a test can check that a client id set at run time is the one used.
  let clientIds: { authorize: string[]; token: string[] } = { authorize: [], token: [] };
  let baseUrl = '';
  const log = (message: string) => {
    if (!options.quiet) console.log(`[mock France Travail] ${message}`);
  };

  function idToken(claims: Record<string, unknown>): string {
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'mock' }));
    const payload = base64url(JSON.stringify(claims));
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey);
    return `${header}.${payload}.${base64url(signature)}`;
  }

  function issueCode(params: URLSearchParams, profile: string): string {
    const code = base64url(randomBytes(24));
    codes.set(code, {
      clientId: params.get('client_id') ?? '',
      redirectUri: params.get('redirect_uri') ?? '',
      challenge: params.get('code_challenge') ?? '',
      nonce: params.get('nonce') ?? '',
      profile,
      scope: params.get('scope') ?? '',
      expiresAt: Date.now() + config.codeTtlSeconds * 1000,
      used: false,
    });
    return code;
  }

  function redirectWithCode(
    res: ServerResponse,
    params: URLSearchParams,
    profile: string,
    headers: Record<string, string> = {},
  ) {
    const target = new URL(params.get('redirect_uri') ?? '');
    target.searchParams.set('code', issueCode(params, profile));
    target.searchParams.set('state', params.get('state') ?? '');
    target.searchParams.set('iss', `${baseUrl}/connexion/oauth2/individu`);
    target.searchParams.set('client_id', params.get('client_id') ?? '');
    redirect(res, target.href, headers);
  }

  function redirectWithError(res: ServerResponse, params: URLSearchParams, error: string) {
    const target = new URL(params.get('redirect_uri') ?? '');
    target.searchParams.set('error', error);
    target.searchParams.set('state', params.get('state') ?? '');
    redirect(res, target.href);
  }

  /** Checks an authorize request; returns the OAuth error to send back, or null. Throws for a bad redirect. */
  function checkAuthorize(params: URLSearchParams): string | null {
    const redirectUri = params.get('redirect_uri') ?? '';
    if (params.get('client_id') !== config.clientId) throw new Error('client_id inconnu');
    if (!isAcceptedRedirectUri(redirectUri)) throw new Error('redirect_uri non enregistrée');
    if (params.get('realm') !== '/individu') return 'invalid_request';
    if (params.get('response_type') !== 'code') return 'unsupported_response_type';
    const scopes = (params.get('scope') ?? '').split(' ');
    if (!REQUIRED_SCOPES.every((s) => scopes.includes(s))) return 'invalid_scope';
    if (!params.get('state') || !params.get('nonce')) return 'invalid_request';
    if (params.get('code_challenge_method') !== 'S256' || !params.get('code_challenge'))
      return 'invalid_request';
    return null;
  }

  function consentPage(res: ServerResponse, params: URLSearchParams) {
    const hidden = [...params.entries()]
      .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
      .join('');
    const options = MOCK_PROFILES.map(
      (p) =>
        `<option value="${escapeHtml(p.id)}"${p.id === config.profile ? ' selected' : ''}>${escapeHtml(p.label)}</option>`,
    ).join('');
    html(
      res,
      200,
      'Autoriser Repère Emploi',
      `<h1>Autoriser l'application « ${escapeHtml(params.get('client_id') ?? '')} »</h1>` +
        '<p>Elle demande à lire vos métiers recherchés.</p>' +
        `<form method="post" action="${API.decision}">${hidden}` +
        `<p><label for="profile">Profil simulé</label><br><select id="profile" name="profile">${options}</select></p>` +
        '<button id="approve" name="decision" value="approve" type="submit">Autoriser</button>' +
        '<button id="deny" name="decision" value="deny" type="submit">Refuser</button></form>',
    );
  }

  function newSession(profile: string): Record<string, string> {
    const sid = base64url(randomBytes(16));
    sessions.set(sid, { profile });
    return { 'set-cookie': `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax` };
  }

  async function authorize(req: IncomingMessage, res: ServerResponse, params: URLSearchParams) {
    requests.authorize += 1;
    clientIds.authorize.push(params.get('client_id') ?? '');
    let error: string | null;
    try {
      error = checkAuthorize(params);
    } catch (e) {
      // Never redirect to an unregistered address: show the error instead, as a real server must.
      log(`authorize refused: ${(e as Error).message}`);
      html(res, 400, 'Erreur', `<p>Requête refusée : ${escapeHtml((e as Error).message)}</p>`);
      return;
    }
    if (error) return redirectWithError(res, params, error);
    const session = sessions.get(cookie(req, SESSION_COOKIE) ?? '');
    if (params.get('prompt') === 'none') {
      if (!session) return redirectWithError(res, params, 'login_required');
      log('authorize: silent sign-in');
      return redirectWithCode(res, params, session.profile);
    }
    if (config.autoApprove || params.get('autoApprove') === '1') {
      log(`authorize: auto-approved (profile ${config.profile})`);
      return redirectWithCode(res, params, config.profile, newSession(config.profile));
    }
    consentPage(res, params);
  }

  async function decision(req: IncomingMessage, res: ServerResponse) {
    const form = new URLSearchParams(await readBody(req));
    try {
      if (checkAuthorize(form)) throw new Error('requête invalide');
    } catch (e) {
      html(res, 400, 'Erreur', `<p>Requête refusée : ${escapeHtml((e as Error).message)}</p>`);
      return;
    }
    if (form.get('decision') !== 'approve') return redirectWithError(res, form, 'access_denied');
    const profile = findProfile(form.get('profile') ?? undefined)?.id ?? config.profile;
    log(`consent given (profile ${profile})`);
    redirectWithCode(res, form, profile, newSession(profile));
  }

  async function token(req: IncomingMessage, res: ServerResponse, query: URLSearchParams) {
    requests.token += 1;
    const oauthError = (status: number, error: string, description: string) => {
      log(`token refused: ${description}`);
      json(res, status, { error, error_description: description });
    };
    if (query.get('realm') !== '/individu')
      return oauthError(400, 'invalid_request', 'realm manquant dans la requête');
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
      return oauthError(400, 'invalid_request', 'corps attendu en application/x-www-form-urlencoded');
    const form = new URLSearchParams(await readBody(req));
    clientIds.token.push(form.get('client_id') ?? '');
    if (form.has('realm'))
      return oauthError(400, 'invalid_request', 'realm attendu en paramètre de requête, pas dans le corps');
    if (form.get('grant_type') !== 'authorization_code')
      return oauthError(400, 'unsupported_grant_type', 'grant_type');
    if (form.get('client_id') !== config.clientId)
      return oauthError(401, 'invalid_client', 'client_id inconnu');
    const entry = codes.get(form.get('code') ?? '');
    if (!entry || entry.expiresAt <= Date.now())
      return oauthError(400, 'invalid_grant', 'code inconnu ou expiré');
    if (entry.used) return oauthError(400, 'invalid_grant', 'code déjà utilisé');
    entry.used = true;
    if (entry.clientId !== form.get('client_id'))
      return oauthError(400, 'invalid_grant', 'code émis pour un autre client');
    if (entry.redirectUri !== form.get('redirect_uri'))
      return oauthError(400, 'invalid_grant', 'redirect_uri différente');
    const verifier = form.get('code_verifier') ?? '';
    if (createHash('sha256').update(verifier).digest('base64url') !== entry.challenge)
      return oauthError(400, 'invalid_grant', 'code_verifier ne correspond pas au code_challenge');
    const accessToken = base64url(randomBytes(24));
    const now = Math.floor(Date.now() / 1000);
    tokens.set(accessToken, {
      profile: entry.profile,
      expiresAt: Date.now() + config.tokenTtlSeconds * 1000,
    });
    log(`token issued (profile ${entry.profile}, ${config.tokenTtlSeconds} s)`);
    json(res, 200, {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: config.tokenTtlSeconds,
      scope: entry.scope,
      nonce: entry.nonce,
      refresh_token: base64url(randomBytes(24)),
      id_token: idToken({
        iss: `${baseUrl}/connexion/oauth2/individu`,
        aud: config.clientId,
        sub: `mock-${entry.profile}`,
        iat: now,
        exp: now + config.tokenTtlSeconds,
        nonce: entry.nonce,
        auth_time: now,
      }),
    });
  }

  function bearer(req: IncomingMessage) {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (.+)$/.exec(header);
    const entry = match ? tokens.get(match[1] ?? '') : undefined;
    return entry && entry.expiresAt > Date.now() ? entry : undefined;
  }

  /** The first queued fault that applies to a request for this profile; non-sticky ones are used up. */
  function takeFault(profile: string | undefined): Fault | undefined {
    const index = faults.findIndex((f) => f.profile === undefined || f.profile === profile);
    const fault = faults[index];
    if (fault && !fault.sticky) faults.splice(index, 1);
    return fault;
  }

  async function metiers(req: IncomingMessage, res: ServerResponse) {
    requests.metiers += 1;
    const entry = bearer(req);
    const fault = takeFault(entry?.profile);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status) {
      log(`métiers recherchés: fault ${fault.status}`);
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
      return json(res, fault.status, { message: `erreur simulée ${fault.status}` }, headers);
    }
    if (!entry) {
      log('métiers recherchés: 401 (token missing, unknown or expired)');
      return json(
        res,
        401,
        { message: 'jeton absent, invalide ou expiré' },
        { 'www-authenticate': 'Bearer' },
      );
    }
    if (fault?.body === 'malformed') {
      log('métiers recherchés: fault malformed JSON');
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('[{"typologieEmploi": {"code": "MR", "libelle": "Métier Rech');
    }
    if (fault?.body === 'invalid') {
      log('métiers recherchés: fault schema-violating JSON');
      return json(res, 200, [
        {
          typologieEmploi: { code: 'MR', libelle: 'Métier Recherché' },
          salaire: { code: 'M', libelle: 'Mensuel', remuneration: '1900' },
        },
      ]);
    }
    log(`métiers recherchés served (profile ${entry.profile})`);
    json(res, 200, findProfile(entry.profile)?.answer ?? []);
  }

  async function admin(req: IncomingMessage, res: ServerResponse, path: string) {
    const body = req.method === 'POST' ? await readBody(req) : '';
    let data: Record<string, unknown> = {};
    try {
      const parsed: unknown = body ? JSON.parse(body) : {};
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      data = parsed as Record<string, unknown>;
    } catch {
      return json(res, 400, { error: 'invalid_request', error_description: 'corps JSON (objet) attendu' });
    }
    switch (path) {
      case '/__mock/state':
        return json(res, 200, { config, logouts, requests, clientIds, faultsQueued: faults.length });
      case '/__mock/config':
        config = { ...config, ...configPatch(data) };
        return json(res, 200, config);
      case '/__mock/faults':
        if (data.clear === true) faults = [];
        if (data.metiers !== undefined && !Array.isArray(data.metiers))
          return json(res, 400, { error: 'invalid_request', error_description: 'metiers: liste attendue' });
        faults.push(...((data.metiers as Fault[] | undefined) ?? []));
        return json(res, 200, { faultsQueued: faults.length });
      case '/__mock/expire-tokens':
        for (const entry of tokens.values()) entry.expiresAt = 0;
        return json(res, 200, { expired: tokens.size });
      case '/__mock/reset':
        config = { ...DEFAULT_CONFIG, ...options.config };
        codes = new Map();
        tokens = new Map();
        sessions = new Map();
        faults = [];
        logouts = [];
        requests = { authorize: 0, token: 0, metiers: 0, userinfo: 0 };
        clientIds = { authorize: [], token: [] };
        return json(res, 200, { reset: true });
      default:
        return json(res, 404, { error: 'not_found' });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    const route = `${req.method} ${url.pathname}`;
    if (url.pathname.startsWith('/__mock/')) return admin(req, res, url.pathname);
    switch (route) {
      case `GET ${API.authorize}`:
        return authorize(req, res, url.searchParams);
      case `POST ${API.decision}`:
        return decision(req, res);
      case `POST ${API.token}`:
        return token(req, res, url.searchParams);
      case `GET ${API.userinfo}`: {
        requests.userinfo += 1;
        const entry = bearer(req);
        if (!entry) return json(res, 401, { message: 'jeton invalide' });
        return json(res, 200, {
          sub: `mock-${entry.profile}`,
          given_name: 'Camille',
          family_name: 'Exemple',
          email: 'camille@example.invalid',
          gender: 'female',
        });
      }
      case `GET ${API.metiers}`:
        return metiers(req, res);
      case `GET ${API.jwks}`:
        return json(res, 200, {
          keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'mock', alg: 'RS256', use: 'sig' }],
        });
      case `GET ${API.discovery}`:
        return json(res, 200, {
          issuer: `${baseUrl}/connexion/oauth2/individu`,
          authorization_endpoint: `${baseUrl}${API.authorize}`,
          token_endpoint: `${baseUrl}${API.token}`,
          userinfo_endpoint: `${baseUrl}${API.userinfo}`,
          end_session_endpoint: `${baseUrl}${API.logout}`,
          jwks_uri: `${baseUrl}${API.jwks}`,
          response_types_supported: ['code'],
          code_challenge_methods_supported: ['S256'],
          id_token_signing_alg_values_supported: ['RS256'],
        });
      case `GET ${API.logout}`: {
        logouts.push({ idTokenHint: url.searchParams.get('id_token_hint') });
        const sid = cookie(req, SESSION_COOKIE);
        if (sid) sessions.delete(sid);
        log('logout');
        const headers = { 'set-cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0` };
        const back = url.searchParams.get('redirect_uri');
        if (back && isAcceptedRedirectUri(back)) return redirect(res, back, headers);
        return html(res, 200, 'Déconnexion', '<p>Vous êtes déconnecté de France Travail.</p>', headers);
      }
      default:
        return json(res, 404, { error: 'not_found', path: url.pathname });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`internal error: ${(e as Error).message}`);
      if (!res.headersSent) json(res, 500, { error: 'mock_internal_error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject); // a busy port fails at once instead of hanging
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  baseUrl = options.publicUrl ?? url;
  return {
    url,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// `npm run mock`: run until Ctrl-C.
if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8787);
  const config: Partial<MockConfig> = { autoApprove: process.env.AUTO_APPROVE === '1' };
  if (process.env.FT_CLIENT_ID) config.clientId = process.env.FT_CLIENT_ID;
  const mock = await startMockServer({ port, config });
  console.log(`Mock France Travail on ${mock.url} (profiles: ${MOCK_PROFILES.map((p) => p.id).join(', ')})`);
  console.log('Build the extension against it: FT_MOCK=1 npm run build');
  const stop = () => void mock.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
