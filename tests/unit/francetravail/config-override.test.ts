/**
 * The run-time France Travail override (options page § Avancé): what it
 * accepts, how it sits over the build's configuration, and its storage.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildConfig } from '@/utils/francetravail/build-config';
import { hostPermissionsFor, resolveFranceTravailConfig } from '@/utils/francetravail/config';
import {
  configOverrideSchema,
  invalidatesSession,
  mergeConfig,
  parseConfigOverride,
} from '@/utils/francetravail/config-override';
import {
  CONFIG_OVERRIDE_KEY,
  clearConfigOverride,
  currentConfig,
  loadConfigOverride,
  saveConfigOverride,
  watchConfig,
} from '@/utils/francetravail/config-store';

const production = resolveFranceTravailConfig({});
const relayed = resolveFranceTravailConfig({ FT_TOKEN_RELAY_URL: 'https://relay.example.fr/token' });

beforeEach(() => fakeBrowser.reset());

describe('configOverrideSchema', () => {
  it('accepts a client id alone, trimmed', () => {
    expect(parseConfigOverride({ clientId: '  PAR_monappli_4f2a  ' })).toEqual({
      clientId: 'PAR_monappli_4f2a',
    });
  });

  it('accepts https endpoints and drops their trailing slash', () => {
    const parsed = parseConfigOverride({
      clientId: 'PAR_monappli',
      authorizeUrl: 'https://auth.example.fr/connexion/oauth2/authorize',
      apiBase: 'https://api.example.fr/',
    });
    expect(parsed?.apiBase).toBe('https://api.example.fr');
    expect(parsed?.authorizeUrl).toBe('https://auth.example.fr/connexion/oauth2/authorize');
  });

  it.each([
    ['no client id', { authorizeUrl: 'https://auth.example.fr/a' }],
    ['an empty client id', { clientId: '   ' }],
    ['a client id with spaces', { clientId: 'PAR mon appli' }],
    ['an http endpoint', { clientId: 'PAR_x', tokenUrl: 'http://auth.example.fr/token' }],
    ['a javascript: endpoint', { clientId: 'PAR_x', logoutUrl: 'javascript:alert(1)' }],
    ['a bare IP host', { clientId: 'PAR_x', apiBase: 'https://127.0.0.1' }],
    ['not a URL', { clientId: 'PAR_x', apiBase: 'api.example.fr' }],
    ['an unknown field', { clientId: 'PAR_x', clientSecret: 'secret' }],
    ['not an object', 'PAR_x'],
  ])('refuses %s', (_, value) => {
    expect(configOverrideSchema.safeParse(value).success).toBe(false);
    expect(parseConfigOverride(value)).toBeNull();
  });
});

describe('mergeConfig', () => {
  it('is the build configuration when there is no override', () => {
    expect(mergeConfig(production, null)).toBe(production);
  });

  it('replaces the client id and keeps the endpoints, scopes and issuer', () => {
    const merged = mergeConfig(production, { clientId: 'PAR_monappli' });
    expect(merged).toEqual({ ...production, clientId: 'PAR_monappli' });
  });

  it('moves the userinfo URL with the API base and the issuer with the authorize URL', () => {
    const merged = mergeConfig(production, {
      clientId: 'PAR_monappli',
      authorizeUrl: 'https://auth.recette.example.fr/connexion/oauth2/authorize',
      apiBase: 'https://api.recette.example.fr',
    });
    expect(merged.userinfoUrl).toBe(
      'https://api.recette.example.fr/partenaire/peconnect-individu/v1/userinfo',
    );
    expect(merged.issuer).toBe('https://auth.recette.example.fr/connexion/oauth2/individu');
    expect(merged.tokenUrl).toBe(production.tokenUrl);
    expect(hostPermissionsFor(merged)).toEqual([
      'https://api.recette.example.fr/*',
      'https://auth.recette.example.fr/*',
      'https://authentification-candidat.francetravail.fr/*',
    ]);
  });

  it("drops the build's token relay for another client, keeps it for the same one", () => {
    expect(mergeConfig(relayed, { clientId: 'PAR_monappli' }).tokenRelayUrl).toBeNull();
    expect(mergeConfig(relayed, { clientId: relayed.clientId }).tokenRelayUrl).toBe(relayed.tokenRelayUrl);
  });
});

describe('invalidatesSession', () => {
  it('is true for another client id or another token endpoint, false for a new logout URL only', () => {
    expect(invalidatesSession(production, mergeConfig(production, { clientId: 'PAR_autre' }))).toBe(true);
    const sameClient = { clientId: production.clientId };
    expect(
      invalidatesSession(
        production,
        mergeConfig(production, { ...sameClient, tokenUrl: 'https://t.example.fr/t' }),
      ),
    ).toBe(true);
    expect(
      invalidatesSession(
        production,
        mergeConfig(production, { ...sameClient, logoutUrl: 'https://l.example.fr/l' }),
      ),
    ).toBe(false);
    expect(invalidatesSession(production, mergeConfig(production, sameClient))).toBe(false);
  });
});

describe('config store', () => {
  it('gives the build configuration until an override is saved, then the merge, then the build again on reset', async () => {
    expect(await currentConfig()).toEqual(buildConfig);
    await saveConfigOverride({ clientId: 'PAR_monappli', apiBase: 'https://api.example.fr/' });
    expect(await loadConfigOverride()).toEqual({
      clientId: 'PAR_monappli',
      apiBase: 'https://api.example.fr',
    });
    const current = await currentConfig();
    expect(current.clientId).toBe('PAR_monappli');
    expect(current.apiBase).toBe('https://api.example.fr');
    await clearConfigOverride();
    expect(await currentConfig()).toEqual(buildConfig);
  });

  it('refuses to save an invalid override and keeps the stored one', async () => {
    await saveConfigOverride({ clientId: 'PAR_monappli' });
    await expect(
      saveConfigOverride({ clientId: 'PAR_x', tokenUrl: 'http://insecure.example.fr' }),
    ).rejects.toThrow();
    expect((await currentConfig()).clientId).toBe('PAR_monappli');
  });

  it('ignores an invalid value found in storage', async () => {
    await fakeBrowser.storage.local.set({
      [CONFIG_OVERRIDE_KEY]: { clientId: 'PAR_x', apiBase: 'http://api.example.fr' },
    });
    expect(await loadConfigOverride()).toBeNull();
    expect(await currentConfig()).toEqual(buildConfig);
  });

  it('tells a watcher the configuration before and after a change', async () => {
    const onChange = vi.fn();
    const unwatch = watchConfig(onChange);
    await saveConfigOverride({ clientId: 'PAR_monappli' });
    expect(onChange).toHaveBeenCalledTimes(1);
    const [before, after] = onChange.mock.calls[0] ?? [];
    expect(before).toEqual(buildConfig);
    expect(after).toEqual(mergeConfig(buildConfig, { clientId: 'PAR_monappli' }));
    unwatch();
    await clearConfigOverride();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
