/**
 * The browser half of France Travail Connect: opens the sign-in window with
 * `identity.launchWebAuthFlow` and keeps the secrets in `storage.session`,
 * which lives in memory, survives a worker restart, and is not readable by
 * content scripts (its default access level is trusted contexts only).
 */
import type { FranceTravailConfig } from '@/utils/francetravail/config';
import { currentConfig } from '@/utils/francetravail/config-store';
import { FranceTravailError } from '@/utils/francetravail/errors';
import {
  completeAuthRequest,
  createAuthRequest,
  logoutUrl,
  type PendingAuth,
  type Tokens,
} from '@/utils/francetravail/oauth';

const PENDING_KEY = 'auth.pending';
const TOKENS_KEY = 'auth.tokens';
/** Kept in storage.local: the person connected an account (no secret in it). */
const CONNECTED_KEY = 'auth.connected';
/** A token this close to its expiry is treated as expired. */
const EXPIRY_MARGIN_MS = 60 * 1000;
/**
 * Bumped by each sign-out: a sign-in (a silent one inside a sync, say) that
 * was under way when the person signed out must not store its tokens and mark
 * them connected again afterwards.
 */
let signOuts = 0;

export async function isConnected(): Promise<boolean> {
  const stored = await browser.storage.local.get(CONNECTED_KEY);
  return stored[CONNECTED_KEY] === true;
}

async function readTokens(): Promise<Tokens | null> {
  const stored = await browser.storage.session.get(TOKENS_KEY);
  return (stored[TOKENS_KEY] as Tokens | undefined) ?? null;
}

/** Runs the whole flow; `interactive: false` is the silent re-authentication (prompt=none). */
export async function signIn(interactive: boolean): Promise<Tokens> {
  const started = signOuts;
  const config = await currentConfig();
  const { url, pending } = await createAuthRequest(config, browser.identity.getRedirectURL(), {
    silent: !interactive,
  });
  // Saved before the window opens, so a worker restarted mid-flow can fail cleanly (see recoverInterruptedSignIn).
  await browser.storage.session.set({ [PENDING_KEY]: pending });
  let callbackUrl: string;
  try {
    callbackUrl = (await browser.identity.launchWebAuthFlow({ url, interactive })) ?? '';
  } catch (e) {
    await browser.storage.session.remove(PENDING_KEY);
    const detail = e instanceof Error ? e.message : String(e);
    throw new FranceTravailError(interactive ? 'cancelled' : 'signInRequired', `sign-in window: ${detail}`);
  }
  const stored = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY] as PendingAuth | undefined;
  await browser.storage.session.remove(PENDING_KEY);
  if (!stored || stored.state !== pending.state) {
    throw new FranceTravailError('authFailed', 'another sign-in replaced this one');
  }
  const tokens = await completeAuthRequest(config, stored, callbackUrl);
  if (signOuts !== started) {
    throw new FranceTravailError(interactive ? 'cancelled' : 'signInRequired', 'signed out during sign-in');
  }
  // Both asked for at once, right after the check: a sign-out's removals come after them.
  await Promise.all([
    browser.storage.session.set({ [TOKENS_KEY]: tokens }),
    browser.storage.local.set({ [CONNECTED_KEY]: true }),
  ]);
  return tokens;
}

/** A valid access token: the stored one, else a silent sign-in; throws signInRequired when that fails. */
export async function getAccessToken(): Promise<string> {
  const tokens = await readTokens();
  if (tokens && tokens.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return tokens.accessToken;
  return reauthenticate();
}

/** Forgets the current token and gets a new one without showing anything. */
export async function reauthenticate(): Promise<string> {
  await browser.storage.session.remove(TOKENS_KEY);
  return (await signIn(false)).accessToken;
}

/**
 * Forgets every secret, then tells France Travail (best effort: sign-out never fails on the network).
 * `config` is the one the session was opened with when it has just been replaced.
 */
export async function signOut(config?: FranceTravailConfig): Promise<void> {
  signOuts += 1;
  const tokens = await readTokens();
  await browser.storage.session.remove([TOKENS_KEY, PENDING_KEY]);
  await browser.storage.local.remove(CONNECTED_KEY);
  try {
    await fetch(logoutUrl(config ?? (await currentConfig()), tokens?.idToken ?? null), {
      credentials: 'include',
    });
  } catch {
    // Offline: the local sign-out stands; France Travail's session ends on its own.
  }
}

/**
 * At worker start no sign-in window can still be ours: a pending flow left in
 * storage was interrupted. Returns an error to record, or null.
 */
export async function recoverInterruptedSignIn(): Promise<FranceTravailError | null> {
  const stored = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY] as PendingAuth | undefined;
  if (!stored) return null;
  await browser.storage.session.remove(PENDING_KEY);
  return new FranceTravailError(
    'authFailed',
    'sign-in interrupted (the extension restarted); please try again',
  );
}
