/**
 * A head that is another job's noun, sharing only a root with a family word
 * ("Chauffeur" and "chauffage"), does not back a title on its own
 * (title-evidence-score.ts, above `backed`).
 */
import { describe, expect, it } from 'vitest';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { engineTitleStatus } from '../../../scripts/lib/eval-title';
import { lexicon } from './held-out-evidence';

const statusOf = engineTitleStatus(lexicon, loadCommunes());

describe("another job's noun heading a title, by a root of the family's words", () => {
  it('is a near métier at most', () => {
    // Plumbers and heating engineers ("chauffagiste", "chauffage"), kitchen sellers ("cuisines").
    for (const code of ['F1603', 'I1308']) expect(statusOf('Chauffeur H/F', code)).not.toBe('ok');
    expect(statusOf('Cuisinier H/F', 'D1212')).not.toBe('ok');
  });

  it('still matches its own trade, and titles the family backs otherwise', () => {
    expect(statusOf('Chauffeur PL H/F', 'N4101')).toBe('ok');
    expect(statusOf('Cuisinier H/F', 'G1602')).toBe('ok');
    // "Concepteur" by "conception", backed by "mécaniques".
    expect(statusOf('Concepteur de produits mécaniques', 'H1203')).toBe('ok');
  });
});
