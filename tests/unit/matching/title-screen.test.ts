/**
 * The title screen (criteria/title-screen.ts) settles offers without
 * reading their titles: it must change no result. Every real offer of the
 * fixtures, whole and as its title alone, and every ROME label of the
 * sample, is scored against profiles of one and two fiches with the screen
 * and without it; the results must be the same, and the screen must settle
 * most of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveMatchProfile } from '@/utils/matching/derive-match-profile';
import type { OfferInput } from '@/utils/matching/offer';
import { fitsNoMetier, parseOffer } from '@/utils/matching/parse-offer';
import { type CompiledMatchProfile, compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { titleTokens } from '@/utils/matching/title';
import type { Profile } from '@/utils/profile/model';
import { loadCommunes, loadLexicon } from '../../../scripts/data/load-assets';
import { profileOfCode } from '../../../scripts/lib/eval-title';
import { fixtureOffers } from '../../../scripts/lib/fixture-offers';
import { sampleLabels } from './real-titles';

const lexicon = loadLexicon();
const communes = loadCommunes();

function compiledPair(profile: Profile): [CompiledMatchProfile, CompiledMatchProfile] {
  const match = deriveMatchProfile(profile, { lexicon, communes });
  if (!match) throw new Error(`no match profile for ${profile.metiers.map((m) => m.rome?.code)}`);
  const screened = compileMatchProfile(match);
  const unscreened = compileMatchProfile(match);
  delete unscreened.tables.screen;
  return [screened, unscreened];
}

const profileOf = (codes: string[]): Profile => {
  const profiles = codes.map((code) => profileOfCode(code, lexicon.fiche(code)?.label));
  return { ...(profiles[0] as Profile), metiers: profiles.flatMap((p) => p.metiers) };
};

describe('the title screen', () => {
  const real = fixtureOffers().filter((offer) => offer.title !== undefined);
  const offers = [
    ...real,
    ...real.map((offer) => ({ title: offer.title as string })),
    ...sampleLabels().map((title) => ({ title })),
  ];
  const fiches = lexicon.fiches.filter((_, i) => i % 24 === 0).map((f) => f.code);
  // The fiches of the real offers' own trades too, and fiches two at a time, as most profiles have.
  const profiles = [
    ...fiches.map((code) => [code]),
    ['M1805', 'M1811'],
    ['K2507', 'H2407'],
    ...fiches.slice(0, 16).map((code, i) => [code, fiches[fiches.length - 1 - i] as string]),
  ];

  it(`changes no result: ${offers.length} offers against ${profiles.length} profiles`, () => {
    let settled = 0;
    let scored = 0;
    const changed: string[] = [];
    for (const codes of profiles) {
      const [screened, unscreened] = compiledPair(profileOf(codes));
      expect(screened.tables.screen).toBeDefined();
      // Each side in one run: switching tables empties the engine's caches.
      const before = offers.map((offer) => scoreOffer(offer, unscreened));
      const after = offers.map((offer) => scoreOffer(offer, screened));
      after.forEach((result, i) => {
        scored++;
        // Settled: read as no word, where a reading finds some.
        const offer = offers[i] as OfferInput;
        if (
          parseOffer(offer, screened.tables).titleTokens.size === 0 &&
          titleTokens(offer.title ?? '').length > 0
        )
          settled++;
        if (JSON.stringify(result) !== JSON.stringify(before[i]))
          changed.push(`${codes}: ${offers[i]?.title}`);
      });
    }
    expect(changed.slice(0, 20)).toEqual([]);
    // Most offers fit none of a profile's métiers, and the screen settles most of those: the check has
    // something to hold.
    expect(settled).toBeGreaterThan(scored * 0.6);
  }, 60_000);

  it('settles a title whatever names its offer has only where the whole reading says no', () => {
    let turnedDown = 0;
    const wrong: string[] = [];
    for (const codes of profiles.slice(0, 30)) {
      const [screened] = compiledPair(profileOf(codes));
      for (const offer of real) {
        const title = offer.title as string;
        if (!fitsNoMetier(title, screened.tables)) continue;
        turnedDown++;
        // Its own names, and its title's last word taken for its town, its first for its company.
        const words = title.split(/[\s,()-]+/).filter(Boolean);
        const named = { title, location: words.at(-1) ?? '', company: words[0] ?? '' };
        for (const whole of [offer, named])
          if (scoreOffer(whole, screened).verdict !== 'no')
            wrong.push(`${codes}: ${title} at ${whole.location}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(turnedDown).toBeGreaterThan(30 * real.length * 0.5);
    // Read without its town, "R Metz D" is "R D": the technicians' "R&D", which the title as written is not.
    const [technicians] = compiledPair(profileOf(['H1210']));
    const offer = { title: 'R Metz D', location: 'Metz (57)' };
    expect(scoreOffer(offer, technicians).verdict).toBe('match');
    expect(fitsNoMetier(offer.title, technicians.tables)).toBe(false);
  });

  it.each([
    ['M1805', 'D1102'],
    ['H1210', 'D1505'],
  ])(
    "changes no result on random titles of the words of %s and %s's families, names and noise",
    (...codes) => {
      const [screened, unscreened] = compiledPair(profileOf(codes));
      // The words of the two families' labels and of fiches beside them, with what makes a reading change:
      // lone letters ("R D" is the R&D technicians'), a board title ("Employé de caisse" is a cashier).
      const words = [...codes, 'M1806', 'D1106', 'H1206']
        .flatMap((code) => lexicon.appellationsForRome(code).map((a) => a.label))
        .flatMap((label) => label.split(/[\s/()]+/))
        .filter(Boolean);
      const pieces = [
        ...new Set(words),
        ...[
          'H/F',
          '(e)',
          '(se)',
          ' / ',
          ' - ',
          'R',
          'D',
          'e',
          '&',
          'CDI',
          'Stage',
          'Urgent',
          'recherche',
          'un',
        ],
        ...['temps partiel', 'Bac+2', '6 mois', '35h', 'Metz', 'Paris', 'Saint', 'Laurent', 'Developer'],
        ...['Employé de caisse', 'Conseiller de vente'],
      ];
      const title = fc
        .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 })
        .map((p) => p.join(' '));
      const offer = fc
        .tuple(title, fc.constantFrom('', 'Metz (57)', 'Paris', 'Lyon 3e', 'Saint-Laurent'), fc.nat(8))
        .map(([text, location, pick]) => {
          const offer: OfferInput = { title: text };
          if (location) offer.location = location;
          // A word of the title as its company's name, now and then.
          const word = text.split(' ')[pick];
          if (word) offer.company = word;
          return offer;
        });
      fc.assert(
        fc.property(offer, (offer) => {
          expect(JSON.stringify(scoreOffer(offer, screened))).toBe(
            JSON.stringify(scoreOffer(offer, unscreened)),
          );
        }),
        { numRuns: 3_000 },
      );
    },
  );

  it("lets through a compound of a family word, a board title, an acronym, and a title its offer's names leave empty", () => {
    const cases: Array<[OfferInput, string, string]> = [
      // No word starts as the family's: "sociologu" behind a front ending in "o" (COMPOUND_PART).
      [{ title: 'Paléosociologue' }, 'K2133', 'ok'],
      [{ title: 'Cryométéorologue' }, 'M1809', 'ok'],
      // None of their words counts for the family, but the reading makes one that does: a board title read
      // as the sellers' "Vendeur conseil", lone letters joined into the R&D technicians' "rd".
      [{ title: 'Conseiller de vente' }, 'D1106', 'ok'],
      [{ title: 'Chef R D' }, 'H1210', 'ok'],
      // Read without its company's name or its town, nothing is left but noise: not read, not another trade.
      [{ title: 'Saint Laurent - Stage', company: 'Saint Laurent' }, 'M1805', 'unknown'],
      [{ title: 'Metz - Stage', location: 'Metz (57)' }, 'M1805', 'unknown'],
    ];
    for (const [offer, code, status] of cases) {
      const [screened, unscreened] = compiledPair(profileOf([code]));
      expect(scoreOffer(offer, unscreened).criteria.title.status).toBe(status);
      expect(scoreOffer(offer, screened).criteria.title.status).toBe(status);
    }
  });

  it('is left out where the engine reads the title for more than its fit', () => {
    const profile = profileOf(['M1805']);
    const match = deriveMatchProfile(profile, { lexicon, communes }, { excludedKeywords: ['stage'] });
    if (!match) throw new Error('no match profile');
    expect(compileMatchProfile(match).tables.screen).toBeUndefined();
  });
});
