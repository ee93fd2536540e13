/**
 * A match profile of the given métiers, as the background derives it (the
 * current version, every département and région's name), for the tests that
 * build their métiers by hand.
 */
import { PLACE_NAME_TABLE } from '@/utils/geo/departements';
import { MATCH_PROFILE_VERSION, type MatchMetier, type MatchProfile } from '@/utils/matching/match-profile';
import { TITLE_NOISE } from '@/utils/matching/title-noise';

export function matchProfileOf(metiers: MatchMetier[], extra: Partial<MatchProfile> = {}): MatchProfile {
  return {
    version: MATCH_PROFILE_VERSION,
    placeNames: PLACE_NAME_TABLE,
    titleNoise: TITLE_NOISE,
    metiers,
    excludedKeywords: [],
    excludedCompanies: [],
    ...extra,
  };
}
