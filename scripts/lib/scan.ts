/**
 * The core of `npm run scan`: offers of a France Travail Offres v2 answer or
 * of a saved job-board page, scored against a match profile, in the order
 * they were read. Pure apart from the caller's inputs: the CLI (scripts/scan.ts)
 * reads the files and prints.
 */
import { parseHTML } from 'linkedom';
import { toOfferInput } from '../../utils/highlight/to-offer-input';
import type { OfferInput } from '../../utils/matching/offer';
import type { CriterionName, CriterionResult, Verdict } from '../../utils/matching/result';
import { CRITERIA } from '../../utils/matching/result';
import { type CompiledMatchProfile, scoreOffer } from '../../utils/matching/score';
import { adapterFor, genericAdapter } from '../../utils/sites/registry';
import type { ExtractedOffer } from '../../utils/sites/types';
import { offresAnswerSchema, offresOfferInput, offresOfferUrl } from './offres-v2';

/** The adapter name printed for an Offres v2 answer. */
export const OFFRES_V2 = 'offres-v2';

export interface ScannedOffer {
  title: string | null;
  company: string | null;
  place: string | null;
  contract: string | null;
  salary: string | null;
  url: string | null;
  score: number;
  verdict: Verdict;
  criteria: Record<CriterionName, CriterionResult>;
}

export interface ScanOutput {
  adapter: string;
  offers: ScannedOffer[];
}

/** What to show of an offer next to its score (the texts as read, not the parsed values). */
interface Shown {
  title?: string | undefined;
  company?: string | undefined;
  place?: string | undefined;
  contract?: string | undefined;
  salary?: string | undefined;
  url?: string | undefined;
}

function scored(shown: Shown, input: OfferInput, profile: CompiledMatchProfile): ScannedOffer {
  const result = scoreOffer(input, profile);
  const criteria = Object.fromEntries(
    CRITERIA.map((name) => [
      name,
      { status: result.criteria[name].status, reason: result.criteria[name].reason },
    ]),
  ) as Record<CriterionName, CriterionResult>;
  return {
    title: shown.title ?? null,
    company: shown.company ?? null,
    place: shown.place ?? null,
    contract: shown.contract ?? null,
    salary: shown.salary ?? null,
    url: shown.url ?? null,
    score: result.score,
    verdict: result.verdict,
    criteria,
  };
}

/** Scores every offer of an Offres v2 answer (throws a ZodError when it is not one). */
export function scanOffres(answer: unknown, profile: CompiledMatchProfile): ScanOutput {
  const { resultats } = offresAnswerSchema.parse(answer);
  return {
    adapter: OFFRES_V2,
    offers: resultats.map((offer) =>
      scored(
        {
          title: offer.intitule,
          company: offer.entreprise?.nom,
          place: offer.lieuTravail?.libelle,
          contract: offer.typeContratLibelle ?? offer.typeContrat,
          salary: offer.salaire?.libelle,
          url: offresOfferUrl(offer),
        },
        offresOfferInput(offer),
        profile,
      ),
    ),
  };
}

/** The offers a site adapter finds on a page, with the adapter's id (generic JobPosting reader when no board matches). */
export function extractPage(html: string, url: URL): { adapter: string; offers: ExtractedOffer[] } {
  const { document } = parseHTML(html);
  const adapter = adapterFor(url) ?? genericAdapter;
  return { adapter: adapter.id, offers: adapter.extract(document as unknown as ParentNode, url) };
}

/** Scores the offers found on a saved page of a job board. */
export function scanPage(html: string, url: URL, profile: CompiledMatchProfile): ScanOutput {
  const { adapter, offers } = extractPage(html, url);
  return {
    adapter,
    offers: offers.map((offer) =>
      scored(
        {
          title: offer.title,
          company: offer.company,
          place: offer.location,
          contract: offer.contract,
          salary: offer.salary,
          url: offer.url,
        },
        toOfferInput(offer),
        profile,
      ),
    ),
  };
}
