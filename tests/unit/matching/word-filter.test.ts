import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWordFilter, compileWordFilter } from '@/utils/matching/word-filter';

const compiled = (words: Iterable<string>) => {
  const test = compileWordFilter(buildWordFilter(words));
  if (!test) throw new Error('a built filter compiles');
  return test;
};

describe('word filter', () => {
  it('always finds the words put in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 300 }), (words) => {
        const has = compiled(words);
        for (const word of words) expect(has(word)).toBe(true);
      }),
    );
  });

  it('finds a word left out about once in 100', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `mot${i}`);
    const has = compiled(words);
    const others = Array.from({ length: 20_000 }, (_, i) => `autre${i}`);
    const mistakes = others.filter(has).length;
    expect(mistakes / others.length).toBeLessThan(0.02);
    // Not a filter that says yes to everything, nor one that says no.
    expect(mistakes).toBeGreaterThan(0);
  });

  it('stays small: about 10 bits a word, as base64', () => {
    const filter = buildWordFilter(Array.from({ length: 4800 }, (_, i) => `stem${i}`));
    expect(filter.bits.length).toBeLessThan(8200);
    expect(filter.hashes).toBe(7);
  });

  it('turns anything that is no filter into none, never an exception', () => {
    for (const bad of [
      undefined,
      null,
      'filter',
      {},
      { bits: 'AAAA' },
      { bits: 'AAAA', hashes: 0 },
      { bits: 'AAAA', hashes: Number.NaN },
      { bits: 'AAAA', hashes: 99 },
      { bits: '%%%not base64%%%', hashes: 7 },
    ])
      expect(compileWordFilter(bad)).toBeUndefined();
  });

  it('gives an empty filter no word', () => {
    expect(compiled([])('boulanger')).toBe(false);
    expect(compileWordFilter({ bits: '', hashes: 7 })?.('boulanger')).toBe(false);
  });
});
