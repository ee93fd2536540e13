/**
 * The extension's IndexedDB, through Dexie. The only module that knows Dexie:
 * the rest of the code goes through the stores in this folder.
 *
 * Version history (never edit a published version; add a new one with an
 * upgrade function and a test that opens the older database):
 *  1. profile (one row, id 'current'), metiers (ordered by position), syncState (one row, id 'current').
 *  2. adjustments (one row, id 'current'): the person's additions and exclusions
 *     (utils/adjustments.ts); nothing to convert, version 1 tables kept as they are.
 *  3. keptProfile (one row, id 'typed'): the profile the person typed by hand, set
 *     aside while a France Travail profile is in place (kept-profile-store.ts), so a
 *     sign-in never loses it; nothing to convert, version 2 tables kept as they are.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Adjustments } from '../adjustments';
import type { SyncError } from '../messaging';
import type { Metier, Profile, ProfileSource } from '../profile/model';

export const DATABASE_NAME = 'repere-emploi';

export interface ProfileRow {
  id: 'current';
  source: ProfileSource;
  updatedAt: string;
}

export interface MetierRow {
  /** 0 or 1: France Travail's order. */
  position: number;
  metier: Metier;
}

export interface SyncStateRow {
  id: 'current';
  lastSuccessAt: string | null;
  lastError: SyncError | null;
}

export interface AdjustmentsRow extends Adjustments {
  id: 'current';
}

export interface KeptProfileRow {
  id: 'typed';
  /** Always a 'manual' profile: only a typed profile is worth keeping aside. */
  profile: Profile;
}

export type RepereDatabase = Dexie & {
  profile: EntityTable<ProfileRow, 'id'>;
  metiers: EntityTable<MetierRow, 'position'>;
  syncState: EntityTable<SyncStateRow, 'id'>;
  adjustments: EntityTable<AdjustmentsRow, 'id'>;
  keptProfile: EntityTable<KeptProfileRow, 'id'>;
};

/** Opens (and creates or upgrades) the database; `name` lets tests use a fresh one. */
export function openDatabase(name: string = DATABASE_NAME): RepereDatabase {
  const db = new Dexie(name) as RepereDatabase;
  db.version(1).stores({
    profile: 'id',
    metiers: 'position',
    syncState: 'id',
  });
  db.version(2).stores({ adjustments: 'id' });
  db.version(3).stores({ keptProfile: 'id' });
  return db;
}
