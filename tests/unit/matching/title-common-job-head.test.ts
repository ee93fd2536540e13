/**
 * A job noun many fiches use ("Vendeur", "Assistant", "Conducteur") heading a
 * title, the family never using it, names another job
 * (title-evidence-score.ts, the common words' branch).
 */
import { describe, expect, it } from 'vitest';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { engineTitleStatus } from '../../../scripts/lib/eval-title';
import { evidenceOf, lexicon, scores } from './held-out-evidence';

const statusOf = engineTitleStatus(lexicon, loadCommunes());

describe('a common job noun heading a title', () => {
  it('counts as a job noun the family does not know, not as a common word', () => {
    const bakers = evidenceOf(lexicon, 'D1102');
    expect(bakers.common).toContain('vendeur');
    const unknown = { ...bakers, common: bakers.common.filter((word) => word !== 'vendeur') };
    const title = 'Vendeur en boulangerie H/F';
    expect(scores(title, bakers)).toEqual(scores(title, unknown));
    expect(scores(title, bakers).misses).toBe(1);
    // After the head it is still a common word: COMMON_MISS, no miss.
    expect(scores('Boulanger vendeur H/F', bakers).misses).toBe(0);
  });

  it('keeps a shop assistant offer from the bakers, not from the food shop sellers', () => {
    expect(statusOf('Vendeur en boulangerie H/F', 'D1102')).not.toBe('ok');
    expect(statusOf('Vendeur en boulangerie H/F', 'D1106')).toBe('ok');
    expect(statusOf('Boulanger H/F', 'D1102')).toBe('ok');
  });

  it('leaves a head that is no job noun to COMMON_MISS ("Agent", "Chef")', () => {
    // "Agent de planification des achats": "agent" is common for the purchasing managers (M1102).
    const purchasing = evidenceOf(lexicon, 'M1102');
    expect(purchasing.common).toContain('agent');
    const title = 'Agent des achats';
    expect(scores(title, purchasing).misses).toBe(0);
  });
});
