/**
 * "Homme" and "femme" (title-word-stats.ts PERSON_WORDS): the person of an
 * appellation, whose complement names the trade, never a trade's evidence alone.
 */
import { describe, expect, it } from 'vitest';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { engineTitleStatus } from '../../../scripts/lib/eval-title';
import { evidenceOf, lexicon } from './held-out-evidence';

const statusOf = engineTitleStatus(lexicon, loadCommunes());

describe('"homme" and "femme" in titles', () => {
  it('weigh nothing for the families whose appellations open with them', () => {
    // "Homme / Femme de pied" (A1201), "Homme / Femme de plancher" (F1401).
    for (const code of ['A1201', 'F1401', 'K1713']) {
      const evidence = evidenceOf(lexicon, code);
      expect(Object.hasOwn(evidence.words, 'homm'), code).toBe(false);
      expect(evidence.heads ?? [], code).not.toContain('homm');
    }
  });

  it('no longer take a real board title for the tree fellers, drillers or tank crews', () => {
    // A real LinkedIn title (Olympique de Marseille): "Treizième Homme" is the project's name.
    const title = 'Assistant(e) Chef(fe) de Projet Treizième Homme';
    for (const code of ['A1201', 'F1401', 'K1713']) expect(statusOf(title, code), code).not.toBe('ok');
    expect(statusOf('Chef de projet Homme', 'A1201')).not.toBe('ok');
  });

  it('leave the appellations they open to their complement', () => {
    expect(statusOf('Homme de pied H/F', 'A1201')).toBe('ok');
    expect(statusOf('Homme de plancher', 'F1401')).toBe('ok');
    expect(statusOf('Femme de chambre (H/F)', 'G1501')).toBe('ok');
    expect(statusOf('Sage-femme', 'J1104')).toBe('ok');
    expect(statusOf('Homme de pied H/F', 'F1401')).not.toBe('ok');
  });
});
