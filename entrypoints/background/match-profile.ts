/**
 * The match profile handed to content scripts, derived once per profile
 * change. The reference data (ROME lexicon, commune index) is loaded from the
 * extension's own files on first need, and the derived profile is kept in
 * storage.session so a restarted worker does not derive it again.
 */
import type { RepereDatabase } from '@/utils/db/database';
import { readProfile } from '@/utils/db/profile-store';
import { decodeCommunes } from '@/utils/geo/communes';
import { deriveMatchProfile, type ReferenceData } from '@/utils/matching/derive-match-profile';
import type { MatchProfile } from '@/utils/matching/match-profile';
import { decodeLexicon } from '@/utils/rome/lexicon';

const CACHE_KEY = 'matchProfile';

interface CachedMatchProfile {
  /** Identifies the profile it was derived from. */
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
  return async function currentMatchProfile(): Promise<MatchProfile | null> {
    const profile = await readProfile(db);
    if (!profile) return null;
    const key = `${profile.source}|${profile.updatedAt}`;
    const cached = (await browser.storage.session.get(CACHE_KEY))[CACHE_KEY] as
      | CachedMatchProfile
      | undefined;
    if (cached?.key === key) return cached.matchProfile;
    const matchProfile = deriveMatchProfile(profile, await loadReferenceData());
    if (matchProfile)
      await browser.storage.session.set({ [CACHE_KEY]: { key, matchProfile } satisfies CachedMatchProfile });
    return matchProfile;
  };
}
