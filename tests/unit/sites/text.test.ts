import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, MAX_FIELD_LENGTH, textOf } from '../../../utils/sites/text';
import { CARD_BOARDS, loadPage, pagesOf, parseDocument } from './load-page';

// The rule cleanText keeps, spelled the plain way: every run of whitespace to one space, trimmed, capped.
const plainClean = (text: string) =>
  text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .slice(0, MAX_FIELD_LENGTH);

describe('cleanText', () => {
  it('collapses whitespace, no-break spaces included, and trims', () => {
    expect(cleanText('\n   Montpellier\u00a0-\u202f34\t ')).toBe('Montpellier - 34');
    expect(cleanText(null)).toBe('');
  });

  it('caps a field at MAX_FIELD_LENGTH characters', () => {
    expect(cleanText('a'.repeat(MAX_FIELD_LENGTH * 3))).toHaveLength(MAX_FIELD_LENGTH);
  });

  it('cleans any mix of spaces, line breaks and no-break spaces as the plain rule does', () => {
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\t',
      '\r\n',
      '\u00a0',
      '\u202f',
      '\u2009',
      '\u3000',
      '\ufeff',
      '\u2028',
      '\u200b',
      'CDI',
      'é',
      '-',
      'x'.repeat(400),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(cleanText(text)).toBe(plainClean(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('cleans the text of every leaf element of the saved pages as the plain rule does', () => {
    for (const page of CARD_BOARDS.flatMap((board) => pagesOf(board).map((file) => `${board}/${file}`))) {
      // Leaves: the fields' own texts (a whole card's text is cleaned the same way, only longer).
      const texts = [...loadPage(page).querySelectorAll('body *')]
        .filter((element) => !element.firstElementChild)
        .map((element) => element.textContent ?? '');
      expect(texts.length, page).toBeGreaterThan(0);
      expect(texts.map(cleanText), page).toEqual(texts.map(plainClean));
    }
  });
});

describe('textOf', () => {
  it('reads visible text only: scripts, styles and templates are skipped', () => {
    const doc = parseDocument(
      '<div id="c"><style>.x{color:red}</style><span>Développeur</span><script>var a = 1;</script> <b>Java</b><template>t</template></div>',
    );
    expect(textOf(doc.getElementById('c'))).toBe('Développeur Java');
  });

  it('separates blocks and line breaks but not inline runs', () => {
    const doc = parseDocument(
      '<p id="c">CDI<br>Temps plein</p><div id="d"><p>A</p><p>B</p><em>St</em>age</div>',
    );
    expect(textOf(doc.getElementById('c'))).toBe('CDI Temps plein');
    expect(textOf(doc.getElementById('d'))).toBe('A B Stage');
  });
});
