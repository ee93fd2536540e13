/**
 * Common words that name a domaine professionnel (title-word-stats.ts
 * DOMAIN_WORD_SHARE): "informatique" is no small miss for a family of
 * another domaine.
 */
import { describe, expect, it } from 'vitest';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { engineTitleStatus } from '../../../scripts/lib/eval-title';
import { evidenceOf, lexicon } from './held-out-evidence';

const statusOf = engineTitleStatus(lexicon, loadCommunes());

describe('a common word that names a domaine professionnel', () => {
  it('is common only for the families of its domaine', () => {
    // Neither the bank's account managers (C1203) nor the telecom engineers (M1804, of M18) use "informatique".
    expect(evidenceOf(lexicon, 'C1203').common).not.toContain('informatiqu');
    expect(evidenceOf(lexicon, 'M1804').common).toContain('informatiqu');
    // A common word spread over many domaines stays common everywhere.
    expect(evidenceOf(lexicon, 'C1203').common).toContain('technicien');
  });

  it('keeps a real board title away from the account managers of other domaines', () => {
    // A LinkedIn title (tests/fixtures/pages/linkedin).
    const title = 'Stage Chargé (e) d’affaire Informatique';
    for (const code of ['C1203', 'F1135', 'H1102']) expect(statusOf(title, code), code).not.toBe('ok');
    expect(statusOf("Chargé d'affaires bancaires", 'C1203')).toBe('ok');
    expect(statusOf("Chargé d'affaires BTP", 'F1135')).toBe('ok');
  });
});
