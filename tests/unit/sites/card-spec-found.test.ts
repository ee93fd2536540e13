/**
 * readCard tells a board's extra reading which element each field came from (so HelloWork finds its
 * salary chip beside the place chip without searching the card again); the elements must be the ones
 * the text was read from, and a board must still read right when a field it leans on is missing.
 */
import { describe, expect, it } from 'vitest';
import { type FoundElements, readCard } from '../../../utils/sites/card-spec';
import { pickAll } from '../../../utils/sites/dom';
import { HELLOWORK_SPEC, hellowork } from '../../../utils/sites/hellowork';
import { loadPage } from './load-page';

const LISTING = 'hellowork/listing-developpeur-montpellier-2026-03.html';
const URL_OF_LISTING = new URL(
  'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=developpeur&l=Montpellier',
);

describe('readCard: the elements fields were read from', () => {
  it('gives each field its element, the url its link', () => {
    const doc = loadPage(LISTING);
    const cards = pickAll(doc, HELLOWORK_SPEC.cards);
    expect(cards.length).toBeGreaterThan(20);
    for (const card of cards) {
      const found: FoundElements = {};
      const fields = readCard(card, HELLOWORK_SPEC, URL_OF_LISTING, found);
      for (const field of ['title', 'company', 'location', 'contract'] as const) {
        if (fields[field] === undefined) expect(found[field]).toBeUndefined();
        else {
          expect(card.contains(found[field] as Element)).toBe(true);
          expect((found[field]?.textContent ?? '').replace(/\s+/g, ' ').trim()).toBe(fields[field]);
        }
      }
      expect(found.url?.getAttribute('href')).toBe(new URL(fields.url ?? '').pathname);
    }
  });

  it('HelloWork reads the salary and working time the same with the place chip or without it', () => {
    const doc = loadPage(LISTING);
    const before = hellowork.extract(doc, URL_OF_LISTING);
    const withSalary = before.filter((offer) => offer.salary !== undefined);
    expect(withSalary.length).toBeGreaterThan(0);
    // Without the place chip the contract chip (or a search of the card) still leads to the salary.
    for (const chip of doc.querySelectorAll('[data-cy="localisationCard"]')) chip.remove();
    const after = hellowork.extract(doc, URL_OF_LISTING);
    expect(after.map((o) => [o.salary, o.workTime])).toEqual(before.map((o) => [o.salary, o.workTime]));
    for (const chip of doc.querySelectorAll('[data-cy="contractCard"]')) chip.textContent = '';
    const bare = hellowork.extract(doc, URL_OF_LISTING);
    expect(bare.map((o) => [o.salary, o.workTime])).toEqual(before.map((o) => [o.salary, o.workTime]));
  });
});
