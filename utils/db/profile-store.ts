/**
 * Reads and writes the stored profile and the sync state. A profile is
 * replaced as a whole in one transaction, so a reader never sees half of it
 * and a failed sync never touches it.
 */
import type { SyncError } from '../messaging';
import type { Profile } from '../profile/model';
import type { RepereDatabase, SyncStateRow } from './database';

export async function readProfile(db: RepereDatabase): Promise<Profile | null> {
  return db.transaction('r', db.profile, db.metiers, async () => {
    const row = await db.profile.get('current');
    if (!row) return null;
    const metiers = await db.metiers.orderBy('position').toArray();
    return { source: row.source, updatedAt: row.updatedAt, metiers: metiers.map((m) => m.metier) };
  });
}

/** Replaces the stored profile by `profile`, atomically. */
export async function saveProfile(db: RepereDatabase, profile: Profile): Promise<void> {
  await db.transaction('rw', db.profile, db.metiers, async () => {
    await db.metiers.clear();
    await db.metiers.bulkPut(profile.metiers.map((metier, position) => ({ position, metier })));
    await db.profile.put({ id: 'current', source: profile.source, updatedAt: profile.updatedAt });
  });
}

/** Forgets every profile, the typed one kept aside included ("delete everything"; sign-out is kept-profile-store's). */
export async function deleteProfile(db: RepereDatabase): Promise<void> {
  await db.transaction('rw', [db.profile, db.metiers, db.syncState, db.keptProfile], async () => {
    await db.metiers.clear();
    await db.profile.clear();
    await db.syncState.clear();
    await db.keptProfile.clear();
  });
}

const EMPTY_SYNC_STATE: SyncStateRow = { id: 'current', lastSuccessAt: null, lastError: null };

export async function readSyncState(db: RepereDatabase): Promise<SyncStateRow> {
  return (await db.syncState.get('current')) ?? EMPTY_SYNC_STATE;
}

export async function recordSyncSuccess(db: RepereDatabase, at: string): Promise<void> {
  await db.syncState.put({ id: 'current', lastSuccessAt: at, lastError: null });
}

/**
 * Records a failure next to the last success, which is kept; only when
 * `stillCurrent()` holds as the transaction starts (see saveSyncedProfile).
 * Returns whether it was recorded.
 */
export async function recordSyncError(
  db: RepereDatabase,
  error: SyncError,
  stillCurrent: () => boolean = () => true,
): Promise<boolean> {
  return db.transaction('rw', db.syncState, async () => {
    if (!stillCurrent()) return false;
    const previous = await readSyncState(db);
    await db.syncState.put({ ...previous, lastError: error });
    return true;
  });
}
