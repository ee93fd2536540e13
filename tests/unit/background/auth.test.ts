import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  getAccessToken,
  isConnected,
  recoverInterruptedSignIn,
  signIn,
  signOut,
} from '@/entrypoints/background/auth';
import { buildConfig } from '@/utils/francetravail/build-config';
import { type MockServer as Mock, startMockServer } from '../../mock/server';
import { admin } from '../support/mock-session';

const REDIRECT = 'https://hinmapnmlbkjhijjfcfhienpnkfipcbk.chromiumapp.org/';
let mock: Mock;
let launched: Array<{ url: string; interactive: boolean; pendingStored: unknown }>;
/** Set by a test to hold the code exchange back: `reached` settles when the request arrives, `release` lets it go. */
let tokenGate: { reached: () => void; released: Promise<void> } | null = null;

/**
 * identity.launchWebAuthFlow as the browser does it, against the mock: follow
 * the authorize URL and return the redirect to the extension's redirect URI.
 */
async function launchWebAuthFlow(details: { url: string; interactive?: boolean }): Promise<string> {
  const pendingStored = (await fakeBrowser.storage.session.get('auth.pending'))['auth.pending'];
  launched.push({ url: details.url, interactive: details.interactive === true, pendingStored });
  const answer = await fetch(details.url, { redirect: 'manual' });
  const location = answer.headers.get('location');
  if (!location?.startsWith(REDIRECT)) throw new Error('User interaction required.');
  return location;
}

beforeAll(async () => {
  // The unit-test build config is the mock build's (127.0.0.1:8787); the mock runs on a free port,
  // says it is at the configured address, and fetch is pointed at it.
  const configured = new URL(buildConfig.apiBase).origin;
  mock = await startMockServer({ port: 0, quiet: true, publicUrl: configured });
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (tokenGate && url.startsWith(buildConfig.tokenUrl)) {
      const gate = tokenGate;
      gate.reached();
      return gate.released.then(() =>
        realFetch(url.startsWith(configured) ? mock.url + url.slice(configured.length) : url, init),
      );
    }
    return realFetch(url.startsWith(configured) ? mock.url + url.slice(configured.length) : url, init);
  });
});
afterAll(() => mock.close());

beforeEach(async () => {
  fakeBrowser.reset();
  await admin(mock, 'reset', {});
  launched = [];
  tokenGate = null;
  vi.spyOn(fakeBrowser.identity, 'getRedirectURL').mockReturnValue(REDIRECT);
  vi.spyOn(fakeBrowser.identity, 'launchWebAuthFlow').mockImplementation(launchWebAuthFlow);
});

describe('background sign-in shell', () => {
  it('saves state, nonce and verifier in storage.session before the window opens, and keeps tokens there only', async () => {
    expect(buildConfig.mock).toBe(true);
    await admin(mock, 'config', { autoApprove: true });
    const tokens = await signIn(true);
    expect(launched).toHaveLength(1);
    expect(launched[0]?.interactive).toBe(true);
    expect(launched[0]?.pendingStored).toMatchObject({ redirectUri: REDIRECT });
    expect((await fakeBrowser.storage.session.get('auth.pending'))['auth.pending']).toBeUndefined();
    expect((await fakeBrowser.storage.session.get('auth.tokens'))['auth.tokens']).toEqual(tokens);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(tokens.accessToken);
    expect(await isConnected()).toBe(true);
  });
});

describe('interrupted sign-in', () => {
  it('fails a flow left pending by a restarted worker, cleanly', async () => {
    await fakeBrowser.storage.session.set({
      'auth.pending': {
        state: 's',
        nonce: 'n',
        codeVerifier: 'v',
        redirectUri: REDIRECT,
        createdAt: Date.now(),
      },
    });
    const error = await recoverInterruptedSignIn();
    expect(error?.code).toBe('authFailed');
    expect((await fakeBrowser.storage.session.get('auth.pending'))['auth.pending']).toBeUndefined();
    expect(await recoverInterruptedSignIn()).toBeNull();
  });
});

describe('tokens', () => {
  it('uses a valid stored token without opening anything', async () => {
    await fakeBrowser.storage.session.set({
      'auth.tokens': { accessToken: 'still-good', idToken: null, expiresAt: Date.now() + 600_000, scope: '' },
    });
    expect(await getAccessToken()).toBe('still-good');
    expect(launched).toHaveLength(0);
  });

  it('signs in silently (prompt=none, not interactive) when the token expired, and says so when that fails', async () => {
    await fakeBrowser.storage.session.set({
      'auth.tokens': { accessToken: 'old', idToken: null, expiresAt: Date.now() - 1, scope: '' },
    });
    await expect(getAccessToken()).rejects.toMatchObject({ code: 'signInRequired' });
    expect(launched).toHaveLength(1);
    expect(launched[0]?.interactive).toBe(false);
    expect(new URL(launched[0]?.url ?? '').searchParams.get('prompt')).toBe('none');
  });

  it('a silent sign-in under way when the person signs out stores no token and does not sign them back in', async () => {
    await admin(mock, 'config', { autoApprove: true });
    await signIn(true);
    await fakeBrowser.storage.session.set({
      'auth.tokens': { accessToken: 'old', idToken: null, expiresAt: Date.now() - 1, scope: '' },
    });
    let reached: () => void = () => {};
    const atExchange = new Promise<void>((resolve) => {
      reached = resolve;
    });
    let release: () => void = () => {};
    tokenGate = {
      reached,
      released: new Promise<void>((resolve) => {
        release = resolve;
      }),
    };
    // Node's fetch keeps no cookie, so the mock's browser session is played by approving the silent request.
    vi.mocked(fakeBrowser.identity.launchWebAuthFlow).mockImplementation(async (details) => {
      const url = new URL(details.url);
      url.searchParams.delete('prompt');
      url.searchParams.set('autoApprove', '1');
      return launchWebAuthFlow({ ...details, url: url.href });
    });
    const silent = getAccessToken();
    // The silent window came back, and its code is being exchanged; a failure before that fails the test.
    await Promise.race([atExchange, silent.then(() => Promise.reject(new Error('no exchange')))]);
    tokenGate = null;
    await signOut();
    release();
    await expect(silent).rejects.toMatchObject({ code: 'signInRequired' });
    expect(launched.at(-1)?.interactive).toBe(false);
    expect(await isConnected()).toBe(false);
    expect((await fakeBrowser.storage.session.get('auth.tokens'))['auth.tokens']).toBeUndefined();
  });

  it('forgets every secret on sign-out', async () => {
    await fakeBrowser.storage.session.set({
      'auth.tokens': { accessToken: 'a', idToken: 'h.p.s', expiresAt: Date.now() + 600_000, scope: '' },
    });
    await fakeBrowser.storage.local.set({ 'auth.connected': true });
    await signOut();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await isConnected()).toBe(false);
  });
});
