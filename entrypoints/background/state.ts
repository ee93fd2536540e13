/** Builds the AppState the popup renders (with the typed profile kept aside), from what is stored. */
import type { RepereDatabase } from '@/utils/db/database';
import { readProfiles } from '@/utils/db/kept-profile-store';
import { readSyncState } from '@/utils/db/profile-store';
import type { AppState } from '@/utils/messaging';
import { isConnected } from './auth';

export async function readAppState(db: RepereDatabase, syncing: boolean): Promise<AppState> {
  const [signedIn, { profile, keptTypedProfile }, syncState] = await Promise.all([
    isConnected(),
    readProfiles(db),
    readSyncState(db),
  ]);
  return {
    signedIn,
    profile,
    lastSyncAt: syncState.lastSuccessAt,
    lastError: syncState.lastError,
    syncing,
    keptTypedProfile,
  };
}
