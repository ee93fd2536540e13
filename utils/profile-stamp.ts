/**
 * How open job-board pages learn that the profile they are marked for changed
 * (a sign-in, the demo profile, a typed profile, an exclusion, a sign-out):
 * the background keeps a stamp of it in storage.local, which content scripts
 * can watch; a page whose stamp changed asks for the match profile again. The
 * stamp is a digest, never the profile: storage.local is readable by every
 * content script, and the profile stays in the background's IndexedDB.
 */

import { watchLocalKey } from './watch-local-key';

/** storage.local key of the stamp. */
export const PROFILE_STAMP_KEY = 'profileStamp';

/** Calls `onChange` whenever the background stores a new stamp; returns the unsubscribe function. */
export function watchProfileStamp(onChange: () => void): () => void {
  return watchLocalKey(PROFILE_STAMP_KEY, () => onChange());
}
