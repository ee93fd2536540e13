import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type RepereDatabase } from '@/utils/db/database';
import { readKeptTypedProfile, saveTypedProfile } from '@/utils/db/kept-profile-store';
import { readProfile, readSyncState } from '@/utils/db/profile-store';
import { FranceTravailError } from '@/utils/francetravail/errors';
import { DEMO_METIERS_RECHERCHES } from '@/utils/profile/demo';
import { createProfileSync, isStale, PROFILE_TTL_MS } from '@/utils/sync/profile-sync';
import { typedAideSoignant } from '../support/typed-profile';

let db: RepereDatabase;
let n = 0;
afterEach(() => db.delete());

const at = (iso: string) => () => new Date(iso);

describe('profile sync', () => {
  it('stores a good answer and its date', async () => {
    db = openDatabase(`sync-${++n}`);
    const sync = createProfileSync({
      db,
      fetchMetiers: async () => DEMO_METIERS_RECHERCHES,
      now: at('2026-11-29T10:00:00Z'),
    });
    expect(await sync.sync()).toEqual({ ok: true });
    expect((await readProfile(db))?.metiers).toHaveLength(2);
    expect((await readSyncState(db)).lastSuccessAt).toBe('2026-11-29T10:00:00.000Z');
  });

  it('keeps a typed profile aside instead of overwriting it, and only on success', async () => {
    db = openDatabase(`sync-${++n}`);
    const typed = typedAideSoignant;
    await saveTypedProfile(db, typed);
    const failing = createProfileSync({
      db,
      fetchMetiers: async () => {
        throw new FranceTravailError('network', 'offline');
      },
    });
    await failing.sync();
    expect(await readProfile(db)).toEqual(typed);
    expect(await readKeptTypedProfile(db)).toBeNull();
    const sync = createProfileSync({
      db,
      fetchMetiers: async () => DEMO_METIERS_RECHERCHES,
      now: at('2026-11-29T10:00:00Z'),
    });
    await sync.sync();
    expect((await readProfile(db))?.source).toBe('francetravail');
    expect(await readKeptTypedProfile(db)).toEqual(typed);
  });

  it.each([
    ['server', new FranceTravailError('server', 'HTTP 500 after 3 attempts')],
    ['malformed', new FranceTravailError('malformed', 'the answer is not JSON')],
    ['invalid', [{ typologieEmploi: 'MR' }]],
    ['unknown', new Error('boom')],
  ])('keeps the previous profile when a sync fails (%s)', async (code, failure) => {
    db = openDatabase(`sync-${++n}`);
    const good = createProfileSync({
      db,
      fetchMetiers: async () => DEMO_METIERS_RECHERCHES,
      now: at('2026-11-29T10:00:00Z'),
    });
    await good.sync();
    const before = await readProfile(db);
    const bad = createProfileSync({
      db,
      fetchMetiers: async () => {
        if (failure instanceof Error) throw failure;
        return failure;
      },
      now: at('2026-11-29T11:00:00Z'),
    });
    const outcome = await bad.sync();
    expect(outcome).toMatchObject({ ok: false, error: { code } });
    expect(await readProfile(db)).toEqual(before);
    const state = await readSyncState(db);
    expect(state.lastSuccessAt).toBe('2026-11-29T10:00:00.000Z');
    expect(state.lastError).toMatchObject({ code, at: '2026-11-29T11:00:00.000Z' });
  });

  it('makes one request for two syncs at once', async () => {
    db = openDatabase(`sync-${++n}`);
    let calls = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sync = createProfileSync({
      db,
      fetchMetiers: async () => {
        calls += 1;
        await gate;
        return DEMO_METIERS_RECHERCHES;
      },
    });
    const a = sync.sync();
    const b = sync.sync();
    expect(sync.inFlight()).toBe(true);
    release();
    expect(await Promise.all([a, b])).toEqual([{ ok: true }, { ok: true }]);
    expect(calls).toBe(1);
    expect(sync.inFlight()).toBe(false);
    await sync.sync();
    expect(calls).toBe(2);
  });

  it('calls a profile stale after its time-to-live', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(isStale(null, now)).toBe(true);
    expect(isStale(new Date(now.getTime() - PROFILE_TTL_MS + 1000).toISOString(), now)).toBe(false);
    expect(isStale(new Date(now.getTime() - PROFILE_TTL_MS - 1000).toISOString(), now)).toBe(true);
  });
});
