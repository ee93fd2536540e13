import { describe, expect, it } from 'vitest';
import { hostPermissionsFor, resolveFranceTravailConfig } from '@/utils/francetravail/config';

describe('France Travail configuration', () => {
  it('defaults to the production endpoints of france-travail.md', () => {
    const config = resolveFranceTravailConfig({});
    expect(config.authorizeUrl).toBe(
      'https://authentification-candidat.francetravail.fr/connexion/oauth2/authorize',
    );
    expect(config.tokenUrl).toBe(
      'https://authentification-candidat.francetravail.fr/connexion/oauth2/access_token',
    );
    expect(config.logoutUrl).toBe('https://authentification-candidat.francetravail.fr/compte/deconnexion');
    expect(config.userinfoUrl).toBe('https://api.francetravail.io/partenaire/peconnect-individu/v1/userinfo');
    expect(config.apiBase).toBe('https://api.francetravail.io');
    expect(config.tokenRelayUrl).toBeNull();
    expect(config.mock).toBe(false);
    expect(hostPermissionsFor(config)).toEqual([
      'https://api.francetravail.io/*',
      'https://authentification-candidat.francetravail.fr/*',
    ]);
  });

  it('takes every value from the environment', () => {
    const config = resolveFranceTravailConfig({
      FT_CLIENT_ID: 'PAR_mine',
      FT_AUTH_BASE: 'https://auth.example/',
      FT_API_BASE: 'https://api.example',
      FT_TOKEN_RELAY_URL: 'https://relay.example/token',
    });
    expect(config.clientId).toBe('PAR_mine');
    expect(config.authorizeUrl).toBe('https://auth.example/connexion/oauth2/authorize');
    expect(config.apiBase).toBe('https://api.example');
    expect(hostPermissionsFor(config)).toEqual([
      'https://api.example/*',
      'https://auth.example/*',
      'https://relay.example/*',
    ]);
  });

  it('points everything at the local mock with FT_MOCK', () => {
    const config = resolveFranceTravailConfig({ FT_MOCK: '1' });
    expect(config.mock).toBe(true);
    expect(config.clientId).toBe('repere-emploi-mock');
    // Port-less: Firefox never matches a pattern carrying a port.
    expect(hostPermissionsFor(config)).toEqual(['http://127.0.0.1/*']);
  });
});
