/**
 * The hand-written guards that replaced zod in the parsers (the content script
 * must stay small): the same shapes are accepted and refused as before.
 */
import { describe, expect, it } from 'vitest';
import { parseExperience } from '@/utils/matching/experience';
import { isJsonNumber, isJsonObject } from '@/utils/matching/json-shape';
import { isMonetaryAmount, parseSalary } from '@/utils/matching/salary';

// The WTTJ offer page's JSON-LD baseSalary (tests/unit/matching/salary.test.ts).
const wttj = {
  '@type': 'MonetaryAmount',
  currency: 'EUR',
  value: { '@type': 'QuantitativeValue', minValue: 40000, maxValue: 55000, unitText: 'YEARLY' },
};

describe('JSON shape guards', () => {
  it('tells JSON objects from arrays, null and scalars', () => {
    expect([{}, { a: 1 }].map(isJsonObject)).toEqual([true, true]);
    expect([[], null, 'x', 3, undefined].map(isJsonObject)).toEqual([false, false, false, false, false]);
  });

  it('takes strings and finite numbers as JSON amounts, not NaN or Infinity', () => {
    expect(['1 923,00', 1923, 0].map(isJsonNumber)).toEqual([true, true, true]);
    expect([Number.NaN, Number.POSITIVE_INFINITY, null, {}].map(isJsonNumber)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('MonetaryAmount guard', () => {
  it('accepts the real WTTJ baseSalary, a bare value and an empty object', () => {
    expect(isMonetaryAmount(wttj)).toBe(true);
    expect(isMonetaryAmount({ value: '2000', unitText: 'MONTH' })).toBe(true);
    expect(isMonetaryAmount({})).toBe(true);
  });

  it('refuses a known field of the wrong type, at the top or inside the value', () => {
    expect(isMonetaryAmount({ ...wttj, currency: 978 })).toBe(false);
    expect(isMonetaryAmount({ ...wttj, value: { ...wttj.value, unitText: 12 } })).toBe(false);
    expect(isMonetaryAmount({ ...wttj, value: { ...wttj.value, minValue: Number.NaN } })).toBe(false);
    expect(isMonetaryAmount({ ...wttj, value: [40000] })).toBe(false);
    expect(isMonetaryAmount([wttj])).toBe(false);
  });

  it('makes parseSalary read nothing from a refused shape, and keep its text', () => {
    const refused = { ...wttj, currency: 978 };
    expect(parseSalary(refused)).toEqual({ period: 'unknown', raw: JSON.stringify(refused) });
    expect(parseSalary(wttj).period).toBe('year');
  });
});

describe('experience shapes', () => {
  it('reads Offres v2 only with a string experienceExige', () => {
    expect(parseExperience({ experienceExige: 'D', experienceLibelle: 'Débutant accepté' }).beginnerOk).toBe(
      true,
    );
    expect(parseExperience({ experienceExige: 1, experienceLibelle: 'Débutant accepté' })).toEqual({
      required: null,
      beginnerOk: false,
    });
    expect(parseExperience({ experienceExige: 'E', experienceLibelle: 3 })).toEqual({
      required: null,
      beginnerOk: false,
    });
  });

  it('reads monthsOfExperience as a number or a numeric string, and refuses other types', () => {
    expect(parseExperience({ monthsOfExperience: '24' }).months).toBe(24);
    expect(parseExperience({ monthsOfExperience: true })).toEqual({ required: null, beginnerOk: false });
    expect(parseExperience({ monthsOfExperience: 12, description: 5 })).toEqual({
      required: null,
      beginnerOk: false,
    });
  });
});
