import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  HOURS_PER_MONTH,
  monthlyFromProfileSalary,
  parseSalary,
  toMonthly,
} from '../../../utils/matching/salary';

const offresV2 = JSON.parse(
  readFileSync(
    new URL('../../fixtures/matching/offres-v2-search-response-2024-07.json', import.meta.url),
    'utf8',
  ),
) as { resultats: { salaire: { libelle?: string; commentaire?: string } }[] };

const amount = z.number().positive().finite();
const parsedSalarySchema = z
  .object({
    minMonthly: amount.optional(),
    maxMonthly: amount.optional(),
    period: z.enum(['hour', 'day', 'week', 'month', 'year', 'unknown']),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    monthsPerYear: z.number().int().min(12).max(16).optional(),
    raw: z.string(),
  })
  .strict()
  .refine((s) => s.minMonthly === undefined || s.maxMonthly === undefined || s.minMonthly <= s.maxMonthly)
  .refine((s) => (s.period === 'unknown') === (s.minMonthly === undefined && s.maxMonthly === undefined));

const monthly = (raw: string, min: number | undefined, max: number | undefined) => ({ min, max, raw });

describe('parseSalary on the salaries of the brief', () => {
  it.each([
    ['Mensuel de 1923.00 Euros sur 12 mois', 'month', 1923, 1923, 12],
    // Yearly over 13 payments: each monthly payslip is a thirteenth of the year.
    ['Annuel de 30000,00 Euros à 35000,00 Euros sur 13 mois', 'year', 2307.69, 2692.31, 13],
    ['Horaire de 11.88 Euros', 'hour', 1801.84, 1801.84, undefined],
    ['35 000 - 40 000 € / an', 'year', 2916.67, 3333.33, undefined],
    ['12,50 €/h', 'hour', 1895.87, 1895.87, undefined],
    ['2 100 € brut par mois', 'month', 2100, 2100, undefined],
    ['45K€', 'year', 3750, 3750, undefined],
    ['45k - 55k €', 'year', 3750, 4583.33, undefined],
    ['De 1 800 à 2 000 € par mois', 'month', 1800, 2000, undefined],
    ['2 000 € brut mensuel + 13ème mois', 'month', 2000, 2000, 13],
    ['1.923,00 € par mois', 'month', 1923, 1923, undefined],
    ['TJM 450 €', 'day', 9750.21, 9750.21, undefined],
  ])('%s', (text, period, min, max, monthsPerYear) => {
    const salary = parseSalary(text);
    expect(salary).toEqual({
      period,
      currency: 'EUR',
      minMonthly: min,
      maxMonthly: max,
      raw: text,
      ...(monthsPerYear ? { monthsPerYear } : {}),
    });
  });

  it('finds no amount in "Selon profil"', () => {
    expect(parseSalary('Selon profil')).toEqual({ period: 'unknown', raw: 'Selon profil' });
  });
});

describe('parseSalary on real fixtures', () => {
  it('reads every salaire.libelle of the Offres v2 answer', () => {
    const read = offresV2.resultats
      .map((o) => o.salaire.libelle ?? o.salaire.commentaire ?? '')
      .map((raw) => {
        const s = parseSalary(raw);
        return [raw, s.period, s.minMonthly, s.maxMonthly, s.monthsPerYear];
      });
    expect(read).toEqual([
      ['Package avec bonus et intéressement', 'unknown', undefined, undefined, undefined],
      ['Mensuel de 2275.0 Euros à 3033.0 Euros sur 12.0 mois', 'month', 2275, 3033, 12],
      ['Horaire de 11.65 Euros sur 12.0 mois', 'hour', 1766.96, 1766.96, 12],
      ['Mensuel de 1790.00 Euros sur 12 mois', 'month', 1790, 1790, 12],
      ['Mensuel de 2000.0 Euros sur 13.0 mois', 'month', 2000, 2000, 13],
      ['Annuel de 25000.0 Euros à 30000.0 Euros sur 12.0 mois', 'year', 2083.33, 2500, 12],
    ]);
  });

  // Salary lines of the HelloWork and WTTJ listing cards (WTTJ's lines joined with spaces).
  it.each([
    monthly('1 570 - 2 230 € / mois', 1570, 2230),
    monthly('27 000 - 38 000 € / an', 2250, 3166.67),
    monthly('45 000 € / an', 3750, 3750),
    monthly('Salaire : 850 à 1 250 € par mois', 850, 1250),
    monthly('Salaire : 1,5K € par mois', 1500, 1500),
    monthly('Salaire : ≥ 1,1K € par mois', 1100, undefined),
    monthly('Salaire : 1K à 1,2K € par mois', 1000, 1200),
    monthly('Salaire : < 850 € par mois', undefined, 850),
    monthly('Salaire : 12K €', 1000, 1000),
    monthly('Salaire : 800 à 1 000 €', 800, 1000),
    monthly('Salaire : < 1 €', undefined, undefined),
  ])('$raw', ({ raw, min, max }) => {
    const salary = parseSalary(raw);
    expect([salary.minMonthly, salary.maxMonthly]).toEqual([min, max]);
  });

  it('reads the JSON-LD baseSalary of the WTTJ offer page (unitText YEARLY)', () => {
    const baseSalary = {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 40000, maxValue: 55000, unitText: 'YEARLY' },
    };
    expect(parseSalary(baseSalary)).toEqual({
      period: 'year',
      currency: 'EUR',
      minMonthly: 3333.33,
      maxMonthly: 4583.33,
      raw: JSON.stringify(baseSalary),
    });
  });

  it('finds no amount in the empty JSON-LD baseSalary of the HelloWork offer page', () => {
    const baseSalary = {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue' },
    };
    expect(parseSalary(baseSalary)).toEqual({
      period: 'unknown',
      currency: 'EUR',
      raw: JSON.stringify(baseSalary),
    });
  });

  it.each([
    ['HOUR', 11.88, 1801.84],
    ['DAY', 100, 2166.71],
    ['WEEK', 400, 1733.33],
    ['MONTH', 2000, 2000],
    ['YEAR', 24000, 2000],
  ])('reads a JSON-LD value per %s', (unitText, value, expected) => {
    const salary = parseSalary({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { value: String(value), unitText },
    });
    expect(salary.minMonthly).toBe(expected);
    expect(salary.maxMonthly).toBe(expected);
  });
});

