/**
 * The person's own additions on top of a profile (issue 5): extra title
 * keywords, an extra accepted place, a different salary floor, and the
 * keywords and companies whose offers are never marked as matching. They live
 * apart from the profile so a France Travail sync never erases them, and the
 * popup can say which values are the person's. Pure: no storage here.
 */
import { z } from 'zod';
import type { MatchAdjustments } from './matching/derive-match-profile';
import { placeSchema, salarySchema } from './profile/manual-schema';
import type { Place, Profile, Salary } from './profile/model';

const MAX_WORDS = 50;
const wordList = z.array(z.string().trim().min(1).max(100)).max(MAX_WORDS);

export const adjustmentsSchema = z.object({
  keywords: wordList,
  excludedKeywords: wordList,
  excludedCompanies: wordList,
  extraPlace: placeSchema.optional(),
  minSalary: salarySchema.optional(),
});
export type Adjustments = z.infer<typeof adjustmentsSchema>;

// The light part (empty value, emptiness test, hand-written reader) lives apart so the popup loads no zod.
export { isEmptyAdjustments, NO_ADJUSTMENTS, readAdjustments } from './profile/adjustments-shape';

/** The profile as matching sees it: the extra place added to each métier, the salary floor replaced. */
export function applyAdjustments(profile: Profile, adjustments: Adjustments): Profile {
  const { extraPlace, minSalary } = adjustments;
  if (!extraPlace && !minSalary) return profile;
  return {
    ...profile,
    metiers: profile.metiers.map((metier) => ({
      ...metier,
      places: extraPlace ? [...metier.places, extraPlace satisfies Place] : metier.places,
      salary: minSalary ? (minSalary satisfies Salary) : metier.salary,
    })),
  };
}

/** The word lists deriveMatchProfile takes. */
export function matchAdjustmentsOf(adjustments: Adjustments): MatchAdjustments {
  return {
    keywords: adjustments.keywords,
    excludedKeywords: adjustments.excludedKeywords,
    excludedCompanies: adjustments.excludedCompanies,
  };
}
