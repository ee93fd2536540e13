/**
 * The match profile the background hands to pages (entrypoints/background/match-profile.ts):
 * derived once for the tabs that all ask at once when the profile changes,
 * then read from storage.session; derived again only when the métiers or
 * the adjustments change.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createMatchProfileSource, MATCH_PROFILE_CACHE_KEY } from '@/entrypoints/background/match-profile';
import { openDatabase, type RepereDatabase } from '@/utils/db/database';
import { deleteProfile, saveProfile } from '@/utils/db/profile-store';
import { demoProfile } from '@/utils/profile/demo';

let db: RepereDatabase;
let counter = 0;

beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`test-match-profile-${++counter}`);
  vi.stubGlobal('fetch', async (url: string) => {
    const file = new URL(url).pathname.replace(/^\//, 'public/');
    return new Response(readFileSync(file, 'utf8'));
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** How many times a derived profile was stored, i.e. derived. */
const derivations = () =>
  vi
    .mocked(fakeBrowser.storage.session.set)
    .mock.calls.filter(([items]) => MATCH_PROFILE_CACHE_KEY in (items as object)).length;

describe('createMatchProfileSource', () => {
  it('derives once for questions asked together, then answers from the cache', async () => {
    await saveProfile(db, demoProfile(new Date('2026-11-30T09:00:00Z')));
    const source = createMatchProfileSource(db);
    // Storing the derived profile takes a while, as loading the reference data does in a browser:
    // the other tabs' questions come before anything is cached.
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return set(items);
    });
    const answers = await Promise.all([source(), source(), source()]);
    expect(answers[0]?.metiers.map((m) => m.romeCode)).toEqual(['D1102', 'M1855']);
    expect(answers[1]).toBe(answers[0]);
    expect(answers[2]).toBe(answers[0]);
    expect(derivations()).toBe(1);
    // Through storage.session's JSON (where -0 becomes 0).
    expect(JSON.stringify(await source())).toBe(JSON.stringify(answers[0]));
    expect(derivations()).toBe(1);

    // A sync that brings the same métiers: nothing to derive.
    await saveProfile(db, demoProfile(new Date('2026-12-01T09:00:00Z')));
    await source();
    expect(derivations()).toBe(1);
    const baker = demoProfile(new Date('2026-12-01T09:00:00Z'));
    await saveProfile(db, { ...baker, metiers: baker.metiers.slice(0, 1) });
    expect((await source())?.metiers.map((m) => m.romeCode)).toEqual(['D1102']);
    expect(derivations()).toBe(2);
  });

  it('tries again after a failed derivation', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set');
    await saveProfile(db, demoProfile(new Date('2026-11-30T09:00:00Z')));
    const source = createMatchProfileSource(db);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(source()).rejects.toThrow('quota');
    expect((await source())?.metiers).toHaveLength(2);
  });

  it('forgets the derived profile when the profile goes', async () => {
    await saveProfile(db, demoProfile(new Date('2026-11-30T09:00:00Z')));
    const source = createMatchProfileSource(db);
    await source();
    expect(await fakeBrowser.storage.session.get(MATCH_PROFILE_CACHE_KEY)).not.toEqual({});
    await deleteProfile(db);
    expect(await source()).toBeNull();
    expect(await fakeBrowser.storage.session.get(MATCH_PROFILE_CACHE_KEY)).toEqual({});
  });

  it('stores nothing from a derivation under way when the profile goes', async () => {
    await saveProfile(db, demoProfile(new Date('2026-11-30T09:00:00Z')));
    const source = createMatchProfileSource(db);
    // The first question has read the profile and waits for the cache when the profile goes.
    let release = () => {};
    const get = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementationOnce(async (keys) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return get(keys);
    });
    const asked = source();
    await vi.waitFor(() => expect(fakeBrowser.storage.session.get).toHaveBeenCalled());
    await deleteProfile(db);
    expect(await source()).toBeNull();
    release();
    // Its asker still gets its answer; nothing of it stays behind.
    expect((await asked)?.metiers).toHaveLength(2);
    expect(await fakeBrowser.storage.session.get(MATCH_PROFILE_CACHE_KEY)).toEqual({});
  });
});
