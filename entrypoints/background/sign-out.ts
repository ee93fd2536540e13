/**
 * Signing out, whatever asks for it (the popup, the options page, delete
 * everything, a changed France Travail client): the sync in flight is told
 * first, so an answer still on its way writes nothing; then the secrets go,
 * then France Travail's profile (the typed one kept aside comes back).
 */
import type { RepereDatabase } from '@/utils/db/database';
import { forgetFranceTravailProfile } from '@/utils/db/kept-profile-store';
import type { FranceTravailConfig } from '@/utils/francetravail/config';

export interface SignOutDeps {
  db: RepereDatabase;
  /** Ends the sync's session (profile-sync.ts endSession). */
  endSync(): void;
  /** Forgets the secrets and tells France Travail (auth.ts signOut). */
  signOut(config?: FranceTravailConfig): Promise<void>;
}

/** The whole sign-out; `config` is the configuration the session was opened with, when it has just changed. */
export function createSignOut(deps: SignOutDeps): (config?: FranceTravailConfig) => Promise<void> {
  return async (config) => {
    // Synchronously, before anything else: from here on a sync answer is refused.
    deps.endSync();
    await deps.signOut(config);
    await forgetFranceTravailProfile(deps.db);
  };
}
