/**
 * The offer's company named at the start of its title ("SAINT LAURENT Stage
 * HR Assistant", "Boulanger - Vendeur électroménager") is no word of its
 * métier (title.ts withoutNames, parse-offer.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleTokens } from '@/utils/matching/title';
import { codeTitleStatus, offerTokens as tokensOf } from './code-status';

describe("the offer's company opening its title", () => {
  it('is left out of the title words, as Welcome to the Jungle writes them', () => {
    // Real titles of tests/fixtures/pages/wttj/.
    // Read as English, its job noun first (english-title.ts): the name no longer opens the reading.
    expect(tokensOf({ title: 'SAINT LAURENT Stage HR Assistant H/F', company: 'Saint Laurent' })).toEqual([
      'assistant',
      'rh',
    ]);
    expect(
      tokensOf({
        title: 'SAINT LAURENT - Retail Operations Assistant (Stage) H/F',
        company: 'Saint Laurent',
      }),
    ).toEqual(['retail', 'operations', 'assistant']);
    // A name opening with a stop word or an elided letter, punctuation inside the name, an acronym.
    expect(tokensOf({ title: 'Le Bon Coin - Commercial', company: 'Le Bon Coin' })).toEqual(['commercial']);
    expect(tokensOf({ title: "L'Oréal - Stage marketing digital", company: "L'Oréal" })).toEqual([
      'marketing',
      'digital',
    ]);
    expect(tokensOf({ title: 'M&S - Vendeur', company: 'M & S' })).toEqual(['vendeur']);
    // With the recruiting verb read past (title.ts NOISE_WORDS).
    expect(tokensOf({ title: 'Carrefour recrute un vendeur H/F', company: 'Carrefour' })).toEqual([
      'vendeur',
    ]);
    expect(tokensOf({ title: "JDE Peet's - Stage Infrastructure IT", company: "JDE Peet's" })).toEqual([
      'infrastructure',
      'it',
    ]);
  });

  it('is kept anywhere else, when only part of it opens the title, or when the title is nothing else', () => {
    expect(tokensOf({ title: 'Préparateur en pharmacie', company: 'Pharmacie' })).toEqual([
      'preparateur',
      'pharmacie',
    ]);
    expect(tokensOf({ title: 'Boulangerie - Vendeuse', company: 'Boulangerie Paul' })).toEqual([
      'boulangerie',
      'vendeuse',
    ]);
    expect(tokensOf({ title: 'Boulanger H/F', company: 'Boulanger' })).toEqual(['boulanger']);
    // The name and noise only: no job named, no reading (the title criterion says "intitulé non lu").
    expect(tokensOf({ title: 'Saint Laurent - Stage', company: 'Saint Laurent' })).toEqual([]);
  });

  it('does not reach the same title at another company (titles are cached)', () => {
    const title = 'Decathlon - Vendeur sport';
    expect(tokensOf({ title, company: 'Decathlon' })).toEqual(['vendeur', 'sport']);
    expect(tokensOf({ title, company: 'Intersport' })).toEqual(['decathlon', 'vendeur', 'sport']);
    expect(tokensOf({ title })).toEqual(['decathlon', 'vendeur', 'sport']);
    expect(tokensOf({ title, company: 'Decathlon' })).toEqual(['vendeur', 'sport']);
    expect(titleTokens(title)).toEqual(['decathlon', 'vendeur', 'sport']);
  });

  it('never throws on random titles and names, and reads a title the same however often it comes', () => {
    const name = fc.oneof(
      fc.constantFrom('', 'Boulanger', 'Saint Laurent', "L'Oréal", 'Le Bon Coin', 'de la', 'M & S', '  '),
      fc.string({ maxLength: 40 }),
    );
    const title = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }));
    fc.assert(
      fc.property(name, title, fc.boolean(), (company, rest, opens) => {
        const offer = { title: opens ? `${company} ${rest}` : rest, company };
        const first = tokensOf(offer);
        for (const token of first) expect(token.length).toBeGreaterThan(1);
        expect(tokensOf(offer)).toEqual(first);
      }),
      { numRuns: 1_000 },
    );
  });

  it("keeps a company's name from making the title another trade's", () => {
    // Boulanger, the household-appliance retailer: its sellers are no bakers (D1102), still sellers (D1212).
    const seller = { title: 'Boulanger - Vendeur électroménager H/F', company: 'Boulanger' };
    expect(codeTitleStatus({ title: seller.title }, 'D1102')).toBe('ok');
    expect(codeTitleStatus(seller, 'D1102')).toBe('ko');
    expect(codeTitleStatus(seller, 'D1212')).toBe('ok');
  });
});
