/**
 * A profile typed by hand survives a France Travail session: set aside when
 * France Travail's comes in, back at sign-out, dropped only by a newer typed
 * profile or "delete everything".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type RepereDatabase } from '@/utils/db/database';
import {
  forgetFranceTravailProfile,
  readKeptTypedProfile,
  readProfiles,
  restoreKeptTypedProfile,
  saveDemoProfile,
  saveFranceTravailProfile,
  saveTypedProfile,
} from '@/utils/db/kept-profile-store';
import {
  deleteProfile,
  readProfile,
  readSyncState,
  recordSyncSuccess,
  saveProfile,
} from '@/utils/db/profile-store';
import { DEMO_METIERS_RECHERCHES, demoProfile } from '@/utils/profile/demo';
import { profileFromApi } from '@/utils/profile/from-api';
import { manualProfile } from '@/utils/profile/manual';
import type { ManualMetier } from '@/utils/profile/manual-schema';
import { typedBoulanger } from '../support/typed-profile';

const BOULANGER = typedBoulanger;
const AIDE_SOIGNANT: ManualMetier = {
  appellation: { code: '10891', label: 'Aide-soignant / Aide-soignante' },
  places: [{ kind: 'departement', code: '31', label: 'Haute-Garonne' }],
  contracts: ['CDD'],
  workTime: 'part',
};

const typed = (metier: ManualMetier, iso: string) => manualProfile({ metiers: [metier] }, new Date(iso));
const franceTravail = (iso: string) => profileFromApi(DEMO_METIERS_RECHERCHES, new Date(iso));

let db: RepereDatabase;
let counter = 0;
afterEach(async () => {
  await db.delete();
});

function freshDb(): RepereDatabase {
  db = openDatabase(`test-kept-profile-${++counter}`);
  return db;
}

describe('kept typed profile', () => {
  it("sets a typed profile aside when France Travail's comes in, and keeps it through later syncs", async () => {
    const db = freshDb();
    const mine = typed(BOULANGER, '2026-11-20T10:00:00Z');
    await saveTypedProfile(db, mine);
    await saveFranceTravailProfile(db, franceTravail('2026-11-29T10:00:00Z'));
    expect((await readProfile(db))?.source).toBe('francetravail');
    expect(await readKeptTypedProfile(db)).toEqual(mine);
    // The next sync replaces France Travail's profile, not the one kept aside.
    await saveFranceTravailProfile(db, franceTravail('2026-11-29T16:00:00Z'));
    expect((await readProfile(db))?.updatedAt).toBe('2026-11-29T16:00:00.000Z');
    expect(await readProfiles(db)).toEqual({
      profile: franceTravail('2026-11-29T16:00:00Z'),
      keptTypedProfile: mine,
    });
  });

  it('keeps nothing aside for a demo profile or an empty database', async () => {
    const db = freshDb();
    await saveFranceTravailProfile(db, franceTravail('2026-11-29T10:00:00Z'));
    expect(await readKeptTypedProfile(db)).toBeNull();
    await saveProfile(db, demoProfile(new Date('2026-11-29T11:00:00Z')));
    await saveFranceTravailProfile(db, franceTravail('2026-11-29T12:00:00Z'));
    expect(await readKeptTypedProfile(db)).toBeNull();
  });

  it("brings the typed profile back at sign-out and forgets France Travail's and its sync state", async () => {
    const db = freshDb();
    const mine = typed(AIDE_SOIGNANT, '2026-11-20T10:00:00Z');
    await saveTypedProfile(db, mine);
    await saveFranceTravailProfile(db, franceTravail('2026-11-29T10:00:00Z'));
    await recordSyncSuccess(db, '2026-11-29T10:00:00.000Z');
    await forgetFranceTravailProfile(db);
    expect(await readProfiles(db)).toEqual({ profile: mine, keptTypedProfile: null });
    expect((await readSyncState(db)).lastSuccessAt).toBeNull();
  });

  it('leaves no profile at sign-out when nothing was typed', async () => {
    const db = freshDb();
    await saveFranceTravailProfile(db, franceTravail('2026-11-29T10:00:00Z'));
    await forgetFranceTravailProfile(db);
    expect(await readProfiles(db)).toEqual({ profile: null, keptTypedProfile: null });
  });

  it('keeps a typed profile still in place at sign-out (the first sync never came)', async () => {
    const db = freshDb();
    const mine = typed(BOULANGER, '2026-11-20T10:00:00Z');
    await saveTypedProfile(db, mine);
    await forgetFranceTravailProfile(db);
    expect(await readProfile(db)).toEqual(mine);
  });

  it('drops the kept profile when a newer one is typed, and on "delete everything"', async () => {
    const db = freshDb();
    await saveTypedProfile(db, typed(BOULANGER, '2026-11-20T10:00:00Z'));
    await saveFranceTravailProfile(db, franceTravail('2026-11-29T10:00:00Z'));
    const newer = typed(AIDE_SOIGNANT, '2026-11-29T11:00:00Z');
    await saveTypedProfile(db, newer);
    expect(await readProfiles(db)).toEqual({ profile: newer, keptTypedProfile: null });
    await saveFranceTravailProfile(db, franceTravail('2026-11-29T12:00:00Z'));
    expect(await readKeptTypedProfile(db)).toEqual(newer);
    await deleteProfile(db);
    expect(await readProfiles(db)).toEqual({ profile: null, keptTypedProfile: null });
  });
});

describe('typed profile kept aside while the demo is shown', () => {
  it('sets a typed profile aside for the demo, keeps it through a second demo, and brings it back on request', async () => {
    const db = freshDb();
    const mine = typed(BOULANGER, '2026-11-20T10:00:00Z');
    await saveTypedProfile(db, mine);
    await saveDemoProfile(db, demoProfile(new Date('2026-11-29T10:00:00Z')));
    expect(await readProfiles(db)).toEqual({
      profile: demoProfile(new Date('2026-11-29T10:00:00Z')),
      keptTypedProfile: mine,
    });
    await saveDemoProfile(db, demoProfile(new Date('2026-11-29T11:00:00Z')));
    expect(await readKeptTypedProfile(db)).toEqual(mine);
    expect(await restoreKeptTypedProfile(db)).toBe(true);
    expect(await readProfiles(db)).toEqual({ profile: mine, keptTypedProfile: null });
  });

  it('changes nothing when asked for a typed profile that is not kept', async () => {
    const db = freshDb();
    const demo = demoProfile(new Date('2026-11-29T10:00:00Z'));
    await saveDemoProfile(db, demo);
    expect(await restoreKeptTypedProfile(db)).toBe(false);
    expect(await readProfiles(db)).toEqual({ profile: demo, keptTypedProfile: null });
  });

  it('drops the kept profile when a new one is typed over the demo', async () => {
    const db = freshDb();
    await saveTypedProfile(db, typed(BOULANGER, '2026-11-20T10:00:00Z'));
    await saveDemoProfile(db, demoProfile(new Date('2026-11-29T10:00:00Z')));
    const newer = typed(AIDE_SOIGNANT, '2026-11-29T11:00:00Z');
    await saveTypedProfile(db, newer);
    expect(await readProfiles(db)).toEqual({ profile: newer, keptTypedProfile: null });
  });

  it('keeps it through a France Travail session started from the demo, and brings it back at sign-out', async () => {
    const db = freshDb();
    const mine = typed(BOULANGER, '2026-11-20T10:00:00Z');
    await saveTypedProfile(db, mine);
    await saveDemoProfile(db, demoProfile(new Date('2026-11-29T10:00:00Z')));
    await saveFranceTravailProfile(db, franceTravail('2026-11-29T11:00:00Z'));
    expect(await readProfiles(db)).toEqual({
      profile: franceTravail('2026-11-29T11:00:00Z'),
      keptTypedProfile: mine,
    });
    await forgetFranceTravailProfile(db);
    expect(await readProfiles(db)).toEqual({ profile: mine, keptTypedProfile: null });
  });
});
