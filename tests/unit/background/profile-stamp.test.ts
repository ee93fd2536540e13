/**
 * The stamp open pages follow (entrypoints/background/profile-stamp.ts): it
 * changes with the métiers and the adjustments, not with the dates or where
 * the profile came from; it is stored only when it changed; a digest, never
 * the profile; published one at a time.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  createStampPublisher,
  NO_PROFILE_STAMP,
  profileStamp,
  publishProfileStamp,
} from '@/entrypoints/background/profile-stamp';
import { NO_ADJUSTMENTS } from '@/utils/adjustments';
import { saveAdjustments } from '@/utils/db/adjustments-store';
import { openDatabase, type RepereDatabase } from '@/utils/db/database';
import { deleteProfile, saveProfile } from '@/utils/db/profile-store';
import { demoProfile } from '@/utils/profile/demo';
import { PROFILE_STAMP_KEY, watchProfileStamp } from '@/utils/profile-stamp';

const MONDAY = new Date('2026-11-30T09:00:00Z');
const TUESDAY = new Date('2026-12-01T09:00:00Z');
const stored = async () => (await fakeBrowser.storage.local.get(PROFILE_STAMP_KEY))[PROFILE_STAMP_KEY];

let db: RepereDatabase;
let counter = 0;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  db = openDatabase(`test-profile-stamp-${++counter}`);
});

describe('profileStamp', () => {
  it('follows the métiers and the adjustments, not the dates nor the source', async () => {
    const monday = await profileStamp(demoProfile(MONDAY), NO_ADJUSTMENTS);
    expect(monday).toMatch(/^[0-9a-f]{64}$/);
    const typed = { ...demoProfile(TUESDAY), source: 'manual' as const };
    expect(await profileStamp(typed, NO_ADJUSTMENTS)).toBe(monday);
    const oneMetier = { ...demoProfile(MONDAY), metiers: demoProfile(MONDAY).metiers.slice(0, 1) };
    expect(await profileStamp(oneMetier, NO_ADJUSTMENTS)).not.toBe(monday);
    const excluding = { ...NO_ADJUSTMENTS, excludedCompanies: ['Acme'] };
    expect(await profileStamp(demoProfile(MONDAY), excluding)).not.toBe(monday);
    expect(await profileStamp(null, NO_ADJUSTMENTS)).toBe(NO_PROFILE_STAMP);
  });
});

describe('publishProfileStamp', () => {
  it('stores the stamp only when it changed, and never the profile', async () => {
    expect(await publishProfileStamp(db)).toBe(true);
    expect(await stored()).toBe(NO_PROFILE_STAMP);
    await saveProfile(db, demoProfile(MONDAY));
    expect(await publishProfileStamp(db)).toBe(true);
    const stamp = await stored();
    expect(stamp).toBe(await profileStamp(demoProfile(MONDAY), NO_ADJUSTMENTS));
    // A sync that brings the same métiers: the pages are left alone.
    await saveProfile(db, demoProfile(TUESDAY));
    expect(await publishProfileStamp(db)).toBe(false);
    await saveAdjustments(db, { ...NO_ADJUSTMENTS, excludedKeywords: ['alternance'] });
    expect(await publishProfileStamp(db)).toBe(true);
    expect(await stored()).not.toBe(stamp);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Boulanger');
  });

  it('tells a page watching the stamp, and only about the stamp', async () => {
    const changes = vi.fn();
    const unwatch = watchProfileStamp(changes);
    await fakeBrowser.storage.local.set({ other: 1 });
    await publishProfileStamp(db);
    expect(changes).toHaveBeenCalledTimes(1);
    unwatch();
    await saveProfile(db, demoProfile(MONDAY));
    await publishProfileStamp(db);
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('publishes one at a time, so the newest state is the one stored', async () => {
    const publish = createStampPublisher(db);
    await saveProfile(db, demoProfile(MONDAY));
    // The first publication is slow to read the stored stamp: the second must not overtake it.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      await held;
      return get(keys);
    });
    const first = publish();
    await vi.waitFor(() => expect(fakeBrowser.storage.local.get).toHaveBeenCalled());
    await deleteProfile(db);
    const second = publish();
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([first, second]);
    expect(await stored()).toBe(NO_PROFILE_STAMP);
  });

  it('keeps a failure from the caller and from the next publication', async () => {
    const publish = createStampPublisher(db);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(publish()).resolves.toBeUndefined();
    await publish();
    expect(await stored()).toBe(NO_PROFILE_STAMP);
  });
});
