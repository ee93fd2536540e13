/**
 * A common job noun that names one trade ("vendeur": title-word-stats.ts
 * TRADE_SHARE) is read past by no other family, and heads the families it
 * mostly heads (title-evidence-weights.ts otherJobsOf, tradeHeadsOf,
 * otherTradesOf).
 */
import { describe, expect, it } from 'vitest';
import { wordStats } from '@/utils/matching/criteria/title-word-stats';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { engineTitleStatus } from '../../../scripts/lib/eval-title';
import { evidenceOf, lexicon } from './held-out-evidence';

const statusOf = engineTitleStatus(lexicon, loadCommunes());

/** General sellers: food, sport and leisure, home, clothes. */
const SELLERS = ['D1106', 'D1211', 'D1212', 'D1214'];

describe('a common job noun that names one trade', () => {
  it('is "vendeur" alone in the ROME, a common word heading fiches of one grand domaine', () => {
    const stats = wordStats(lexicon);
    expect(stats.common).toContain('vendeur');
    expect([...stats.tradeHeads]).toEqual(['vendeur']);
  });

  it('is not read past by a family that does not use it', () => {
    // Fork-lift drivers (by "magasinage"), pharmacists, medical advisers.
    expect(evidenceOf(lexicon, 'N1101').jobs).toContain('vendeur');
    expect(statusOf('Vendeur en magasin H/F', 'N1101')).toBe('ko');
    expect(statusOf('Vendeur en pharmacie H/F', 'J1202')).toBe('ko');
    expect(statusOf('Vendeur conseil H/F', 'K1402')).toBe('ko');
    // A generic head still is read past: "Directeur de piscine" is a pool's director.
    expect(statusOf('Directeur de piscine', 'G1406')).toBe('ok');
  });

  it("heads the sellers' families: their titles' qualifiers may vary", () => {
    for (const code of SELLERS) {
      expect(evidenceOf(lexicon, code).heads).toContain('vendeur');
      expect(statusOf('Vendeur en magasin H/F', code)).toBe('ok');
      expect(statusOf('Vendeur conseil H/F', code)).toBe('ok');
    }
    // Alone it says no more than before: a near métier (criteria/title.ts, one generic word).
    expect(statusOf('Vendeur H/F', 'D1214')).toBe('partial');
  });

  it("keeps another trade's qualifier that trade's", () => {
    expect(evidenceOf(lexicon, 'D1214').otherTrades).toContain('vendeur automobil');
    expect(statusOf('Vendeur automobile H/F', 'D1214')).toBe('ko');
    expect(statusOf('Vendeur automobile H/F', 'D1404')).toBe('ok');
    expect(statusOf('Vendeur en boulangerie H/F', 'D1214')).toBe('ko');
    expect(statusOf('Vendeur en boulangerie H/F', 'D1106')).toBe('ok');
  });

  it('lets a qualifier two trades give it beside their own word vary', () => {
    // "Vendeur conseil en jardinerie" (D1209), "Vendeur conseil en aquariophilie" (D1210).
    expect(evidenceOf(lexicon, 'D1214').otherTrades).not.toContain('vendeur conseil');
  });
});
