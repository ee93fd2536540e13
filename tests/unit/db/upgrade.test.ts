/**
 * Version 2 added the adjustments table: a database written by version 1
 * (built here with version 1's exact schema) opens under the current code with
 * its profile, métiers and sync state intact, and takes adjustments.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readAdjustments, saveAdjustments } from '@/utils/db/adjustments-store';
import { openDatabase } from '@/utils/db/database';
import { readProfile, readSyncState } from '@/utils/db/profile-store';
import { DEMO_METIERS_RECHERCHES } from '@/utils/profile/demo';
import { profileFromApi } from '@/utils/profile/from-api';

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
    expect(db.verno).toBe(2);
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
