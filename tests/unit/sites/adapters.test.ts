import { describe, expect, it } from 'vitest';
import { ALL_ADAPTERS, adapterFor } from '../../../utils/sites/registry';
import { textOf } from '../../../utils/sites/text';
import { OFFER_FIELDS } from '../../../utils/sites/types';
import { FIXTURE_CASES } from './fixture-cases';
import { loadPage } from './load-page';

function adapterById(id: string) {
  const adapter = ALL_ADAPTERS.find((a) => a.id === id);
  if (!adapter) throw new Error(`no adapter ${id}`);
  return adapter;
}

describe.each(FIXTURE_CASES)('$adapter on $file', (fixture) => {
  const adapter = adapterById(fixture.adapter);
  const url = new URL(fixture.url);
  const offers = adapter.extract(loadPage(`${fixture.adapter}/${fixture.file}`), url);

  it(`finds ${fixture.count} offers`, () => {
    expect(offers).toHaveLength(fixture.count);
  });

  it('reads the expected field values', () => {
    for (const [index, expected] of Object.entries(fixture.offers)) {
      expect(offers[Number(index)], `offer ${index}`).toMatchObject(expected);
    }
  });

  it('gives each offer its own card, holding its title', () => {
    expect(new Set(offers.map((o) => o.element)).size).toBe(offers.length);
    for (const offer of offers) {
      if (offer.title) expect(textOf(offer.element)).toContain(offer.title);
    }
  });

  it('lists exactly the fields it could not read as missing', () => {
    for (const offer of offers) {
      for (const field of OFFER_FIELDS) {
        expect(offer.missing.includes(field), `${field} of ${offer.title}`).toBe(offer[field] === undefined);
      }
    }
  });

  it('skips decoy cards', () => {
    const ids = offers.map((o) => o.structured?.id);
    for (const id of fixture.absentIds ?? []) expect(ids).not.toContain(id);
  });

  it('is the adapter chosen for this URL, and knows whether offers are expected there', () => {
    if (adapter.id === 'jsonld') {
      expect(adapterFor(url)).toBeNull();
      return;
    }
    expect(adapterFor(url)?.id).toBe(adapter.id);
    const listing = /listing|logged-in|links-only/.test(fixture.file);
    expect(adapter.isListing?.(url)).toBe(listing);
  });
});
