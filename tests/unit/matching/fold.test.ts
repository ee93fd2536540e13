import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldTextByPatterns } from '../../../utils/matching/fold';

describe('foldText', () => {
  it('lowers, strips accents, unifies marks and white space', () => {
    expect(foldText('  Chargé·e de recrutement – Stage\u00a0(H/F) ')).toBe(
      'charge·e de recrutement - stage (h/f)',
    );
    expect(foldText('Œnologue  d’Straße')).toBe("oenologue d'strasse");
    expect(foldText('e\u0301lectricien')).toBe('electricien');
  });

  it('folds real titles as the reference by regular expressions does', () => {
    for (const raw of [
      'SOUDEUR NAVALE LICENCE 111 (H/F)',
      'Chargé·e de recrutement – Stage',
      'Ingénieur·e d’études\u00a0R&D',
      'Agent(e) d`accueil',
      'Œnologue  Straße',
      'e\u0301lectricien',
    ])
      expect(foldText(raw)).toBe(foldTextByPatterns(raw));
  });

  it('gives the result of the reference for any text: Latin letters, typographic marks, white space and the rest', () => {
    const latin = fc
      .array(
        fc.oneof(
          fc.integer({ min: 0, max: 0x2ff }).map((code) => String.fromCharCode(code)),
          fc.constantFrom(' ', '\t', '\u00a0', '\u2009', '’', '–', '·', 'œ', 'ß', '\u0301', 'İ', '`', '🙂'),
        ),
        { maxLength: 60 },
      )
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        fc.oneof(latin, fc.string({ maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 })),
        (raw) => {
          expect(foldText(raw)).toBe(foldTextByPatterns(raw));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

describe('foldText over every character', () => {
  it('gives the result of the reference for each BMP character, alone and between words', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, ` ${c} X`])
        if (foldText(text) !== foldTextByPatterns(text)) differing.push(text);
    }
    expect(differing).toEqual([]);
  });
});
