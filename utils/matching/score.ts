/**
 * Scores an offer against a match profile: each métier in turn, the best kept.
 *
 * Weights (out of 100): title 40, place 20, contract 15, salary 10,
 * working time 10, experience 5. A criterion counts its full weight when ok,
 * half when partial, nothing when ko; an unknown criterion is left out of
 * both sides of the ratio, so not saying never costs an offer anything.
 * The title decides whether an offer can match at all: a title that is not
 * the métier (or cannot be read) gives verdict `no` and score 0.
 * Verdict `match`: title ok and no criterion ko. Otherwise `partial`.
 */

import { indexPlaceNames } from '../geo/place-names';
import { cachedWhenSeenTwice } from './cache';
import { scoreContract } from './criteria/contract';
import { scoreExperience } from './criteria/experience';
import { type CompiledZone, compileZone, scorePlace } from './criteria/place';
import { scoreSalary } from './criteria/salary';
import { type CompiledTitle, compileTitle, scoreTitle } from './criteria/title';
import { compileTitleScreen } from './criteria/title-screen';
import { scoreWorkTime } from './criteria/work-time';
import type { MatchMetier, MatchProfile } from './match-profile';
import { normalize } from './normalize';
import type { OfferInput, ParsedOffer } from './offer';
import { type ParseTables, parseOffer } from './parse-offer';
import { CRITERIA, type CriterionName, type CriterionResult, type MatchResult } from './result';
import { noiseTable } from './title';
import { titleResult } from './title-results';
import { compileWordFilter } from './word-filter';

export const WEIGHTS: Record<CriterionName, number> = {
  title: 40,
  place: 20,
  contract: 15,
  salary: 10,
  workTime: 10,
  experience: 5,
};

const CREDIT = { ok: 1, partial: 0.5, ko: 0 } as const;

interface CompiledMetier {
  metier: MatchMetier;
  title: CompiledTitle;
  zone: CompiledZone;
}

/** A match profile with its look-up tables built; build once, score many offers. */
export interface CompiledMatchProfile {
  metiers: CompiledMetier[];
  /** What offers are read with: the département and région names, the noise of titles. */
  tables: ParseTables;
  excludedKeywords: string[][];
  excludedCompanies: Set<string>;
}

export function compileMatchProfile(profile: MatchProfile): CompiledMatchProfile {
  const romeWords = compileWordFilter(profile.romeWords);
  const placeNames = indexPlaceNames(profile.placeNames);
  const metiers = profile.metiers.map((metier) => ({
    metier,
    title: compileTitle(metier, romeWords),
    zone: compileZone(metier.zone, placeNames),
  }));
  const excludedKeywords = profile.excludedKeywords
    .map((k) => normalize(k).split(' '))
    .filter((k) => k[0] !== '');
  const tables: ParseTables = { places: placeNames, noise: noiseTable(profile.titleNoise) };
  // An excluded keyword is looked for in the title's words (exclusion): a screened title has none read.
  const screen = excludedKeywords.length === 0 ? compileTitleScreen(metiers.map((m) => m.title)) : undefined;
  if (screen) tables.screen = screen;
  return {
    metiers,
    tables,
    excludedKeywords,
    excludedCompanies: new Set(profile.excludedCompanies.map(normalize).filter((c) => c !== '')),
  };
}

/** The weighted score of a set of criteria, 0–100. */
export function weightedScore(criteria: Record<CriterionName, CriterionResult>): number {
  let earned = 0;
  let possible = 0;
  for (const name of CRITERIA) {
    const { status } = criteria[name];
    if (status === 'unknown') continue;
    earned += WEIGHTS[name] * CREDIT[status];
    possible += WEIGHTS[name];
  }
  return possible === 0 ? 0 : Math.round((100 * earned) / possible);
}

