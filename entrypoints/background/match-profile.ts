/**
 * The match profile handed to content scripts, derived once per profile
 * change. The reference data (ROME lexicon, commune index) is loaded from the
 * extension's own files on first need, and the derived profile is kept in
 * storage.session so a restarted worker does not derive it again. It goes
 * when the profile goes (sign-out with nothing typed to come back, "Tout
 * supprimer"): a copy of the person's métiers and places must not outlive them.
 */
import { type Adjustments, applyAdjustments, matchAdjustmentsOf } from '@/utils/adjustments';
import { readAdjustments } from '@/utils/db/adjustments-store';
import type { RepereDatabase } from '@/utils/db/database';
import { readProfile } from '@/utils/db/profile-store';
import { decodeCommunes } from '@/utils/geo/communes';
import { deriveMatchProfile, type ReferenceData } from '@/utils/matching/derive-match-profile';
import type { MatchProfile } from '@/utils/matching/match-profile';
import type { Profile } from '@/utils/profile/model';
import { decodeLexicon } from '@/utils/rome/lexicon';
import { profileStamp } from './profile-stamp';

export const MATCH_PROFILE_CACHE_KEY = 'matchProfile';
const CACHE_KEY = MATCH_PROFILE_CACHE_KEY;

interface CachedMatchProfile {
  /** Identifies the profile and the adjustments it was derived from. */
  key: string;
  matchProfile: MatchProfile;
}

let referenceData: Promise<ReferenceData> | null = null;

async function fetchAsset(path: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path as '/'));
  return response.json();
}

function loadReferenceData(): Promise<ReferenceData> {
  referenceData ??= Promise.all([fetchAsset('/data/rome-lexicon.json'), fetchAsset('/data/communes.json')])
    .then(([lexicon, communes]) => ({ lexicon: decodeLexicon(lexicon), communes: decodeCommunes(communes) }))
    .catch((e: unknown) => {
      referenceData = null; // try again next time rather than keep a failure
      throw e;
    });
  return referenceData;
}

export function createMatchProfileSource(db: RepereDatabase) {
  // The derivation under way, by key: the open job-board tabs all ask at once when the profile changes,
  // and one derivation answers them all.
  let deriving: { key: string; matchProfile: Promise<MatchProfile | null> } | null = null;
  // Counts the times the profile was found gone: a derivation of a profile read before stores nothing.
  let profileGone = 0;
  // Whether storage.session may hold a derived profile (unknown after the worker starts): every page
  // asks when there is no profile, and the removal is only needed once.
  let cacheMayHoldOne = true;

  async function derive(
    key: string,
    profile: Profile,
    adjustments: Adjustments,
    gone: number,
  ): Promise<MatchProfile | null> {
    const matchProfile = deriveMatchProfile(
      applyAdjustments(profile, adjustments),
      await loadReferenceData(),
      matchAdjustmentsOf(adjustments),
    );
    if (matchProfile && gone === profileGone) {
      cacheMayHoldOne = true;
      await browser.storage.session.set({ [CACHE_KEY]: { key, matchProfile } satisfies CachedMatchProfile });
    }
    return matchProfile;
  }

  return async function currentMatchProfile(): Promise<MatchProfile | null> {
    const gone = profileGone;
    const [profile, adjustments] = await Promise.all([readProfile(db), readAdjustments(db)]);
    if (!profile) {
      profileGone++;
      if (cacheMayHoldOne) {
        cacheMayHoldOne = false;
        await browser.storage.session.remove(CACHE_KEY);
      }
      return null;
    }
    // The key is what the derivation reads: a new exclusion is not hidden by the cache, and a sync that
    // brings the same métiers does not derive again.
    const key = await profileStamp(profile, adjustments);
    const cached = (await browser.storage.session.get(CACHE_KEY))[CACHE_KEY] as
      | CachedMatchProfile
      | undefined;
    if (cached?.key === key) return cached.matchProfile;
    if (deriving?.key !== key) {
      const matchProfile = derive(key, profile, adjustments, gone);
      deriving = { key, matchProfile };
      // Forgotten once settled, a failure included: the next question tries again.
      const forget = () => {
        if (deriving?.matchProfile === matchProfile) deriving = null;
      };
      matchProfile.then(forget, forget);
    }
    return deriving.matchProfile;
  };
}
