import { describe, expect, it } from 'vitest';
import {
  ficheSimilarities,
  labelFeatures,
  similarityIndex,
  similarityPredictor,
} from '../../../scripts/lib/eval-similarity';
import { rootWord, stemWord } from '../../../utils/matching/stem';
import { HAND_LEXICON } from './hand-lexicon';

const APPELLATIONS = HAND_LEXICON;

describe('the TF-IDF baseline of eval:matching', () => {
  it('reads a label as its stems, with their roots and first letters counting less', () => {
    const features = labelFeatures('Informaticien / Informaticienne');
    const stem = stemWord('informaticien');
    expect(features.get(`s:${stem}`)).toBe(1);
    const root = rootWord(stem);
    expect(root).toBeDefined();
    expect(features.get(`r:${root}`)).toBeLessThan(1);
    expect(features.get(`p:${stem.slice(0, 6)}`)).toBeLessThan(features.get(`r:${root}`) ?? 0);
    // Both genders are one stem; the gender notice and stop words are no feature.
    expect([...features.keys()].filter((key) => key.startsWith('s:'))).toEqual([`s:${stem}`]);
  });

  it("gives each fiche its best appellation's cosine, and none to a fiche sharing no word", () => {
    const index = similarityIndex(APPELLATIONS);
    expect(ficheSimilarities(index, 'Boulangère').get('D1102')).toBeCloseTo(1, 5);
    // A word no appellation has ("nuit") counts in the title's norm: the cosine drops, the fiche stays.
    const scores = ficheSimilarities(index, 'Boulanger de nuit');
    expect(scores.get('D1102')).toBeGreaterThan(0.3);
    expect(scores.get('D1102')).toBeLessThan(0.9);
    expect([...scores.keys()]).toEqual(['D1102']);
  });

  it('weighs a word many appellations use less than a rare one', () => {
    const index = similarityIndex(APPELLATIONS);
    const scores = ficheSimilarities(index, 'Agent de quai');
    const quai = scores.get('N1105') ?? 0;
    expect(quai).toBeCloseTo(1, 5);
    // "agent" alone links the security agents: far below (with every word weighing alike, about 0.45).
    expect(scores.get('K2503') ?? 0).toBeGreaterThan(0);
    expect(scores.get('K2503') ?? 0).toBeLessThan(0.2);
  });

  it('calls a title a fiche’s when its cosine reaches the minimum and is close enough to the best', () => {
    const index = similarityIndex(APPELLATIONS);
    const strict = similarityPredictor(index, { min: 0.3, within: 0.1 });
    expect(strict('Agent de quai', 'N1105')).toBe(true);
    expect(strict('Agent de quai', 'K2503')).toBe(false);
    expect(strict('Agent de quai', 'N1101')).toBe(false);
    // The pastry cooks are close to "Boulanger pâtissier", not within 0.1 of the bakers' exact appellation.
    const pastry = ficheSimilarities(index, 'Boulanger pâtissier').get('D1104') ?? 0;
    expect(pastry).toBeGreaterThan(0.3);
    expect(pastry).toBeLessThan(0.9);
    expect(strict('Boulanger pâtissier', 'D1102')).toBe(true);
    expect(strict('Boulanger pâtissier', 'D1104')).toBe(false);
    expect(similarityPredictor(index, { min: 0.3, within: 0.5 })('Boulanger pâtissier', 'D1104')).toBe(true);
    // Loose enough, the fiche that shares only the generic head word passes too; one sharing nothing never does.
    const loose = similarityPredictor(index, { min: 0, within: 1 });
    expect(loose('Agent de quai', 'K2503')).toBe(true);
    expect(loose('Agent de quai', 'N1101')).toBe(false);
  });
});
