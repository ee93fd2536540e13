import { describe, expect, it } from 'vitest';
import { evidenceStatus } from './evidence-status';
import { evidenceOf, lexicon, scores, without } from './held-out-evidence';

describe('a title only the sibling fiches explain', () => {
  // A real WTTJ card; the hospital bed managers (M1212) share their parent code with the financial analysts.
  const title = 'Analyste Financier - Stage - H/F (Février / Mars 2026)';
  const bedManagers = evidenceOf(lexicon, 'M1212');

  it('is backed by no word of the family, and is a near métier, not a match', () => {
    const score = scores(title, bedManagers);
    expect(score.backed).toBe(false);
    // Two near words (0.5 each) reach the match threshold by themselves.
    expect(score.strict).toBeGreaterThanOrEqual(1);
    expect(evidenceStatus(title, bedManagers)).toBe('partial');
  });

  it('still matches the family whose own words it uses', () => {
    const analysts = evidenceOf(lexicon, 'M1201');
    expect(scores(title, analysts).backed).toBe(true);
    expect(evidenceStatus(title, analysts)).toBe('ok');
  });

  it('counts a root of a family word as backing ("péagiste" for "péager")', () => {
    // Held out as the eval does it: the cashiers' fiche (D1505) keeps "Péager / Péagère".
    const cashiers = evidenceOf(without('Péagiste'), 'D1505');
    expect(Object.hasOwn(cashiers.words, 'peagist')).toBe(false);
    expect(scores('Péagiste', cashiers).backed).toBe(true);
    expect(evidenceStatus('Péagiste', cashiers)).toBe('ok');
  });
});
