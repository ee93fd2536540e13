/**
 * Offers parsed and scored per second in Node, against the two-métier demo
 * profile, over a few thousand distinct offers built from the real fixtures;
 * and the time to derive the match profile from the profile.
 */

import { deriveMatchProfile } from '../../utils/matching/derive-match-profile';
import type { OfferInput } from '../../utils/matching/offer';
import { type CompiledMatchProfile, compileMatchProfile, scoreOffer } from '../../utils/matching/score';
import { demoProfile } from '../../utils/profile/demo';
import { loadCommunes, loadLexicon } from '../data/load-assets';
import { variedOffers } from './offer-corpus';
import { aimed, type BenchSection, median } from './section';

const OFFERS = 5000;
const MIN_MS = 1500;
const DERIVATIONS = 31;

/** Scores the offers round after round for at least `minMs`; returns offers per second. */
function throughput(offers: readonly OfferInput[], profile: CompiledMatchProfile, minMs: number) {
  let scored = 0;
  let matched = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const offer of offers) if (scoreOffer(offer, profile).verdict !== 'no') matched++;
    scored += offers.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { perSecond: (scored * 1000) / elapsed, scored, matched: matched / (scored / offers.length) };
}

const section: BenchSection = {
  title: 'Matching engine (Node)',
  async run() {
    const lexicon = loadLexicon();
    const communes = loadCommunes();
    const profile = demoProfile(new Date('2026-01-01T00:00:00Z'));
    const data = { lexicon, communes };
    const first = performance.now();
    const match = deriveMatchProfile(profile, data);
    const firstMs = performance.now() - first;
    if (!match) throw new Error('the demo profile gives no match profile');
    const times: number[] = [];
    for (let i = 0; i < DERIVATIONS; i++) {
      const start = performance.now();
      deriveMatchProfile(profile, data);
      times.push(performance.now() - start);
    }
    const compileStart = performance.now();
    const compiled = compileMatchProfile(match);
    const compileMs = performance.now() - compileStart;

    const recurring = variedOffers(OFFERS, false);
    const distinct = variedOffers(OFFERS, true);
    throughput(recurring, compiled, 300); // warm-up: let the JIT settle
    const recurringRun = throughput(recurring, compiled, MIN_MS);
    const distinctRun = throughput(distinct, compiled, MIN_MS);
    const metiers = profile.metiers.length;
    return [
      aimed(
        `offers parsed+scored per second (${metiers} métiers, ${OFFERS} offers, fixture titles recur)`,
        Math.round(recurringRun.perSecond),
        'offers/s',
        { atLeast: 200_000 },
      ),
      aimed(
        `offers parsed+scored per second (${metiers} métiers, ${OFFERS} offers, every title distinct)`,
        Math.round(distinctRun.perSecond),
        'offers/s',
        { atLeast: 200_000 },
      ),
      {
        name: 'offers matching (match or partial) per round',
        value: recurringRun.matched,
        unit: `of ${OFFERS}`,
      },
      {
        name: 'match profile derivation, first (lexicon forms cached after)',
        value: round2(firstMs),
        unit: 'ms',
      },
      {
        name: `match profile derivation, median of ${DERIVATIONS}`,
        value: round2(median(times)),
        unit: 'ms',
      },
      { name: 'match profile compilation', value: round2(compileMs), unit: 'ms' },
      { name: 'match profile JSON size', value: JSON.stringify(match).length, unit: 'bytes' },
    ];
  },
};

const round2 = (x: number) => Math.round(x * 100) / 100;

export default section;
