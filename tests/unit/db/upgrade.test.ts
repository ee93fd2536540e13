/**
 * Version 2 added the adjustments table: a database written by version 1
 * (built here with version 1's exact schema) opens under the current code with
 * its profile, métiers and sync state intact, and takes adjustments.
 * Version 3 added the keptProfile table: a database written by version 2 keeps
 * its typed profile, sync state and adjustments, and can then keep the typed
 * profile aside when France Travail's comes in.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readAdjustments, saveAdjustments } from '@/utils/db/adjustments-store';
import { openDatabase } from '@/utils/db/database';
import {
  forgetFranceTravailProfile,
  readKeptTypedProfile,
  saveFranceTravailProfile,
} from '@/utils/db/kept-profile-store';
import { readProfile, readSyncState } from '@/utils/db/profile-store';
import { DEMO_METIERS_RECHERCHES } from '@/utils/profile/demo';
import { profileFromApi } from '@/utils/profile/from-api';
import { manualProfile } from '@/utils/profile/manual';

const NAME = 'test-upgrade-v1';

afterEach(async () => {
  await Dexie.delete(NAME);
});

async function writeVersion1(): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores({ profile: 'id', metiers: 'position', syncState: 'id' });
  const metiers = profileFromApi(DEMO_METIERS_RECHERCHES, new Date('2026-11-01T08:00:00Z')).metiers;
  await v1
    .table('profile')
    .put({ id: 'current', source: 'francetravail', updatedAt: '2026-11-01T08:00:00.000Z' });
  await v1.table('metiers').bulkPut(metiers.map((metier, position) => ({ position, metier })));
  await v1
    .table('syncState')
    .put({ id: 'current', lastSuccessAt: '2026-11-01T08:00:00.000Z', lastError: null });
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('database upgrade 1 -> 2', () => {
  it('keeps the version 1 profile and sync state, and adds an empty adjustments table', async () => {
    await writeVersion1();
    const db = openDatabase(NAME);
    const profile = await readProfile(db);
    expect(db.verno).toBe(3);
    expect(profile?.source).toBe('francetravail');
    expect(profile?.metiers.map((m) => m.appellation?.code)).toEqual(
      DEMO_METIERS_RECHERCHES.map((m) => m.appellation.code),
    );
    expect((await readSyncState(db)).lastSuccessAt).toBe('2026-11-01T08:00:00.000Z');
    expect(await readAdjustments(db)).toEqual({ keywords: [], excludedKeywords: [], excludedCompanies: [] });
    await saveAdjustments(db, { keywords: [], excludedKeywords: ['stage'], excludedCompanies: [] });
    expect((await readAdjustments(db)).excludedKeywords).toEqual(['stage']);
    db.close();
  });
});

/** A typed profile as the options page saves it: a real appellation and commune. */
const TYPED = manualProfile(
  {
    metiers: [
      {
        appellation: { code: '10891', label: 'Aide-soignant / Aide-soignante' },
        places: [{ kind: 'commune', code: '31555', label: 'Toulouse', postalCode: '31000', radiusKm: 15 }],
        contracts: ['CDD', 'CDI'],
        workTime: 'part',
      },
    ],
  },
  new Date('2026-11-02T09:30:00Z'),
);

async function writeVersion2(): Promise<void> {
  const v2 = new Dexie(NAME);
  v2.version(1).stores({ profile: 'id', metiers: 'position', syncState: 'id' });
  v2.version(2).stores({ adjustments: 'id' });
  await v2.table('profile').put({ id: 'current', source: TYPED.source, updatedAt: TYPED.updatedAt });
  await v2.table('metiers').bulkPut(TYPED.metiers.map((metier, position) => ({ position, metier })));
  await v2.table('syncState').put({ id: 'current', lastSuccessAt: null, lastError: null });
  await v2
    .table('adjustments')
    .put({ id: 'current', keywords: ['ehpad'], excludedKeywords: ['nuit'], excludedCompanies: [] });
  expect(v2.verno).toBe(2);
  v2.close();
}

describe('database upgrade 2 -> 3', () => {
  it('keeps the version 2 typed profile and adjustments, and adds an empty keptProfile table', async () => {
    await writeVersion2();
    const db = openDatabase(NAME);
    const profile = await readProfile(db);
    expect(db.verno).toBe(3);
    expect(profile).toEqual(TYPED);
    expect(await readAdjustments(db)).toEqual({
      keywords: ['ehpad'],
      excludedKeywords: ['nuit'],
      excludedCompanies: [],
    });
    expect(await readKeptTypedProfile(db)).toBeNull();
    db.close();
  });

  it('then keeps that typed profile aside through a France Travail session', async () => {
    await writeVersion2();
    const db = openDatabase(NAME);
    const ft = profileFromApi(DEMO_METIERS_RECHERCHES, new Date('2026-11-03T08:00:00Z'));
    await saveFranceTravailProfile(db, ft);
    expect((await readProfile(db))?.source).toBe('francetravail');
    expect(await readKeptTypedProfile(db)).toEqual(TYPED);
    await forgetFranceTravailProfile(db);
    expect(await readProfile(db)).toEqual(TYPED);
    db.close();
  });
});
