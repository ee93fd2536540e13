/**
 * The profile the person typed by hand outlives a France Travail session: a
 * France Travail profile that comes in sets the typed one aside (keptProfile
 * table) instead of overwriting it, and signing out brings it back. Each move
 * is one transaction, so no reader ever sees both profiles gone.
 */
import type { Profile } from '../profile/model';
import type { RepereDatabase } from './database';
import { readProfile, recordSyncSuccess, saveProfile } from './profile-store';

/** The typed profile kept aside while France Travail's is in place, or null. */
export async function readKeptTypedProfile(db: RepereDatabase): Promise<Profile | null> {
  return (await db.keptProfile.get('typed'))?.profile ?? null;
}

/** The profile in use and the typed one kept aside, read together so they never disagree. */
export async function readProfiles(
  db: RepereDatabase,
): Promise<{ profile: Profile | null; keptTypedProfile: Profile | null }> {
  return db.transaction('r', [db.profile, db.metiers, db.keptProfile], async () => ({
    profile: await readProfile(db),
    keptTypedProfile: await readKeptTypedProfile(db),
  }));
}

/** Stores `profile` over the one in use, which is set aside first when the person typed it. */
async function replaceKeepingTyped(db: RepereDatabase, profile: Profile): Promise<void> {
  await db.transaction('rw', db.profile, db.metiers, db.keptProfile, async () => {
    const current = await readProfile(db);
    if (current?.source === 'manual') await db.keptProfile.put({ id: 'typed', profile: current });
    await saveProfile(db, profile);
  });
}

/** Stores France Travail's profile; a typed profile in place is set aside first, never overwritten. */
export async function saveFranceTravailProfile(db: RepereDatabase, profile: Profile): Promise<void> {
  await replaceKeepingTyped(db, profile);
}

/** Stores the demo profile (one click, to try the product); a typed profile in place is set aside, as for France Travail's. */
export async function saveDemoProfile(db: RepereDatabase, profile: Profile): Promise<void> {
  await replaceKeepingTyped(db, profile);
}

/**
 * Puts the typed profile kept aside back in use, in place of the demo (the
 * person asked for it back). Returns false, changing nothing, when none is kept.
 */
export async function restoreKeptTypedProfile(db: RepereDatabase): Promise<boolean> {
  return db.transaction('rw', db.profile, db.metiers, db.keptProfile, async () => {
    const kept = await readKeptTypedProfile(db);
    if (!kept) return false;
    await saveProfile(db, kept);
    await db.keptProfile.clear();
    return true;
  });
}

/**
 * What a finished sync writes: France Travail's profile (saveFranceTravailProfile)
 * and the date of the success, together, and only if `stillCurrent()` holds
 * when the transaction starts. The check runs synchronously as the transaction
 * opens, so a sign-out either came first (nothing is written) or its own
 * transaction runs after this one and forgets what it wrote: an answer that
 * arrives after sign-out never brings France Travail's profile back. Returns
 * whether it wrote.
 */
export async function saveSyncedProfile(
  db: RepereDatabase,
  profile: Profile,
  syncedAt: string,
  stillCurrent: () => boolean,
): Promise<boolean> {
  return db.transaction('rw', [db.profile, db.metiers, db.keptProfile, db.syncState], async () => {
    if (!stillCurrent()) return false;
    await saveFranceTravailProfile(db, profile);
    await recordSyncSuccess(db, syncedAt);
    return true;
  });
}

/** Stores a profile typed by hand: it is the newest, so one kept aside is dropped. */
export async function saveTypedProfile(db: RepereDatabase, profile: Profile): Promise<void> {
  await db.transaction('rw', db.profile, db.metiers, db.keptProfile, async () => {
    await saveProfile(db, profile);
    await db.keptProfile.clear();
  });
}

/**
 * What sign-out forgets of the database: France Travail's profile and its sync
 * state. A typed profile still in place stays (a sign-in whose first sync
 * failed never replaced it); one kept aside comes back.
 */
export async function forgetFranceTravailProfile(db: RepereDatabase): Promise<void> {
  await db.transaction('rw', [db.profile, db.metiers, db.syncState, db.keptProfile], async () => {
    const [current, kept] = await Promise.all([readProfile(db), readKeptTypedProfile(db)]);
    await db.syncState.clear();
    if (current?.source === 'manual') {
      await db.keptProfile.clear();
      return;
    }
    await db.metiers.clear();
    await db.profile.clear();
    if (kept) await saveProfile(db, kept);
    await db.keptProfile.clear();
  });
}
