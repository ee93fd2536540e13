/**
 * Offers parsed and scored per second in Node, against the two-métier demo
 * profile, over a few thousand distinct offers built from the real fixtures;
 * and the time to derive the match profile from the profile.
 */

import type { CommuneIndex } from '../../utils/geo/communes';
import { PLACE_NAMES } from '../../utils/geo/departements';
import { deriveMatchProfile } from '../../utils/matching/derive-match-profile';
import type { OfferInput } from '../../utils/matching/offer';
import { parsePlace } from '../../utils/matching/place';
import { parseSalary } from '../../utils/matching/salary';
import { type CompiledMatchProfile, compileMatchProfile, scoreOffer } from '../../utils/matching/score';
import { demoProfile } from '../../utils/profile/demo';
import { loadCommunes, loadLexicon } from '../data/load-assets';
import { variedOffers } from './offer-corpus';
import { aimed, type BenchSection, median } from './section';

const OFFERS = 5000;
const MIN_MS = 1500;
const PARSE_MS = 500;
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

/** Parses the texts round after round for at least `minMs`, uncached (every text once a round); returns texts per second. */
function parsesPerSecond(texts: readonly string[], parse: (text: string) => unknown, minMs: number): number {
  let parsed = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const text of texts) parse(text);
    parsed += texts.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (parsed * 1000) / elapsed;
}

/** Every commune of the index written the ways boards write a place, one way each: no two texts alike. */
function distinctPlaces(communes: CommuneIndex): string[] {
  return communes.communes.map((c, i) => {
    const postalCode = c.postalCodes[0] ?? c.departement;
    switch (i % 4) {
      case 0:
        return `${c.departement} - ${c.name.toUpperCase()}`;
      case 1:
        return `${c.name} (${c.departement})`;
      case 2:
        return `${postalCode} ${c.name}`;
      default:
        return `${c.name}, France`;
    }
  });
}

/** Salaries in the formats of the fixtures (Offres v2 libellés, board cards), every amount distinct. */
function distinctSalaries(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    switch (i % 5) {
      case 0:
        return `Mensuel de ${1800 + i}.00 Euros sur 12 mois`;
      case 1:
        return `Annuel de ${25000 + i},00 Euros à ${30000 + i},00 Euros sur 13 mois`;
      case 2:
        return `${30 + (i % 40)} ${String(i % 1000).padStart(3, '0')} - ${45 + (i % 40)} 000 € / an`;
      case 3:
        return `${(11.5 + (i % 900) / 100).toFixed(2).replace('.', ',')} €/h`;
      default:
        return `${35 + (i % 60)},${i % 10}K€ brut annuel`;
    }
  });
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
    const places = distinctPlaces(communes);
    const salaries = distinctSalaries(places.length);
    const readPlace = (text: string) => parsePlace(text, PLACE_NAMES);
    parsesPerSecond(places, readPlace, 200); // warm-up
    parsesPerSecond(salaries, parseSalary, 200);
    const placesPerSecond = parsesPerSecond(places, readPlace, PARSE_MS);
    const salariesPerSecond = parsesPerSecond(salaries, parseSalary, PARSE_MS);
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
      {
        name: `places parsed per second, uncached (${places.length} communes as boards write them, every place distinct)`,
        value: Math.round(placesPerSecond),
        unit: 'places/s',
      },
      {
        name: `salaries parsed per second, uncached (${salaries.length} salaries, every one distinct)`,
        value: Math.round(salariesPerSecond),
        unit: 'salaries/s',
      },
    ];
  },
};

const round2 = (x: number) => Math.round(x * 100) / 100;

export default section;
