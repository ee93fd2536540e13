/**
 * One sync of the France Travail profile: read the API, map, store. The
 * stored profile is replaced only by a complete, validated answer (a typed
 * profile in place is kept aside, see db/kept-profile-store.ts); any
 * failure is recorded next to the last success and leaves the profile as it
 * was. Concurrent calls share one request (single flight).
 */
import type { RepereDatabase } from '../db/database';
import { saveFranceTravailProfile } from '../db/kept-profile-store';
import { recordSyncError, recordSyncSuccess } from '../db/profile-store';
import { toSyncError } from '../francetravail/errors';
import type { SyncError } from '../messaging';
import { profileFromApi } from '../profile/from-api';

export interface ProfileSyncDeps {
  db: RepereDatabase;
  /** Reads the validated Métiers recherchés answer (tokens, retries and 401 handling inside). */
  fetchMetiers: () => Promise<unknown>;
  now?: () => Date;
}

export type SyncOutcome = { ok: true } | { ok: false; error: SyncError };

/** How long a synced profile is fresh; the popup refreshes an older one when it opens. */
export const PROFILE_TTL_MS = 6 * 60 * 60 * 1000;

export function isStale(lastSuccessAt: string | null, now: Date): boolean {
  if (!lastSuccessAt) return true;
  return now.getTime() - Date.parse(lastSuccessAt) > PROFILE_TTL_MS;
}

export function createProfileSync(deps: ProfileSyncDeps): {
  sync(): Promise<SyncOutcome>;
  inFlight(): boolean;
} {
  const now = deps.now ?? (() => new Date());
  let current: Promise<SyncOutcome> | null = null;

  async function run(): Promise<SyncOutcome> {
    try {
      const raw = await deps.fetchMetiers();
      const at = now();
      const profile = profileFromApi(raw, at);
      // A profile the person typed is set aside, not overwritten: sign-out brings it back.
      await saveFranceTravailProfile(deps.db, profile);
      await recordSyncSuccess(deps.db, at.toISOString());
      return { ok: true };
    } catch (e) {
      const error = toSyncError(e, now());
      await recordSyncError(deps.db, error);
      return { ok: false, error };
    }
  }

  return {
    sync() {
      current ??= run().finally(() => {
        current = null;
      });
      return current;
    },
    inFlight: () => current !== null,
  };
}
