import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, normalizeFolded } from '../../../utils/matching/fold';
import { normalize } from '../../../utils/matching/normalize';

/**
 * The place, contract and working-time parsers fold a text once and take its
 * words with normalizeFolded() instead of calling normalize() on the folded
 * text again. These tests fail if fold or normalize change so that the two differ.
 */
const wordsOfFolded = normalizeFolded;

describe('normalize() of folded text', () => {
  // Every character of the Basic Multilingual Plane (all of Unicode was checked once, outside the suite: same result).
  it('only turns the runs of other characters than a-z and 0-9 into one space, for every BMP character', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      for (const text of [`a${char}b`, `${char}\u0301`]) {
        const folded = foldText(text);
        if (normalize(folded) !== wordsOfFolded(folded)) differing.push(code.toString(16));
      }
    }
    expect(differing).toEqual([]);
  });

  it('agrees on place and salary texts built from real pieces', () => {
    const piece = fc.constantFrom(
      '75 - Paris 15e Arrondissement',
      'Lyon (69)',
      'Saint-Étienne',
      'Île-de-France',
      'Télétravail',
      'Œuvre',
      'Straße',
      '12,50 €/h',
      '35 000 - 40 000 € / an',
      'K€',
      '\u00a0',
      '’',
      '–',
      '·',
      'Contrat à durée déterminée',
      'CDI intérimaire',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 8 }), (pieces) => {
        const folded = foldText(pieces.join(' '));
        expect(wordsOfFolded(folded)).toBe(normalize(folded));
        // And folding first changes no word: the contract parser reads normalizeFolded(foldText(text)).
        expect(wordsOfFolded(folded)).toBe(normalize(pieces.join(' ')));
      }),
    );
  });
});
