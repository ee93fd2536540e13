/**
 * Reading with a card memo (what the content script keeps between passes):
 * the same offers as a fresh reading, and a card already read is not read again.
 */
import { describe, expect, it } from 'vitest';
import { ALL_ADAPTERS } from '../../../utils/sites/registry';
import type { ExtractedOffer } from '../../../utils/sites/types';
import { FIXTURE_CASES } from './fixture-cases';
import { loadPage } from './load-page';

const adapterOf = (id: string) => {
  const adapter = ALL_ADAPTERS.find((a) => a.id === id);
  if (!adapter) throw new Error(`no adapter ${id}`);
  return adapter;
};

/** A memo that counts what was put in. */
function countingMemo() {
  const map = new WeakMap<Element, ExtractedOffer>();
  let sets = 0;
  return {
    get: (card: Element) => map.get(card),
    set(card: Element, offer: ExtractedOffer) {
      sets += 1;
      map.set(card, offer);
    },
    sets: () => sets,
  };
}

describe.each(FIXTURE_CASES)('$adapter on $file, with a card memo', (fixture) => {
  const adapter = adapterOf(fixture.adapter);
  const url = new URL(fixture.url);

  it('reads the same offers as without it, and the second time reads nothing again', () => {
    const doc = loadPage(`${fixture.adapter}/${fixture.file}`);
    const fresh = adapter.extract(doc, url);
    const memo = countingMemo();
    const first = adapter.extract(doc, url, memo);
    expect(first).toEqual(fresh);
    const setsAfterFirst = memo.sets();
    const second = adapter.extract(doc, url, memo);
    expect(second).toEqual(fresh);
    expect(memo.sets()).toBe(setsAfterFirst);
  });
});

describe('card memo on a HelloWork listing', () => {
  const fixture = FIXTURE_CASES.find((c) => c.adapter === 'hellowork');
  if (!fixture) throw new Error('no HelloWork case');
  const url = new URL(fixture.url);

  it('reads only the cards the memo does not hold', () => {
    const doc = loadPage(`hellowork/${fixture.file}`);
    const memo = countingMemo();
    const first = adapterOf('hellowork').extract(doc, url, memo);
    expect(memo.sets()).toBe(fixture.count);
    const list = first[0]?.element.parentElement;
    const card = first[0]?.element;
    if (!list || !card) throw new Error('fixture changed');
    for (let i = 0; i < 3; i++) list.append(card.cloneNode(true));
    const after = adapterOf('hellowork').extract(doc, url, memo);
    expect(after).toHaveLength(fixture.count + 3);
    expect(memo.sets()).toBe(fixture.count + 3);
    // The cards read before are the very same readings.
    const kept = new Set(after);
    expect(first.every((offer) => kept.has(offer))).toBe(true);
  });
});

describe.each(FIXTURE_CASES.filter((c) => adapterOf(c.adapter).extractWithin))(
  '$adapter on $file, read within added nodes',
  (fixture) => {
    const adapter = adapterOf(fixture.adapter);
    const url = new URL(fixture.url);

    it('reads from the cards themselves or their list what the whole page gives, or defers to it', () => {
      const doc = loadPage(`${fixture.adapter}/${fixture.file}`);
      const fresh = adapter.extract(doc, url);
      const cards = fresh.map((offer) => offer.element);
      const fromCards = adapter.extractWithin?.(cards, url);
      // An offer page has no cards of its own: only the whole page can tell. Nor can added nodes
      // alone when every card counts as added on a board that reads the page one way (LinkedIn's
      // layouts) or bounds a card by its neighbours (Cadremploi): see extract-within.test.ts.
      if (fresh.length > 0 && adapter.isListing?.(url) && !['linkedin', 'cadremploi'].includes(adapter.id)) {
        expect(fromCards).not.toBeNull();
      }
      if (!fromCards) return;
      expect(fromCards).toEqual(fresh);
      const list = cards[0]?.parentElement;
      if (!list) throw new Error('fixture changed');
      const inList = new Set(adapter.extractWithin?.([list], url)?.map((offer) => offer.element));
      expect(cards.filter((card) => card.parentElement === list).every((card) => inList.has(card))).toBe(
        true,
      );
      // A node added inside a card is the card's change, not a new card.
      const inner = cards[0]?.firstElementChild;
      if (inner) expect(adapter.extractWithin?.([inner], url)).toBeNull();
    });
  },
);
