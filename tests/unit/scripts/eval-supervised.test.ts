import { describe, expect, it } from 'vitest';
import { fanOut, supervisedPredictor, trainSupervised } from '../../../scripts/lib/eval-supervised';
import { HAND_LEXICON } from './hand-lexicon';

const APPELLATIONS = HAND_LEXICON;
const OPTIONS = { epochs: 40, l2: 1e-4, seed: 7 };
const model = trainSupervised(APPELLATIONS, OPTIONS);
const probability = (title: string, fiche: string) =>
  model.probabilities(title)[model.fiches.indexOf(fiche)] ?? Number.NaN;

describe('the supervised baseline of eval:matching', () => {
  it('gives a probability to every fiche, summing to 1, the most to the fiche of a label it learnt', () => {
    const p = model.probabilities('Cariste');
    expect(p).toHaveLength(6);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    for (const { label, fiche } of APPELLATIONS) {
      const best = model.fiches[model.probabilities(label).indexOf(Math.max(...model.probabilities(label)))];
      expect(best, label).toBe(fiche);
    }
  });

  it('learns which words tell the fiche: "quai" much, the head "agent" that four fiches share little', () => {
    expect(probability('Agent de quai de nuit', 'N1105')).toBeGreaterThan(0.8);
    // "agent" alone: no fiche stands out (an untaught classifier would say as much of every title).
    for (const fiche of ['N1105', 'K2204', 'K2503']) expect(probability('Agent', fiche)).toBeLessThan(0.6);
    expect(probability('Agent', 'D1102')).toBeLessThan(probability('Agent', 'K2503'));
    // A word it never saw is no feature: the title's known words decide.
    expect(probability('Boulanger tourier', 'D1102')).toBeGreaterThan(0.8);
  });

  it('trains alike for the same seed', () => {
    const again = trainSupervised(APPELLATIONS, OPTIONS);
    expect([...again.probabilities('Agent de quai')]).toEqual([...model.probabilities('Agent de quai')]);
  });

  it('calls a title a fiche’s from a minimum probability on', () => {
    const strict = supervisedPredictor(model, 0.5);
    expect(strict('Agent de quai', 'N1105')).toBe(true);
    expect(strict('Agent de quai', 'K2503')).toBe(false);
    expect(strict('Agent de quai', 'A0000')).toBe(false);
    const loose = supervisedPredictor(model, 0.01);
    expect(loose('Agent', 'K2503')).toBe(true);
  });

  it('counts the fiches and parent codes a predictor takes each title for', () => {
    const fiches = ['D1102', 'D1104', 'N1101', 'N1105'];
    const taken = new Map([
      ['Boulanger pâtissier', ['D1102', 'D1104']],
      ['Cariste', ['N1101']],
      ['Serveur', []],
    ]);
    const predict = (title: string, code: string) => taken.get(title)?.includes(code) ?? false;
    const parentOf = (code: string) => code.slice(0, 3);
    expect(fanOut([...taken.keys()], fiches, predict, parentOf)).toEqual({ fiches: 1, parents: 2 / 3 });
  });
});
