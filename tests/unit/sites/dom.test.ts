import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '@/utils/sites/dom';

// Page addresses as the boards have them (from tests/unit/sites/fixture-cases.ts), and odd ones.
const BASES = [
  'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=d%C3%A9veloppeur&l=Montpellier',
  'https://candidat.francetravail.fr/offres/recherche?motsCles=boulanger',
  'https://user:secret@www.example.com:8443/a/b/',
  'http://localhost/',
  'file:///home/offres.html',
];

describe('absoluteUrl', () => {
  it('resolves every link as the URL parser does (its shortcut for plain paths included)', () => {
    const piece = fc.constantFrom(
      'fr-fr',
      'emplois',
      '76358876.html',
      '.',
      '..',
      '',
      '~x',
      'a b',
      '%41',
      'é',
      '?q=1',
      '#top',
      '\\',
      '_',
    );
    const href = fc
      .tuple(fc.constantFrom('/', '//', '', './', ' /'), fc.array(piece, { maxLength: 5 }), fc.boolean())
      .map(([start, pieces, slash]) => `${start}${pieces.join('/')}${slash ? '/' : ''}`);
    fc.assert(
      fc.property(href, fc.constantFrom(...BASES), (link, base) => {
        // An empty link is no link.
        let expected: string | undefined;
        if (link)
          try {
            const url = new URL(link.trim(), base);
            expected = /^https?:$/.test(url.protocol) ? url.href : undefined;
          } catch {
            expected = undefined;
          }
        expect(absoluteUrl(link, new URL(base))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('joins plain paths to the page URL as it is now, even when the same URL object changes', () => {
    const base = new URL(BASES[0] as string);
    expect(absoluteUrl('/fr-fr/emplois/1.html', base)).toBe('https://www.hellowork.com/fr-fr/emplois/1.html');
    base.href = 'https://user:secret@www.example.com:8443/a/b/';
    expect(absoluteUrl('/fr-fr/emplois/1.html', base)).toBe(new URL('/fr-fr/emplois/1.html', base).href);
    base.href = 'file:///home/offres.html';
    expect(absoluteUrl('/fr-fr/emplois/1.html', base)).toBeUndefined();
    base.href = 'http://localhost/';
    expect(absoluteUrl('/a', base)).toBe('http://localhost/a');
  });

  it('reads a HelloWork offer link', () => {
    expect(absoluteUrl('/fr-fr/emplois/76358876.html', new URL(BASES[0] as string))).toBe(
      'https://www.hellowork.com/fr-fr/emplois/76358876.html',
    );
  });
});
