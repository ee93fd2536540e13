/**
 * Where the extension finds France Travail, resolved once at build time from
 * environment variables (see README § Configuration). Pure: `wxt.config.ts`
 * calls it with `process.env` and injects the result as `__FT_CONFIG__`.
 */
export interface FranceTravailConfig {
  clientId: string;
  authorizeUrl: string;
  tokenUrl: string;
  userinfoUrl: string;
  logoutUrl: string;
  apiBase: string;
  /**
   * Expected `iss` of the id_token and of the redirect. Not published by France
   * Travail; the default follows its OpenAM layout (`/connexion/oauth2/<realm>`),
   * override with FT_ISSUER if the real value differs.
   */
  issuer: string;
  /** Optional confidential-client relay: receives the code exchange instead of `tokenUrl`. */
  tokenRelayUrl: string | null;
  realm: string;
  scopes: string[];
  /** True when built against the local mock (`FT_MOCK`). */
  mock: boolean;
}

export const FT_SCOPES = [
  'openid',
  'profile',
  'email',
  'api_peconnect-individuv1',
  'api_peconnect-metiersrecherchesv1',
  'cpmetiers',
];

const PRODUCTION = {
  authBase: 'https://authentification-candidat.francetravail.fr',
  apiBase: 'https://api.francetravail.io',
};

/** The client id used when none is given: the public identifier of Repère Emploi's registered application. */
export const DEFAULT_CLIENT_ID = 'PAR_repereemploi_extension';

type Env = Record<string, string | undefined>;

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export function resolveFranceTravailConfig(env: Env): FranceTravailConfig {
  const mockBase = env.FT_MOCK
    ? trimSlash(env.FT_MOCK === '1' ? 'http://127.0.0.1:8787' : env.FT_MOCK)
    : null;
  const authBase = trimSlash(env.FT_AUTH_BASE ?? mockBase ?? PRODUCTION.authBase);
  const apiBase = trimSlash(env.FT_API_BASE ?? mockBase ?? PRODUCTION.apiBase);
  return {
    clientId: env.FT_CLIENT_ID || (mockBase ? 'repere-emploi-mock' : DEFAULT_CLIENT_ID),
    authorizeUrl: env.FT_AUTHORIZE_URL ?? `${authBase}/connexion/oauth2/authorize`,
    tokenUrl: env.FT_TOKEN_URL ?? `${authBase}/connexion/oauth2/access_token`,
    logoutUrl: env.FT_LOGOUT_URL ?? `${authBase}/compte/deconnexion`,
    userinfoUrl: env.FT_USERINFO_URL ?? `${apiBase}/partenaire/peconnect-individu/v1/userinfo`,
    apiBase,
    issuer: env.FT_ISSUER ?? `${authBase}/connexion/oauth2/individu`,
    tokenRelayUrl: env.FT_TOKEN_RELAY_URL || null,
    realm: '/individu',
    scopes: FT_SCOPES,
    mock: mockBase !== null,
  };
}

/**
 * The hosts the extension must be allowed to reach, as manifest host permissions.
 * Without the port: Firefox's match patterns never match a URL with an explicit
 * port (the mock's 127.0.0.1:8787), and Chrome's port-less patterns match every port.
 */
export function hostPermissionsFor(config: FranceTravailConfig): string[] {
  const urls = [config.authorizeUrl, config.tokenUrl, config.logoutUrl, config.userinfoUrl, config.apiBase];
  if (config.tokenRelayUrl) urls.push(config.tokenRelayUrl);
  const origins = new Set(
    urls.map((u) => {
      const { protocol, hostname } = new URL(u);
      return `${protocol}//${hostname}/*`;
    }),
  );
  return [...origins].sort();
}
