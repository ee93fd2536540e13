import { describe, expect, it } from 'vitest';
import { cached, cachedWhenSeenTwice } from '../../../utils/matching/cache';
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

describe('cachedWhenSeenTwice', () => {
  const counting = () => {
    const calls: string[] = [];
    const compute = (text: string) => {
      calls.push(text);
      return normalize(text);
    };
    return { calls, compute };
  };

  it('keeps a value from the second sighting of its key on, not before', () => {
    const cache = new Map<string, string>();
    const seen = new Set<string>();
    const { calls, compute } = counting();
    expect(cachedWhenSeenTwice(cache, seen, 10, 'Vendeur', 'Vendeur', compute)).toBe('vendeur');
    expect(cache.size).toBe(0);
    expect(cachedWhenSeenTwice(cache, seen, 10, 'Vendeur', 'Vendeur', compute)).toBe('vendeur');
    expect(cache.get('Vendeur')).toBe('vendeur');
    expect(cachedWhenSeenTwice(cache, seen, 10, 'Vendeur', 'Vendeur', compute)).toBe('vendeur');
    expect(calls).toEqual(['Vendeur', 'Vendeur']);
  });

  it('bounds the keys seen once and the values kept by the same limit', () => {
    const cache = new Map<string, string>();
    const seen = new Set<string>();
    const { calls, compute } = counting();
    for (const title of ['A', 'B', 'C']) cachedWhenSeenTwice(cache, seen, 2, title, title, compute);
    expect([...seen]).toEqual(['C']);
    // "A" was forgotten when the seen keys were cleared: a first sighting again, still not kept.
    cachedWhenSeenTwice(cache, seen, 2, 'A', 'A', compute);
    expect(cache.size).toBe(0);
    for (const title of ['A', 'C', 'B', 'B']) cachedWhenSeenTwice(cache, seen, 2, title, title, compute);
    expect([...cache.keys()]).toEqual(['B']);
    expect(calls).toEqual(['A', 'B', 'C', 'A', 'A', 'C', 'B', 'B']);
  });
});
