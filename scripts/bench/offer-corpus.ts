/**
 * Realistic, varied offers for the scoring benchmark, built from the real
 * fixtures: the Offres v2 offers and the offers the site adapters read on the
 * real saved pages, recombined (title x place x contract x salary x working
 * time) into a few thousand distinct OfferInputs.
 */
import type { OfferInput } from '../../utils/matching/offer';
import { fixtureOffers } from '../lib/fixture-offers';

/**
 * `count` offers: fields of the fixture offers recombined with co-prime
 * strides. With `distinctTitles`, a round number makes every title distinct
 * (the worst case for the parse caches: each title is parsed afresh);
 * without, the fixture titles recur as the same titles recur across a board.
 */
export function variedOffers(count: number, distinctTitles: boolean): OfferInput[] {
  const base = fixtureOffers();
  const pick = <T>(values: T[], i: number): T | undefined => values[i % values.length];
  const titles = base.map((o) => o.title).filter((t) => t !== undefined);
  const places = base.filter((o) => o.location !== undefined);
  const contracts = base.map((o) => o.contract).filter((c) => c !== undefined);
  const salaries = base.map((o) => o.salary).filter((s) => s !== undefined);
  const workTimes = base.map((o) => o.workTime).filter((w) => w !== undefined);
  const offers: OfferInput[] = [];
  for (let i = 0; i < count; i++) {
    const place = pick(places, i * 7);
    const offer: OfferInput = {
      title: `${pick(titles, i) ?? ''}${distinctTitles && i >= titles.length ? ` ${Math.floor(i / titles.length)}` : ''}`,
      company: pick(base, i * 3)?.company ?? 'Entreprise',
    };
    if (place?.location) offer.location = place.location;
    if (place?.postalCode) offer.postalCode = place.postalCode;
    if (place?.coordinates) offer.coordinates = place.coordinates;
    const contract = pick(contracts, i * 5);
    if (contract !== undefined && i % 4 !== 0) offer.contract = contract;
    const salary = pick(salaries, i * 11);
    if (salary !== undefined && i % 3 !== 0) offer.salary = salary;
    const workTime = pick(workTimes, i * 13);
    if (workTime !== undefined && i % 2 === 0) offer.workTime = workTime;
    offers.push(offer);
  }
  return offers;
}
