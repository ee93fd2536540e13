/** Builds the AppState the popup renders, from what is stored. */
import type { RepereDatabase } from '@/utils/db/database';
import { readProfile, readSyncState } from '@/utils/db/profile-store';
import type { AppState } from '@/utils/messaging';
import { isConnected } from './auth';

export async function readAppState(db: RepereDatabase, syncing: boolean): Promise<AppState> {
  const [signedIn, profile, syncState] = await Promise.all([
    isConnected(),
    readProfile(db),
    readSyncState(db),
  ]);
  return {
    signedIn,
    profile,
    lastSyncAt: syncState.lastSuccessAt,
    lastError: syncState.lastError,
    syncing,
  };
}
