import { describe, expect, it } from 'vitest';
import { normalize } from '@/utils/matching/normalize';
import { rootWord, stemWord } from '@/utils/matching/stem';
import { loadLexicon } from '../../../scripts/data/load-assets';

const root = (word: string) => rootWord(stemWord(normalize(word)));

describe('stemWord plurals in -eaux', () => {
  it('meets the singular: "réseaux" of "Technicien / Technicienne réseaux" and "réseau"', () => {
    expect(stemWord('reseaux')).toBe(stemWord('reseau'));
    expect(stemWord('bureaux')).toBe(stemWord('bureau'));
    // The plurals in -aux of words in -al still meet their singular.
    expect(stemWord('generaux')).toBe(stemWord('general'));
  });
});

describe('rootWord', () => {
  it('gives one root to the activity, the agent and the adjective of real ROME words', () => {
    const families = [
      ['Péage', 'Péagiste'],
      ['Verrerie', 'Verrier', 'Verre'],
      ['horticole', 'Horticulteur', 'horticulture'],
      ['production', 'Producteur'],
      ['électricité', 'Electricien', 'électrique'],
      ['informatique', 'Informaticien'],
      ['psychologie', 'Psychologue'],
      ['tourisme', 'touristique'],
      ['comptable', 'comptabilité'],
      ['Intervenant', 'intervention'],
      ['Surveillant', 'surveillance'],
      ['Maroquinier', 'maroquinerie'],
      // An agent in -aire and its -ariat ("Actuaire" for "Technicien d'actuariat").
      ['Actuaire', 'actuariat'],
      ['Secrétaire', 'secrétariat'],
      ['Notaire', 'notariat'],
    ];
    for (const words of families) {
      const roots = new Set(words.map(root));
      expect(roots.size, words.join(', ')).toBe(1);
      expect([...roots][0]).toBeDefined();
    }
  });

  it('keeps words of different roots apart', () => {
    for (const [a, b] of [
      ['Boulanger', 'Boucher'],
      ['Verrier', 'Vernisseur'],
      ['Electricien', 'Electronicien'],
      ['Conducteur', 'Contrôleur'],
    ] as const)
      expect(root(a)).not.toBe(root(b));
  });

  it('gives no root to a stem shorter than four letters, and never one shorter than that', () => {
    expect(rootWord('bar')).toBeUndefined();
    expect(rootWord('peag')).toBe('peag');
    // Every word of the real appellation labels.
    const lexicon = loadLexicon();
    const words = new Set(lexicon.appellations.flatMap((a) => normalize(a.label).split(' ')));
    for (const word of words) {
      const r = rootWord(stemWord(word));
      if (r !== undefined) expect(r.length, word).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('rootWord and the first letters of a word', () => {
  it('keeps the first four letters of every real appellation word (roots are looked up by them)', () => {
    const lexicon = loadLexicon();
    const words = new Set(lexicon.appellations.flatMap((a) => normalize(a.label).split(' ')));
    for (const word of words) {
      const stem = stemWord(word);
      const r = rootWord(stem);
      if (r !== undefined) expect(r.slice(0, 4), word).toBe(stem.slice(0, 4));
    }
  });
});
