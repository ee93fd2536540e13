import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWorkTime } from '../../../utils/matching/work-time';

const offresV2 = JSON.parse(
  readFileSync(
    new URL('../../fixtures/matching/offres-v2-search-response-2024-07.json', import.meta.url),
    'utf8',
  ),
) as { resultats: { dureeTravailLibelle: string; dureeTravailLibelleConverti: string }[] };

const parsedWorkTimeSchema = z
  .object({
    kind: z.enum(['full', 'part', 'unknown']),
    hours: z.number().positive().max(60).optional(),
  })
  .strict();

describe('parseWorkTime on the working times of the brief', () => {
  it.each([
    ['Temps plein', { kind: 'full' }],
    ['Temps partiel', { kind: 'part' }],
    ['35H/semaine', { kind: 'full', hours: 35 }],
    ['35H', { kind: 'full', hours: 35 }],
    ['24H/semaine', { kind: 'part', hours: 24 }],
    ['Temps partiel - 20h', { kind: 'part', hours: 20 }],
    ['35H Horaires normaux', { kind: 'full', hours: 35 }],
    ['24H Travail en journée', { kind: 'part', hours: 24 }],
    ['Temps plein 39 heures', { kind: 'full', hours: 39 }],
    ['Mi-temps', { kind: 'part' }],
    ['17h30 par semaine', { kind: 'part', hours: 17.5 }],
    ['151,67 h par mois', { kind: 'full', hours: 35 }],
    ['Selon profil', { kind: 'unknown' }],
    ['', { kind: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(parseWorkTime(text)).toEqual(expected);
  });

  it('lets the words win over the hours', () => {
    expect(parseWorkTime('Temps partiel 35h')).toEqual({ kind: 'part', hours: 35 });
  });

  it('reads JSON-LD employmentType', () => {
    expect(parseWorkTime('FULL_TIME')).toEqual({ kind: 'full' });
    expect(parseWorkTime('PART_TIME')).toEqual({ kind: 'part' });
    expect(parseWorkTime(['TEMPORARY', 'PART_TIME'])).toEqual({ kind: 'part' });
    expect(parseWorkTime(['FULL_TIME', 'PART_TIME'])).toEqual({ kind: 'unknown' });
    expect(parseWorkTime('CONTRACTOR')).toEqual({ kind: 'unknown' });
  });
});

describe('parseWorkTime on the Offres v2 fixture', () => {
  it('reads dureeTravailLibelle with dureeTravailLibelleConverti', () => {
    const read = offresV2.resultats.map((o) =>
      parseWorkTime([o.dureeTravailLibelle, o.dureeTravailLibelleConverti]),
    );
    expect(read).toEqual([
      { kind: 'full', hours: 38 },
      { kind: 'full', hours: 35 },
      { kind: 'part' },
      { kind: 'full', hours: 35 },
      { kind: 'part' },
      { kind: 'full', hours: 35 },
    ]);
  });

  it('reads dureeTravailLibelle alone', () => {
    expect(offresV2.resultats.map((o) => parseWorkTime(o.dureeTravailLibelle).kind)).toEqual([
      'full',
      'full',
      'part',
      'full',
      'part',
      'full',
    ]);
  });
});

const fragments = [
  'Temps',
  'plein',
  'partiel',
  '35',
  'H',
  'h',
  '/semaine',
  '30',
  ',5',
  'heures',
  'par mois',
  'FULL_TIME',
  '9999',
  ' ',
];

describe('parseWorkTime on random input', () => {
  it('never throws and always gives a valid working time', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom(...fragments), { maxLength: 20 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(fc.oneof(text, fc.array(text, { maxLength: 4 })), (input) => {
        parsedWorkTimeSchema.parse(parseWorkTime(input));
      }),
      { numRuns: 2_000 },
    );
  });

  it('handles very long text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 10_000, maxLength: 10_000 }), (raw) => {
        parsedWorkTimeSchema.parse(parseWorkTime(raw));
      }),
      { numRuns: 20 },
    );
    parsedWorkTimeSchema.parse(parseWorkTime('1'.repeat(10_000)));
  });
});
