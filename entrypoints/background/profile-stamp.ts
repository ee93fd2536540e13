/**
 * The background's side of utils/profile-stamp.ts: after every change of
 * state, the stamp of what pages are marked for (the métiers and the
 * adjustments; not the dates, so a daily sync that brings nothing new leaves
 * open pages alone) is stored when it differs from the last one.
 */
import type { Adjustments } from '@/utils/adjustments';
import { readAdjustments } from '@/utils/db/adjustments-store';
import type { RepereDatabase } from '@/utils/db/database';
import { readProfile } from '@/utils/db/profile-store';
import type { Profile } from '@/utils/profile/model';
import { PROFILE_STAMP_KEY } from '@/utils/profile-stamp';

/** The stamp when there is no profile: pages drop their marks. */
export const NO_PROFILE_STAMP = 'none';

/** A SHA-256 digest (hex) of what matching reads from the profile and the adjustments. */
export async function profileStamp(profile: Profile | null, adjustments: Adjustments): Promise<string> {
  if (!profile) return NO_PROFILE_STAMP;
  const bytes = new TextEncoder().encode(JSON.stringify([profile.metiers, adjustments]));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Stores the current stamp if it changed; true when it did (the pages will ask again). */
export async function publishProfileStamp(db: RepereDatabase): Promise<boolean> {
  const [profile, adjustments] = await Promise.all([readProfile(db), readAdjustments(db)]);
  const stamp = await profileStamp(profile, adjustments);
  const stored = (await browser.storage.local.get(PROFILE_STAMP_KEY))[PROFILE_STAMP_KEY];
  if (stored === stamp) return false;
  await browser.storage.local.set({ [PROFILE_STAMP_KEY]: stamp });
  return true;
}

/**
 * publishProfileStamp, one at a time: each reads the state after the previous one wrote, so two
 * changes close together cannot leave the older stamp stored. A failure (the database closed) leaves
 * the stamp as it was, and pages marked for the previous profile, rather than reach the caller.
 */
export function createStampPublisher(db: RepereDatabase): () => Promise<void> {
  let queue = Promise.resolve();
  return () => {
    queue = queue
      .then(() => publishProfileStamp(db))
      .then(
        () => {},
        () => {},
      );
    return queue;
  };
}
