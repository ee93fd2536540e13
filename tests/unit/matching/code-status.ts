/**
 * The title criterion's status of an offer for a profile of one ROME code
 * (scripts/lib/eval-title.ts profileOfCode: no place, no label of its own),
 * each code's match profile derived and compiled once: shared by the tests of
 * what a title is read without (its town, its company, numbers, what boards
 * add about hours and pay).
 */
import { deriveMatchProfile } from '@/utils/matching/derive-match-profile';
import type { OfferInput } from '@/utils/matching/offer';
import { parseOffer } from '@/utils/matching/parse-offer';
import { PARSE_TABLES } from '@/utils/matching/parse-tables';
import type { CriterionStatus } from '@/utils/matching/result';
import { type CompiledMatchProfile, compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { profileOfCode } from '../../../scripts/lib/eval-title';
import { lexicon } from './held-out-evidence';

const communes = loadCommunes();
const compiled = new Map<string, CompiledMatchProfile>();

/** The status of `offer` (or of a bare title) for the fiche or parent code `code`. */
export function codeTitleStatus(offer: OfferInput | string, code: string): CriterionStatus {
  let profile = compiled.get(code);
  if (!profile) {
    const match = deriveMatchProfile(profileOfCode(code), { lexicon, communes });
    if (!match) throw new Error(`no match profile for ${code}`);
    profile = compileMatchProfile(match);
    compiled.set(code, profile);
  }
  return scoreOffer(typeof offer === 'string' ? { title: offer } : offer, profile).criteria.title.status;
}

/** The title words an offer carries once read whole (its town and company known). */
export const offerTokens = (offer: OfferInput): string[] => [...parseOffer(offer, PARSE_TABLES).titleTokens];
