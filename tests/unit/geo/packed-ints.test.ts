import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastDigit, packDeltas, packUints, unpackDeltas, unpackUints } from '../../../utils/geo/packed-ints';

describe('packed integers', () => {
  it('round-trips unsigned and signed lists', () => {
    fc.assert(
      fc.property(fc.array(fc.nat()), (values) => {
        expect(unpackUints(packUints(values))).toEqual(values);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (values) => {
        expect(unpackDeltas(packDeltas(values))).toEqual(values);
      }),
    );
  });
  it('reads a one-character number and nothing else', () => {
    for (let value = 0; value < 32; value++) expect(lastDigit(packUints([value]).charCodeAt(0))).toBe(value);
    expect(packUints([32])).toHaveLength(2);
    expect(lastDigit(packUints([32]).charCodeAt(0))).toBe(-1);
    expect(lastDigit('é'.charCodeAt(0))).toBe(-1);
  });
  it('rejects bad input', () => {
    expect(() => packUints([-1])).toThrow();
    expect(() => unpackUints('W')).toThrow();
    expect(() => unpackUints('"')).toThrow();
  });
});
