import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustmentsSchema } from '@/utils/adjustments';
import { isEmptyAdjustments, NO_ADJUSTMENTS, readAdjustments } from '@/utils/profile/adjustments-shape';

/** What the zod schema makes of a value: the parsed adjustments, or null. */
function viaSchema(value: unknown) {
  const parsed = adjustmentsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// Values near the edges of every bound, and values of the wrong type.
const word = fc.oneof(
  fc.string({ maxLength: 110 }),
  fc.constantFrom(
    '',
    '  ',
    ' boulanger ',
    '\tvente\n',
    'x'.repeat(100),
    ` ${'x'.repeat(100)} `,
    'x'.repeat(101),
  ),
);
const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string(), fc.boolean());
const words = fc.oneof(
  fc.array(word, { maxLength: 5 }),
  fc.array(fc.constant('mot'), { minLength: 49, maxLength: 52 }),
  fc.array(fc.oneof(word, anything), { maxLength: 3 }),
  anything,
);
const number = fc.oneof(
  fc.integer({ min: -5, max: 1_000_005 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, 200, 201, 12.5, 1_000_000, 1_000_000.5, Number.POSITIVE_INFINITY, Number.NaN, -0),
);
const text = (max: number) =>
  fc.oneof(fc.string({ maxLength: max + 2 }), fc.constantFrom('', 'x'.repeat(max), 'x'.repeat(max + 1)));
/** Mostly a valid value, sometimes an edge or a wrong type: so that whole objects are often valid but for one field. */
const mostly = <T>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 1, arbitrary: edge },
    { weight: 1, arbitrary: anything },
  );
const place = fc.oneof(
  fc.record(
    {
      kind: mostly(fc.constantFrom('commune', 'departement', 'region'), fc.constant('unknown')),
      code: mostly(fc.constantFrom('34172', '34', '76'), text(10)),
      label: mostly(fc.constantFrom('Montpellier', 'Hérault', 'Occitanie'), text(200)),
      postalCode: mostly(fc.constantFrom('34000', undefined), text(10)),
      departementCode: mostly(fc.constantFrom('34', undefined), text(5)),
      radiusKm: mostly(fc.integer({ min: 0, max: 200 }), number),
      extra: anything,
    },
    { requiredKeys: ['kind', 'code', 'label'] },
  ),
  anything,
);
const salary = fc.oneof(
  fc.record(
    {
      amount: mostly(fc.integer({ min: 1, max: 1_000_000 }), number),
      unit: mostly(fc.constantFrom('H', 'M', 'A'), fc.constant('C')),
      unitLabel: mostly(fc.constantFrom('Mensuel', 'Horaire', ''), text(50)),
      extra: anything,
    },
    { requiredKeys: ['amount', 'unit', 'unitLabel'] },
  ),
  anything,
);
const validWord = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('vente', ' boulanger ', 'Acme', 'x'.repeat(100)) },
  { weight: 1, arbitrary: word },
);
const adjustmentsLike = fc.oneof(
  fc.record(
    {
      keywords: words,
      excludedKeywords: words,
      excludedCompanies: words,
      extraPlace: place,
      minSalary: salary,
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      keywords: fc.array(validWord, { maxLength: 3 }),
      excludedKeywords: fc.array(validWord, { maxLength: 3 }),
      excludedCompanies: fc.array(validWord, { maxLength: 3 }),
      extraPlace: place,
      minSalary: salary,
    },
    { requiredKeys: ['keywords', 'excludedKeywords', 'excludedCompanies'] },
  ),
  anything,
  fc.array(anything),
);

describe('readAdjustments', () => {
  it('accepts exactly what adjustmentsSchema accepts, and returns what it returns', () => {
    let accepted = 0;
    fc.assert(
      fc.property(adjustmentsLike, (value) => {
        const expected = viaSchema(value);
        if (expected) accepted++;
        expect(readAdjustments(value)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
    // Both verdicts must be well represented, or the comparison proves little.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(4000);
  });

  it('trims the words and drops fields it does not know', () => {
    const read = readAdjustments({
      keywords: [' boulanger '],
      excludedKeywords: [],
      excludedCompanies: ['Acme'],
      minSalary: { amount: 2100, unit: 'M', unitLabel: 'Mensuel', currency: 'EUR' },
      token: 'x',
    });
    expect(read).toEqual({
      keywords: ['boulanger'],
      excludedKeywords: [],
      excludedCompanies: ['Acme'],
      minSalary: { amount: 2100, unit: 'M', unitLabel: 'Mensuel' },
    });
  });

  it('refuses a place the matching could not use', () => {
    const base = { ...NO_ADJUSTMENTS, extraPlace: { kind: 'commune', code: '34172', label: 'Montpellier' } };
    expect(readAdjustments(base)).toEqual(base);
    expect(readAdjustments({ ...base, extraPlace: { ...base.extraPlace, radiusKm: 250 } })).toBeNull();
    expect(readAdjustments({ ...base, extraPlace: { ...base.extraPlace, kind: 'unknown' } })).toBeNull();
  });
});

describe('isEmptyAdjustments', () => {
  it('is true only when the person added nothing', () => {
    expect(isEmptyAdjustments(NO_ADJUSTMENTS)).toBe(true);
    expect(isEmptyAdjustments({ ...NO_ADJUSTMENTS, keywords: ['vente'] })).toBe(false);
    expect(
      isEmptyAdjustments({ ...NO_ADJUSTMENTS, minSalary: { amount: 12, unit: 'H', unitLabel: '' } }),
    ).toBe(false);
  });
});
