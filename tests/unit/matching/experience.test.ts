import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseExperience } from '../../../utils/matching/experience';

const offresV2 = JSON.parse(
  readFileSync(
    new URL('../../fixtures/matching/offres-v2-search-response-2024-07.json', import.meta.url),
    'utf8',
  ),
) as { resultats: { experienceExige: string; experienceLibelle: string }[] };
const wttj = JSON.parse(
  readFileSync(new URL('../../fixtures/matching/wttj-algolia-search-2026-02.json', import.meta.url), 'utf8'),
) as { hits: { experience_level_minimum: number }[] };

const parsedExperienceSchema = z
  .object({
    months: z.number().min(0).max(600).optional(),
    required: z.boolean().nullable(),
    beginnerOk: z.boolean(),
  })
  .strict();

describe('parseExperience on the texts of the brief', () => {
  it.each([
    ['Débutant accepté', { months: 0, required: false, beginnerOk: true }],
    ['2 ans', { months: 24, required: null, beginnerOk: false }],
    ['Expérience exigée de 3 An(s)', { months: 36, required: true, beginnerOk: false }],
    ['Expérience souhaitée de 6 Mois', { months: 6, required: false, beginnerOk: false }],
    ['Expérience souhaitée', { required: false, beginnerOk: false }],
    ['Expérience exigée', { required: true, beginnerOk: false }],
    ['1 an minimum', { months: 12, required: true, beginnerOk: false }],
    ['Junior', { months: 0, required: false, beginnerOk: true }],
    ['Senior', { months: 60, required: null, beginnerOk: false }],
    ['3 à 5 ans d’expérience', { months: 36, required: null, beginnerOk: false }],
    ['Au moins deux ans d’expérience', { months: 24, required: true, beginnerOk: false }],
    ['Selon profil', { required: null, beginnerOk: false }],
  ])('%s', (text, expected) => {
    expect(parseExperience(text)).toEqual(expected);
  });
});

describe('parseExperience on structured data', () => {
  it('reads every Offres v2 experienceExige with its libellé', () => {
    const read = offresV2.resultats.map((o) =>
      parseExperience({ experienceExige: o.experienceExige, experienceLibelle: o.experienceLibelle }),
    );
    expect(read).toEqual([
      { months: 36, required: true, beginnerOk: false },
      { months: 12, required: true, beginnerOk: false },
      { months: 0, required: false, beginnerOk: true },
      { months: 0, required: false, beginnerOk: true },
      { months: 0, required: false, beginnerOk: true },
      { months: 0, required: false, beginnerOk: true },
    ]);
  });

  it('reads an Offres v2 wished experience', () => {
    expect(parseExperience({ experienceExige: 'S', experienceLibelle: '6 Mois' })).toEqual({
      months: 6,
      required: false,
      beginnerOk: false,
    });
  });

  it('reads JSON-LD OccupationalExperienceRequirements of the HelloWork and WTTJ offer pages', () => {
    expect(
      parseExperience({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 12 }),
    ).toEqual({
      months: 12,
      required: null,
      beginnerOk: false,
    });
    expect(
      parseExperience({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 36 }),
    ).toEqual({
      months: 36,
      required: null,
      beginnerOk: false,
    });
    expect(parseExperience({ monthsOfExperience: '0' })).toEqual({
      months: 0,
      required: null,
      beginnerOk: true,
    });
  });

  it('reads the qualifications text of the WTTJ offer page', () => {
    const text = 'As, a minima, 3 ans d’expérience en développement.';
    expect(parseExperience(text)).toEqual({ months: 36, required: null, beginnerOk: false });
  });

  it('reads a bare monthsOfExperience number (WTTJ experience_level_minimum in years, converted)', () => {
    for (const hit of wttj.hits) {
      expect(parseExperience(hit.experience_level_minimum * 12)).toEqual({
        months: 0,
        required: null,
        beginnerOk: true,
      });
    }
  });

  it('says nothing of what it does not know', () => {
    expect(parseExperience(undefined)).toEqual({ required: null, beginnerOk: false });
    expect(parseExperience({ foo: 1 })).toEqual({ required: null, beginnerOk: false });
  });
});

const fragments = [
  'Expérience',
  'exigée',
  'souhaitée',
  'de',
  '3',
  'An(s)',
  'Mois',
  'Débutant',
  'accepté',
  'minimum',
  'deux',
  'à',
  '999',
  ' ',
];

describe('parseExperience on random input', () => {
  it('never throws and always gives a valid experience', () => {
    const input = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom(...fragments), { maxLength: 20 }).map((parts) => parts.join(' ')),
      fc.anything(),
      fc.double(),
      fc.record({ experienceExige: fc.constantFrom('D', 'S', 'E', 'X'), experienceLibelle: fc.string() }),
      fc.record({ monthsOfExperience: fc.oneof(fc.double(), fc.string()) }),
    );
    fc.assert(
      fc.property(input, (value) => {
        parsedExperienceSchema.parse(parseExperience(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('handles very long text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 10_000, maxLength: 10_000 }), (raw) => {
        parsedExperienceSchema.parse(parseExperience(raw));
      }),
      { numRuns: 20 },
    );
  });
});

describe('parseExperience on words that name Object.prototype properties', () => {
  it('reads "constructor" as no number and no unit', () => {
    // "3 constructor" gave NaN months, which hid the level word "senior".
    expect(parseExperience('Senior, 3 constructor').months).toBe(60);
    expect(parseExperience('constructor ans').months).toBeUndefined();
  });
});

describe('parseExperience on a ceiling', () => {
  // "Moins d'un an" asked 12 months: a beginner was told the offer wanted a year.
  it.each(["Moins d'un an", "Moins de 2 ans d'expérience", 'Expérience : moins de 6 mois'])(
    '%s lets a beginner apply',
    (text) => {
      expect(parseExperience(text)).toEqual({ required: false, beginnerOk: true, months: 0 });
    },
  );

  it('keeps "au moins" and "pas moins" floors, and reads "Tous niveaux" as open to beginners', () => {
    expect(parseExperience('Au moins deux ans')).toEqual({ required: true, beginnerOk: false, months: 24 });
    expect(parseExperience('Pas moins de 3 ans')).toMatchObject({ beginnerOk: false, months: 36 });
    expect(parseExperience("Tous niveaux d'expérience acceptés")).toMatchObject({
      beginnerOk: true,
      months: 0,
    });
  });
});