function scoreAgainst(offer: ParsedOffer, compiled: CompiledMetier, title: CriterionResult): MatchResult {
  const { metier } = compiled;
  const criteria: Record<CriterionName, CriterionResult> = {
    title,
    place: scorePlace(offer, compiled.zone),
    contract: scoreContract(offer, metier.contracts),
    salary: scoreSalary(offer, metier.minMonthlySalary),
    workTime: scoreWorkTime(offer, metier.workTimes),
    experience: scoreExperience(offer, metier.experienceMonths),
  };
  const titleStatus = title.status;
  if (titleStatus === 'ko' || titleStatus === 'unknown') return { score: 0, verdict: 'no', criteria };
  const anyKo = CRITERIA.some((name) => criteria[name].status === 'ko');
  return {
    score: weightedScore(criteria),
    verdict: titleStatus === 'ok' && !anyKo ? 'match' : 'partial',
    metier: metier.label,
    criteria,
  };
}

/** The words an excluded keyword is looked for in, per title: normalised once per recurring title, not once per offer. */
const exclusionTexts = new Map<string, string>();
const exclusionTitlesSeen = new Set<string>();
const exclusionText = (offer: ParsedOffer) =>
  ` ${[...offer.titleTokens].join(' ')} ${normalize(offer.titleText)} `;

/** Why an offer is excluded by the person's own rules, if it is. */
function exclusion(offer: ParsedOffer, profile: CompiledMatchProfile): string | undefined {
  if (profile.excludedKeywords.length === 0) return excludedCompany(offer, profile);
  const title = cachedWhenSeenTwice(
    exclusionTexts,
    exclusionTitlesSeen,
    4096,
    offer.titleText,
    offer,
    exclusionText,
  );
  for (const words of profile.excludedKeywords) {
    if (title.includes(` ${words.join(' ')} `)) return `mot exclu : ${words.join(' ')}`;
  }
  return excludedCompany(offer, profile);
}

function excludedCompany(offer: ParsedOffer, profile: CompiledMatchProfile): string | undefined {
  return offer.company && profile.excludedCompanies.has(offer.company) ? 'entreprise exclue' : undefined;
}

const NO_PROFILE: CriterionResult = { status: 'unknown', reason: 'aucun métier dans votre profil' };

/** Scores a parsed offer; the best métier wins (higher verdict, then higher score). */
export function scoreParsedOffer(offer: ParsedOffer, profile: CompiledMatchProfile): MatchResult {
  const rank = { match: 2, partial: 1, no: 0 } as const;
  let best: MatchResult | undefined;
  // A métier whose title is not the offer's gives `no`, which any other verdict beats and which
  // ties with the first such métier: only that one is scored on the other criteria, and only when
  // no métier fits the title (most offers of a page fit none).
  let firstMiss: { compiled: CompiledMetier; title: CriterionResult } | undefined;
  for (const metier of profile.metiers) {
    // Once per title and métier: every offer of a recurring title shares the result.
    const title = titleResult(offer.titleResults, metier.title, offer, scoreTitle);
    if (title.status === 'ko' || title.status === 'unknown') {
      firstMiss ??= { compiled: metier, title };
      continue;
    }
    const result = scoreAgainst(offer, metier, title);
    if (
      !best ||
      rank[result.verdict] > rank[best.verdict] ||
      (result.verdict === best.verdict && result.score > best.score)
    )
      best = result;
  }
  if (!best && firstMiss) best = scoreAgainst(offer, firstMiss.compiled, firstMiss.title);
  if (!best) {
    const criteria = Object.fromEntries(CRITERIA.map((c) => [c, NO_PROFILE])) as Record<
      CriterionName,
      CriterionResult
    >;
    return { score: 0, verdict: 'no', criteria };
  }
  const excluded = exclusion(offer, profile);
  if (!excluded) return best;
  const result: MatchResult = {
    ...best,
    score: 0,
    verdict: 'no',
    criteria: { ...best.criteria, title: { status: 'ko', reason: excluded } },
  };
  // Said only where it changed something: an offer that was no match anyway stays a plain "no".
  if (best.verdict !== 'no') result.excluded = excluded;
  return result;
}

/** Parses and scores one offer. */
export function scoreOffer(offer: OfferInput, profile: CompiledMatchProfile): MatchResult {
  return scoreParsedOffer(parseOffer(offer, profile.tables), profile);
}
