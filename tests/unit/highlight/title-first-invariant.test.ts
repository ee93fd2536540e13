/**
 * What the page's title-first reading (CardMemo.wantsRest) may turn down: an
 * offer whose title alone fits no métier, and whose title names neither its
 * own place nor its company, must be a "no" read whole too. Checked on every
 * real board offer of the fixtures against a tenth of the ROME fiches, and
 * the fiches whose offers once broke it.
 */
import { describe, expect, it } from 'vitest';
import { deriveMatchProfile } from '@/utils/matching/derive-match-profile';
import type { OfferInput } from '@/utils/matching/offer';
import { titleNamesItsOffer } from '@/utils/matching/parse-offer';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { loadCommunes, loadLexicon } from '../../../scripts/data/load-assets';
import { profileOfCode } from '../../../scripts/lib/eval-title';
import { fixtureOffers } from '../../../scripts/lib/fixture-offers';

/** "Agent d'exploitation à metz" (K2507), "SAINT LAURENT - Retail Operations Assistant" (H2407). */
const ONCE_BROKEN = ['K2507', 'H2407', 'G1413', 'D1422'];

describe('title first turns down only what the whole reading calls no', () => {
  const lexicon = loadLexicon();
  const communes = loadCommunes();
  const offers = fixtureOffers().filter((offer) => offer.title !== undefined);
  const codes = [
    ...new Set([...ONCE_BROKEN, ...lexicon.fiches.filter((_, i) => i % 10 === 0).map((f) => f.code)]),
  ];

  it(`holds for ${offers.length} real offers against ${codes.length} fiches`, () => {
    let turnedDown = 0;
    const wrong: string[] = [];
    for (const code of codes) {
      const match = deriveMatchProfile(profileOfCode(code, lexicon.fiche(code)?.label), {
        lexicon,
        communes,
      });
      if (!match) throw new Error(`no match profile for ${code}`);
      const compiled = compileMatchProfile(match);
      for (const offer of offers) {
        const title = offer.title as string;
        const alone = scoreOffer({ title }, compiled);
        if (alone.verdict !== 'no' || alone.excluded !== undefined) continue;
        const names: OfferInput = { title };
        if (offer.location !== undefined) names.location = offer.location;
        if (offer.company !== undefined) names.company = offer.company;
        if (titleNamesItsOffer(names, compiled.tables)) continue;
        turnedDown++;
        if (scoreOffer(offer, compiled).verdict !== 'no') wrong.push(`${code}: ${title}`);
      }
    }
    expect(wrong).toEqual([]);
    // Most pairs are turned down: the check has something to hold.
    expect(turnedDown).toBeGreaterThan(codes.length * offers.length * 0.5);
  });
});