describe('monthly figures', () => {
  it('converts with 151.67 hours a month', () => {
    expect(toMonthly(10, 'hour')).toBeCloseTo(1516.7);
    expect(toMonthly(26000, 'year', 13)).toBe(2000);
    expect(HOURS_PER_MONTH).toBe(151.67);
  });

  it('turns a profile salary into a monthly figure, and a cachet into none', () => {
    expect(monthlyFromProfileSalary(8.86, 'H')).toBe(1343.8);
    expect(monthlyFromProfileSalary(1800, 'M')).toBe(1800);
    expect(monthlyFromProfileSalary(30000, 'A')).toBe(2500);
    expect(monthlyFromProfileSalary(150, 'C')).toBeUndefined();
    expect(monthlyFromProfileSalary(1800, 'X')).toBeUndefined();
    expect(monthlyFromProfileSalary(-5, 'M')).toBeUndefined();
  });
});

const fragments = [
  'Mensuel',
  'Annuel',
  'Horaire',
  'de',
  '1 923',
  '30000,00',
  '11.88',
  'Euros',
  '€',
  '/ an',
  '/h',
  'K',
  'k',
  ' - ',
  ' à ',
  'sur 13 mois',
  '≥',
  '<',
  'par mois',
  '999999999999',
  ' ',
  '.',
  ',',
];

describe('parseSalary on random input', () => {
  it('never throws and always gives finite positive amounts', () => {
    const input = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom(...fragments), { maxLength: 20 }).map((parts) => parts.join(' ')),
      fc.anything(),
      fc.record({
        currency: fc.string({ maxLength: 5 }),
        value: fc.record({
          minValue: fc.oneof(fc.double(), fc.string({ maxLength: 12 })),
          maxValue: fc.oneof(fc.double(), fc.integer()),
          unitText: fc.constantFrom('HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR', 'YEARLY', 'x'),
        }),
      }),
    );
    fc.assert(
      fc.property(input, (value) => {
        parsedSalarySchema.parse(parseSalary(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('handles very long text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 10_000, maxLength: 10_000 }), (raw) => {
        parsedSalarySchema.parse(parseSalary(raw));
      }),
      { numRuns: 20 },
    );
    parsedSalarySchema.parse(parseSalary(`${'1 000 '.repeat(3_000)}€`));
    parsedSalarySchema.parse(parseSalary(`1${' '.repeat(10_000)}-${' '.repeat(10_000)}2`));
  });
});

describe('parseSalary on the words its shortcuts look for', () => {
  it('reads the period after a "k€" written apart from its amount', () => {
    expect(parseSalary('3 k€ par mois')).toMatchObject({ period: 'month', minMonthly: 3000 });
    expect(parseSalary('40 k€ / an')).toMatchObject({ period: 'year', minMonthly: 3333.33 });
  });

  // The months a year are looked for only when the text says "mois", in any case and accent.
  it.each([
    ['Sur 13 Mois', 13],
    ['2 000 € + treizième mois', 13],
    ['1 800 € par MOIS sur 14 mois', 14],
  ])('%s is paid %i times a year', (text, monthsPerYear) => {
    expect(parseSalary(text).monthsPerYear).toBe(monthsPerYear);
  });
});

describe('parseSalary on ranges written in thousands or in English', () => {
  // The first bound took the unit of none: "45 - 55 k€" was 45 € a year to 55,000.
  it.each([
    ['45 - 55 k€', 3750, 4583.33],
    ['45-55K€ brut annuel', 3750, 4583.33],
    ['Entre 30 et 35 K€', 2500, 2916.67],
    ['38-42 k€', 3166.67, 3500],
    ['35 - 45 000 € par an', 2916.67, 3750],
    ['40K€ - 50K€', 3333.33, 4166.67],
    // A currency sign before the second bound: its top was lost.
    ['€40K – €45K', 3333.33, 3750],
    // English thousands: "35,000" was 35.000, 35 € a year.
    ['€35,000 - €40,000 a year', 2916.67, 3333.33],
  ])('%s is %d to %d a month', (text, min, max) => {
    expect(parseSalary(text)).toMatchObject({
      period: 'year',
      currency: 'EUR',
      minMonthly: min,
      maxMonthly: max,
    });
  });

  it('keeps both bounds as written when the first is in thousands too, or already large', () => {
    expect(parseSalary('2k - 3k€ par mois')).toMatchObject({ minMonthly: 2000, maxMonthly: 3000 });
    expect(parseSalary('1 800 - 2 k€ par mois')).toMatchObject({ minMonthly: 1800, maxMonthly: 2000 });
    expect(parseSalary('600 - 1 200 € par mois')).toMatchObject({ minMonthly: 600, maxMonthly: 1200 });
    expect(parseSalary('$80,000 - $100,000 a year')).toMatchObject({
      currency: 'USD',
      minMonthly: 6666.67,
      maxMonthly: 8333.33,
    });
    // Two decimals after a comma stay decimals.
    expect(parseSalary('12,50 € de l’heure').minMonthly).toBe(1895.87);
  });
});
