/**
 * Words that share their first letters and nothing else give a title word no
 * share of each other's weight (criteria/prefix-false-friends.ts).
 */
import { describe, expect, it } from 'vitest';
import { PREFIX_FALSE_FRIENDS } from '@/utils/matching/criteria/prefix-false-friends';
import { PREFIX } from '@/utils/matching/criteria/title-evidence-score';
import { romeStems } from '@/utils/matching/criteria/title-word-stats';
import { stemWord } from '@/utils/matching/stem';
import { codeTitleStatus } from './code-status';
import { evidenceOf, lexicon, scores, without } from './held-out-evidence';

describe('prefix false friends', () => {
  it('are stems of ROME words sharing their first PREFIX letters', () => {
    const stems = new Set(romeStems(lexicon));
    for (const [word, friends] of PREFIX_FALSE_FRIENDS) {
      expect(stemWord(word), word).toBe(word);
      expect(stems.has(word), word).toBe(true);
      for (const friend of friends) {
        expect(stemWord(friend), friend).toBe(friend);
        expect(stems.has(friend), friend).toBe(true);
        expect(friend.slice(0, PREFIX), `${word} / ${friend}`).toBe(word.slice(0, PREFIX));
      }
    }
  });

  it('give no trade a title by its false friend', () => {
    // The plumbers' "entreprise", the photographers' and the GPs' "généraliste", the secretaries' "Secrétaire
    // généraliste": each took these titles by its first letters.
    expect(codeTitleStatus("Agent d'entrepôt polyvalent H/F", 'F1603')).not.toBe('ok');
    expect(codeTitleStatus("Agent d'entrepôt polyvalent H/F", 'A1205')).not.toBe('ok');
    for (const code of ['E1201', 'J1102', 'M1607'])
      expect(codeTitleStatus('Directeur général H/F', code), code).not.toBe('ok');
    // A real board title (LinkedIn), the fish farmers' ("producteur") before.
    expect(codeTitleStatus('SAINT LAURENT Stage Product Training Assistant H/F', 'A1404')).not.toBe('ok');
  });

  it('leave the real relatives their share', () => {
    expect(codeTitleStatus("Agent d'entrepôt polyvalent H/F", 'N1103')).toBe('ok');
    expect(codeTitleStatus('Directeur général H/F', 'M1301')).toBe('ok');
    // Held out, "Responsable d'entrepôt" is found by the logistics managers' "entreposage", not their "entreprise".
    const evidence = evidenceOf(without("Responsable d'entrepôt"), 'N1301');
    expect(scores("Responsable d'entrepôt", evidence).backed).toBe(true);
    expect(scores("Responsable d'entrepôt", evidence).strict).toBeGreaterThan(
      scores('Responsable de marché', evidence).strict,
    );
  });
});
