import { describe, expect, it } from 'vitest';
import { parseOffer } from '../../../utils/matching/parse-offer';
import { titleTokens } from '../../../utils/matching/title';

describe('parseOffer title tokens', () => {
  it('hands titles with the same words in the same order one Set, which criteria/title.ts sums once', () => {
    // Titles as Indeed and HelloWork write the same offer.
    const a = parseOffer({ title: 'Vendeur (H/F)' }).titleTokens;
    const b = parseOffer({ title: 'VENDEUR F/H - CDI' }).titleTokens;
    expect(b).toBe(a);
    expect([...a]).toEqual(titleTokens('Vendeur (H/F)'));
  });

  it('keeps titles with other words, or the same words in another order, apart', () => {
    const seller = parseOffer({ title: 'Vendeur H/F' }).titleTokens;
    const pair = parseOffer({ title: 'Vendeur / Vendeuse en boulangerie' }).titleTokens;
    const reversed = parseOffer({ title: 'Boulangerie vendeur' }).titleTokens;
    const forward = parseOffer({ title: 'Vendeur boulangerie' }).titleTokens;
    expect(pair).not.toBe(seller);
    expect(reversed).not.toBe(forward);
    expect([...reversed]).toEqual(['boulangerie', 'vendeur']);
    expect([...forward]).toEqual(['vendeur', 'boulangerie']);
  });
});
