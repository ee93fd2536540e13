import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fillMissing, makeOffer, withPageContract } from '@/utils/sites/offer';

const { document } = parseHTML('<article><h2><a>Boulanger (H/F)</a></h2><span>Lyon 3e</span></article>');
const card = document.querySelector('article') as Element;
const titleLink = document.querySelector('a') as Element;

describe('fillMissing', () => {
  it('fills only the missing fields and lists what is still missing', () => {
    const offer = makeOffer(card, { title: 'Boulanger (H/F)', location: 'Lyon 3e' });
    const filled = fillMissing(offer, {
      title: 'Autre titre',
      company: 'Fournil du Rhône',
      location: 'Paris',
    });
    expect(filled.title).toBe('Boulanger (H/F)');
    expect(filled.location).toBe('Lyon 3e');
    expect(filled.company).toBe('Fournil du Rhône');
    expect(filled.missing).not.toContain('company');
    expect(filled.missing).toContain('salary');
  });

  it('keeps the element the card title was read from, for the badge anchor', () => {
    const offer = makeOffer(card, { title: 'Boulanger (H/F)' });
    offer.titleElement = titleLink;
    expect(fillMissing(offer, { company: 'Fournil du Rhône' }).titleElement).toBe(titleLink);
  });

  it('has no title element when the title came from the extra reading', () => {
    const offer = makeOffer(card, {});
    offer.titleElement = titleLink;
    expect(fillMissing(offer, { title: 'Boulanger (H/F)' }).titleElement).toBeUndefined();
  });
});

describe('withPageContract', () => {
  it("fills the contract of a detail page's one offer, and nothing else", () => {
    const offer = makeOffer(card, { title: 'Boulanger (H/F)', location: 'Lyon 3e' });
    const [filled] = withPageContract([offer], 'CDI');
    expect(filled?.contract).toBe('CDI');
    expect(filled?.missing).not.toContain('contract');
    expect(filled?.title).toBe('Boulanger (H/F)');
  });

  it('leaves an offer with its own contract, several offers, or no contract found as they are', () => {
    const withOwn = makeOffer(card, { title: 'Boulanger', contract: 'CDD' });
    expect(withPageContract([withOwn], 'CDI')).toEqual([withOwn]);
    const two = [makeOffer(card, { title: 'Boulanger' }), makeOffer(card, { title: 'Pâtissier' })];
    expect(withPageContract(two, 'CDI')).toBe(two);
    const alone = [makeOffer(card, { title: 'Boulanger' })];
    expect(withPageContract(alone, undefined)).toBe(alone);
  });
});
