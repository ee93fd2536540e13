import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packDeltas, packUints, unpackDeltas, unpackUints } from '../../../utils/geo/packed-ints';

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
  it('rejects bad input', () => {
    expect(() => packUints([-1])).toThrow();
    expect(() => unpackUints('W')).toThrow();
    expect(() => unpackUints('"')).toThrow();
  });
});
