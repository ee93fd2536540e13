import { describe, expect, it } from 'vitest';
import { cached } from '../../../utils/matching/cache';
import { normalize } from '../../../utils/matching/normalize';

describe('cached', () => {
  it('computes a value once per key, from its input', () => {
    const cache = new Map<string, string>();
    let calls = 0;
    const compute = (text: string) => {
      calls++;
      return normalize(text);
    };
    expect(cached(cache, 10, 'Lyon 3e', 'Lyon 3e', compute)).toBe('lyon 3e');
    expect(cached(cache, 10, 'Lyon 3e', 'Lyon 3e', compute)).toBe('lyon 3e');
    expect(calls).toBe(1);
  });

  it('clears a full cache before adding, so it never holds more than its limit', () => {
    const cache = new Map<string, string>();
    for (const place of ['Paris', 'Lyon', 'Nantes']) cached(cache, 2, place, place, normalize);
    expect([...cache.keys()]).toEqual(['Nantes']);
  });

  it('hands the key to the computation along with the input', () => {
    const cache = new Map<number, string>();
    expect(cached(cache, 4, 3, 'x', (input, key) => input.repeat(key))).toBe('xxx');
  });
});
