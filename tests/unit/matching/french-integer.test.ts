import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchInteger } from '../../../utils/matching/criteria/french-integer';

// What the engine wrote before: the browser's French number format, its narrow spaces made plain.
const intl = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const byIntl = (amount: number) => intl.format(Math.round(amount)).replace(/\s/g, ' ');

describe('frenchInteger', () => {
  it('groups digits by threes with a plain space', () => {
    expect(frenchInteger(0)).toBe('0');
    expect(frenchInteger(999)).toBe('999');
    expect(frenchInteger(1000)).toBe('1 000');
    expect(frenchInteger(2100)).toBe('2 100');
    expect(frenchInteger(35_000)).toBe('35 000');
    expect(frenchInteger(1_234_567)).toBe('1 234 567');
    expect(frenchInteger(-45_000)).toBe('-45 000');
  });

  it('rounds to a whole number first', () => {
    expect(frenchInteger(1923.49)).toBe('1 923');
    expect(frenchInteger(1923.5)).toBe('1 924');
    expect(frenchInteger(999.5)).toBe('1 000');
  });

  it('writes every amount as the fr-FR number format does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
          fc.double({ min: 0.5, max: 1e22, noNaN: true }),
          // Below -0.5: what rounds to -0 is written "0" here, "-0" by Intl (checked below).
          fc.double({ min: -1e22, max: -0.51, noNaN: true }),
        ),
        (amount) => {
          expect(frenchInteger(amount)).toBe(byIntl(amount));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('writes a zero without a sign', () => {
    expect(frenchInteger(-0)).toBe('0');
    expect(frenchInteger(-0.4)).toBe('0');
  });

  it('never throws on numbers that are not amounts', () => {
    expect(frenchInteger(Number.NaN)).toBe('NaN');
    expect(frenchInteger(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(frenchInteger(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
    expect(frenchInteger(Number.MAX_VALUE)).toBe(byIntl(Number.MAX_VALUE));
  });
});
