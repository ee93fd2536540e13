/**
 * A changed France Travail override (options page § Avancé) ends the session
 * opened under the old one: tokens of another client or server mean nothing
 * to the new one, and the France Travail profile came with that session.
 */
import type { FranceTravailConfig } from '@/utils/francetravail/config';
import { invalidatesSession } from '@/utils/francetravail/config-override';
import { watchConfig } from '@/utils/francetravail/config-store';

export interface ConfigChangeDeps {
  isConnected(): Promise<boolean>;
  /** Signs out against `config`, the configuration the session was opened with. */
  signOut(config: FranceTravailConfig): Promise<void>;
  /** Tells the open pages (signOut has already forgotten the profile). */
  afterSignOut(): Promise<void>;
}

/** Signs the person out whenever the override changes the client or a server; returns the unwatch. */
export function signOutOnConfigChange(deps: ConfigChangeDeps): () => void {
  return watchConfig((before, after) => {
    if (!invalidatesSession(before, after)) return;
    void deps.isConnected().then(async (connected) => {
      if (!connected) return;
      await deps.signOut(before);
      await deps.afterSignOut();
    });
  });
}
