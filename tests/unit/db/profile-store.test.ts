import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type RepereDatabase } from '@/utils/db/database';
import {
  deleteProfile,
  readProfile,
  readSyncState,
  recordSyncError,
  recordSyncSuccess,
  saveProfile,
} from '@/utils/db/profile-store';
import type { Metier, Profile } from '@/utils/profile/model';

const metier = (code: string, label: string): Metier => ({
  typologie: { code: 'MR', label: 'Métier Recherché', creation: false, reprise: false, franchise: false },
  rome: { code, label },
  places: [],
  contracts: [],
  workTimes: [],
});

const profile = (metiers: Metier[], updatedAt = '2026-11-29T10:00:00.000Z'): Profile => ({
  source: 'francetravail',
  metiers,
  updatedAt,
});

let db: RepereDatabase;
let counter = 0;
function freshDb(): RepereDatabase {
  db = openDatabase(`test-profile-store-${++counter}`);
  return db;
}
afterEach(async () => {
  await db.delete();
});

describe('profile store', () => {
  it('reads nothing from an empty database', async () => {
    const db = freshDb();
    expect(await readProfile(db)).toBeNull();
    expect(await readSyncState(db)).toEqual({ id: 'current', lastSuccessAt: null, lastError: null });
  });

  it('keeps the métiers in order', async () => {
    const db = freshDb();
    const saved = profile([metier('D1102', 'Boulangerie'), metier('M1805', 'Études et développement')]);
    await saveProfile(db, saved);
    expect(await readProfile(db)).toEqual(saved);
  });

  it('replaces a two-métier profile by a one-métier one without leftovers', async () => {
    const db = freshDb();
    await saveProfile(db, profile([metier('D1102', 'a'), metier('M1805', 'b')]));
    const next = profile([metier('K1303', 'c')], '2026-11-30T10:00:00.000Z');
    await saveProfile(db, next);
    expect(await readProfile(db)).toEqual(next);
  });

  it('records an error next to the last success, which stays', async () => {
    const db = freshDb();
    await recordSyncSuccess(db, '2026-11-29T10:00:00.000Z');
    const error = { code: 'server' as const, detail: 'HTTP 500', at: '2026-11-29T11:00:00.000Z' };
    await recordSyncError(db, error);
    expect(await readSyncState(db)).toEqual({
      id: 'current',
      lastSuccessAt: '2026-11-29T10:00:00.000Z',
      lastError: error,
    });
    await recordSyncSuccess(db, '2026-11-29T12:00:00.000Z');
    expect((await readSyncState(db)).lastError).toBeNull();
  });

  it('forgets everything on delete', async () => {
    const db = freshDb();
    await saveProfile(db, profile([metier('D1102', 'a')]));
    await recordSyncSuccess(db, '2026-11-29T10:00:00.000Z');
    await deleteProfile(db);
    expect(await readProfile(db)).toBeNull();
    expect((await readSyncState(db)).lastSuccessAt).toBeNull();
  });
});
