/**
 * A title word the ROME does not know, made of a family word behind a
 * front ending in "o" ("micromecanicien", "ethnosociologu"), counts as a
 * root of that word (COMPOUND_PART in title-evidence-score.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { engineTitleStatus } from '../../../scripts/lib/eval-title';
import { evidenceStatus } from './evidence-status';
import { without } from './held-out-evidence';

const evidence = (words: Record<string, number>, generic: string[] = []) => ({
  words,
  miss: -2.5,
  common: [],
  commonMiss: -1,
  generic,
});

describe('a compound ending in a family word', () => {
  it('counts as a root of that word', () => {
    expect(evidenceStatus('Micromécanicien H/F', evidence({ mecanicien: 2 }))).toBe('ok');
    expect(evidenceStatus('Ethnosociologue', evidence({ sociologu: 2.4 }))).toBe('ok');
  });

  it('is no compound when the ROME knows the word, the front ends otherwise or the part is a word of many fiches', () => {
    // "Radiographiste" is a ROME word, the radiographers': no graphic designer's.
    const known = (stem: string) => stem === 'radiographist';
    expect(evidenceStatus('Radiographiste', evidence({ graphist: 2 }))).toBe('ok');
    expect(evidenceStatus('Radiographiste', evidence({ graphist: 2 }), known)).not.toBe('ok');
    // "poly" + "eleveur": not a front in "o".
    expect(evidenceStatus('Polyéleveur', evidence({ eleveur: 2 }))).not.toBe('ok');
    // "securit" is a COMMON_FICHES word.
    expect(evidenceStatus('Radiosécurité', evidence({ securit: 2 }))).toBe('ok');
    expect(evidenceStatus('Radiosécurité', evidence({ securit: 2 }, ['securit']))).not.toBe('ok');
  });

  it('finds held-out labels of the ROME for their fiche', () => {
    for (const [label, code] of [
      ['Ethnosociologue', 'K2133'],
      ['Hydrométéorologue', 'M1809'],
      ['Vidéographiste', 'E1207'],
    ] as const)
      expect(engineTitleStatus(without(label), loadCommunes())(label, code)).toBe('ok');
  });
});
