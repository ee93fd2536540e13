/**
 * One sync of the France Travail profile: read the API, map, store. The
 * stored profile is replaced only by a complete, validated answer (a typed
 * profile in place is kept aside, see db/kept-profile-store.ts); any
 * failure is recorded next to the last success and leaves the profile as it
 * was. Concurrent calls share one request (single flight). A sync still
 * waiting for its answer when the session ends (sign-out) writes nothing.
 */
import type { RepereDatabase } from '../db/database';
import { saveSyncedProfile } from '../db/kept-profile-store';
import { recordSyncError } from '../db/profile-store';
import { toSyncError } from '../francetravail/errors';
import type { SyncError } from '../messaging';
import { profileFromApi } from '../profile/from-api';

export interface ProfileSyncDeps {
  db: RepereDatabase;
  /** Reads the validated Métiers recherchés answer (tokens, retries and 401 handling inside). */
  fetchMetiers: () => Promise<unknown>;
  now?: () => Date;
}

/** ended: the session ended while the answer was on its way, and nothing was written. */
export type SyncOutcome = { ok: true } | { ok: false; error: SyncError } | { ok: false; ended: true };

/** How long a synced profile is fresh; the popup refreshes an older one when it opens. */
export const PROFILE_TTL_MS = 6 * 60 * 60 * 1000;

export function isStale(lastSuccessAt: string | null, now: Date): boolean {
  if (!lastSuccessAt) return true;
  return now.getTime() - Date.parse(lastSuccessAt) > PROFILE_TTL_MS;
}

const ENDED: SyncOutcome = { ok: false, ended: true };

export function createProfileSync(deps: ProfileSyncDeps): {
  sync(): Promise<SyncOutcome>;
  inFlight(): boolean;
  /**
   * The session ends (sign-out): a sync in flight will write nothing, and the
   * next sync starts afresh. Call it before forgetting France Travail's profile.
   */
  endSession(): void;
} {
  const now = deps.now ?? (() => new Date());
  let current: Promise<SyncOutcome> | null = null;
  // Bumped at each sign-out; a sync writes only under the session it started in.
  let session = 0;

  async function run(): Promise<SyncOutcome> {
    const started = session;
    const stillCurrent = () => session === started;
    try {
      const raw = await deps.fetchMetiers();
      const at = now();
      const profile = profileFromApi(raw, at);
      // A profile the person typed is set aside, not overwritten: sign-out brings it back.
      const written = await saveSyncedProfile(deps.db, profile, at.toISOString(), stillCurrent);
      return written ? { ok: true } : ENDED;
    } catch (e) {
      const error = toSyncError(e, now());
      return (await recordSyncError(deps.db, error, stillCurrent)) ? { ok: false, error } : ENDED;
    }
  }

  return {
    sync() {
      if (current) return current;
      const running: Promise<SyncOutcome> = run().finally(() => {
        // A sync started after endSession may be the current one by now.
        if (current === running) current = null;
      });
      current = running;
      return running;
    },
    inFlight: () => current !== null,
    endSession() {
      session += 1;
      current = null;
    },
  };
}
