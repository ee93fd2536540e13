import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getDepartement, getRegion, PLACE_NAMES } from '../../../utils/geo/departements';
import { normalize } from '../../../utils/matching/normalize';
import { parsePlace as parsePlaceWith } from '../../../utils/matching/place';

/** The place read with the table the background sends in the match profile. */
const parsePlace = (text: string) => parsePlaceWith(text, PLACE_NAMES);

const offresV2 = JSON.parse(
  readFileSync(
    new URL('../../fixtures/matching/offres-v2-search-response-2024-07.json', import.meta.url),
    'utf8',
  ),
) as { resultats: { lieuTravail: { libelle: string; codePostal: string } }[] };

const parsedPlaceSchema = z
  .object({
    level: z.enum(['commune', 'departement', 'region', 'country', 'abroad', 'unknown']),
    communeName: z.string().min(1).optional(),
    city: z.string().min(1).optional(),
    otherCommuneNames: z.array(z.string().min(1)).min(1).optional(),
    postalCode: z
      .string()
      .regex(/^\d{5}$/)
      .optional(),
    departement: z
      .string()
      .refine((code) => getDepartement(code) !== undefined)
      .optional(),
    region: z
      .string()
      .refine((code) => getRegion(code) !== undefined)
      .optional(),
    otherRegions: z.array(z.string()).min(1).optional(),
    remote: z.enum(['full', 'partial', 'no']),
    country: z.literal(true).optional(),
    abroad: z.string().min(1).optional(),
    coordinates: z.object({ lat: z.number(), lon: z.number() }).strict().optional(),
    confidence: z.number().min(0).max(1),
  })
  .strict()
  // Abroad is a level of its own, which a French code or name rules out; only a border city has coordinates.
  .refine((p) => (p.abroad !== undefined) === (p.level === 'abroad'))
  .refine((p) => !p.abroad || (!p.departement && !p.region && !p.postalCode))
  .refine((p) => !p.coordinates || p.abroad !== undefined);

describe('parsePlace on the places of the brief', () => {
  it.each([
    [
      '75 - Paris 15e Arrondissement',
      {
        level: 'commune',
        communeName: 'paris 15e arrondissement',
        city: 'paris',
        departement: '75',
        region: '11',
        remote: 'no',
        confidence: 0.95,
      },
    ],
    [
      '69 - LYON 03',
      {
        level: 'commune',
        communeName: 'lyon 3e arrondissement',
        city: 'lyon',
        departement: '69',
        region: '84',
        remote: 'no',
        confidence: 0.95,
      },
    ],
    [
      'Lyon (69)',
      {
        level: 'commune',
        communeName: 'lyon',
        departement: '69',
        region: '84',
        remote: 'no',
        confidence: 0.95,
      },
    ],
    [
      'Lyon 3e',
      {
        level: 'commune',
        communeName: 'lyon 3e arrondissement',
        city: 'lyon',
        departement: '69',
        region: '84',
        remote: 'no',
        confidence: 0.95,
      },
    ],
    [
      'Nantes, Pays de la Loire',
      { level: 'commune', communeName: 'nantes', region: '52', remote: 'no', confidence: 0.8 },
    ],
    [
      '44000 Nantes',
      {
        level: 'commune',
        communeName: 'nantes',
        postalCode: '44000',
        departement: '44',
        region: '52',
        remote: 'no',
        confidence: 0.95,
      },
    ],
    ['Île-de-France', { level: 'region', region: '11', remote: 'no', confidence: 0.85 }],
    ['Télétravail complet', { level: 'unknown', remote: 'full', confidence: 0.9 }],
    ['Full remote', { level: 'unknown', remote: 'full', confidence: 0.9 }],
    ['France', { level: 'country', country: true, remote: 'no', confidence: 0.9 }],
    [
      '44000',
      {
        level: 'departement',
        postalCode: '44000',
        departement: '44',
        region: '52',
        remote: 'no',
        confidence: 0.9,
      },
    ],
    ['69', { level: 'departement', departement: '69', region: '84', remote: 'no', confidence: 0.9 }],
    ['Rhône', { level: 'departement', departement: '69', region: '84', remote: 'no', confidence: 0.85 }],
    [
      'Bouches-du-Rhône (13)',
      { level: 'departement', departement: '13', region: '93', remote: 'no', confidence: 0.9 },
    ],
    ['2B', { level: 'departement', departement: '2B', region: '94', remote: 'no', confidence: 0.9 }],
    [
      'Ajaccio (2A)',
      {
        level: 'commune',
        communeName: 'ajaccio',
        departement: '2A',
        region: '94',
        remote: 'no',
        confidence: 0.95,
      },
    ],
    ['971', { level: 'departement', departement: '971', region: '01', remote: 'no', confidence: 0.9 }],
    [
      'Paris (75)',
      {
        level: 'commune',
        communeName: 'paris',
        departement: '75',
        region: '11',
        remote: 'no',
        confidence: 0.95,
      },
    ],
    [
      'Hybride - Paris',
      {
        level: 'commune',
        communeName: 'paris',
        departement: '75',
        region: '11',
        remote: 'partial',
        confidence: 0.95,
      },
    ],
    [
      '13008 Marseille',
      {
        level: 'commune',
        communeName: 'marseille 8e arrondissement',
        city: 'marseille',
        postalCode: '13008',
        departement: '13',
        region: '93',
        remote: 'no',
        confidence: 0.95,
      },
    ],
    [
      'St-Étienne (42)',
      {
        level: 'commune',
        communeName: 'saint etienne',
        departement: '42',
        region: '84',
        remote: 'no',
        confidence: 0.95,
      },
    ],
    ['Télétravail', { level: 'unknown', remote: 'full', confidence: 0.9 }],
    [
      'Télétravail à Paris (75)',
      {
        level: 'commune',
        communeName: 'paris',
        departement: '75',
        region: '11',
        remote: 'partial',
        confidence: 0.95,
      },
    ],
  ])('%s', (text, expected) => {
    expect(parsePlace(text)).toEqual(expected);
  });

  it('lowers the confidence when the département and the postal code disagree', () => {
    const place = parsePlace('69 - Lyon 75001');
    expect(place.departement).toBe('75');
    expect(place.confidence).toBeCloseTo(0.95 * 0.6);
  });

  it('reads no French postal code in a US state and ZIP code (a real Indeed card)', () => {
    const place = parsePlace('Jonesboro, AR 72401 (Central Jonesboro area)');
    expect(place.postalCode).toBeUndefined();
    expect(place.departement).toBeUndefined();
    expect(place.communeName).toBe('jonesboro');
    expect(parsePlace('Austin, TX 73301').departement).toBeUndefined();
    // A French word before a postal code is no state: "de", "la" are left out of the list.
    expect(parsePlace('Bourg de 01000').postalCode).toBe('01000');
    expect(parsePlace('72000 Le Mans').departement).toBe('72');
  });

  it('says nothing of text it does not understand', () => {
    expect(parsePlace('')).toEqual({ level: 'unknown', remote: 'no', confidence: 0 });
    expect(parsePlace('42 42 42 42')).toMatchObject({ level: 'departement', departement: '42' });
  });
});

describe('parsePlace on real fixtures', () => {
  it('reads every Offres v2 lieuTravail.libelle as its commune and département', () => {
    for (const offer of offresV2.resultats) {
      const { libelle, codePostal } = offer.lieuTravail;
      const [code = '', name = ''] = libelle.split(' - ');
      const place = parsePlace(libelle);
      expect(place.level).toBe('commune');
      expect(place.communeName).toBe(normalize(name));
      expect(place.departement).toBe(code);
      expect(codePostal.startsWith(code)).toBe(true);
      expect(place.confidence).toBe(0.95);
    }
  });

  // Card texts of the HelloWork, WTTJ and LinkedIn listings in shared/fixtures/pages.
  it.each([
    [
      'Pérols - 34',
      {
        level: 'commune',
        communeName: 'perols',
        departement: '34',
        region: '76',
        remote: 'no',
        confidence: 0.95,
      },
    ],
    [
      'Nouvelle-Aquitaine - Occitanie',
      { level: 'region', region: '75', otherRegions: ['76'], remote: 'no', confidence: 0.85 },
    ],
    [
      "Occitanie - Provence-Alpes-Côte d'Azur",
      { level: 'region', region: '76', otherRegions: ['93'], remote: 'no', confidence: 0.85 },
    ],
    ['Télétravail partiel', { level: 'unknown', remote: 'partial', confidence: 0.5 }],
    ['Télétravail occasionnel', { level: 'unknown', remote: 'partial', confidence: 0.5 }],
    ['Télétravail non autorisé', { level: 'unknown', remote: 'no', confidence: 0 }],
    [
      "Villeneuve-d'Ascq",
      { level: 'commune', communeName: 'villeneuve d ascq', remote: 'no', confidence: 0.7 },
    ],
    [
      'Ville de Paris',
      {
        level: 'commune',
        communeName: 'paris',
        departement: '75',
        region: '11',
        remote: 'no',
        confidence: 0.95,
      },
    ],
    ['Grand Est, France', { level: 'region', region: '44', remote: 'no', confidence: 0.85 }],
    [
      'Bordeaux, Paris',
      {
        level: 'commune',
        communeName: 'bordeaux',
        otherCommuneNames: ['paris'],
        remote: 'no',
        confidence: 0.7,
      },
    ],
  ])('%s', (text, expected) => {
    expect(parsePlace(text)).toEqual(expected);
  });
});

const fragments = [
  '75',
  ' - ',
  'Paris',
  '15e',
  'Arrondissement',
  '(69)',
  'Lyon',
  '44000',
  '2A',
  '974',
  'Télétravail',
  'complet',
  'Hybride',
  'France',
  'Rhône',
  ',',
  'cedex',
  'Île-de-France',
  ' ',
  'Suisse',
  'Genève',
  'United States',
  'Remote in ',
  'AR 72401',
  'Vienne',
  'Autriche',
  '(38)',
  'pays CH',
];

describe('parsePlace on random text', () => {
  it('never throws and always gives a valid place', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom(...fragments), { maxLength: 20 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (raw) => {
        const place = parsePlace(raw);
        parsedPlaceSchema.parse(place);
        if (place.region && place.departement)
          expect(getDepartement(place.departement)?.region).toBe(place.region);
      }),
      { numRuns: 2_000 },
    );
  });

  it('handles very long text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 10_000, maxLength: 10_000 }), (raw) => {
        parsedPlaceSchema.parse(parsePlace(raw));
      }),
      { numRuns: 20 },
    );
    parsedPlaceSchema.parse(parsePlace('75 - Paris, '.repeat(5_000)));
  });
});

describe('parsePlace on the words its shortcuts look for', () => {
  // Each remote phrase is looked for only when one of its words is in the text: one phrase per such word.
  it.each([
    ['Sur site - Lyon', 'no'],
    ['Présentiel', 'no'],
    ['Télétravail non autorisé, Nantes', 'no'],
    ['Entièrement à distance', 'full'],
    ['100% remote', 'full'],
    ['Hybrid, Nantes', 'partial'],
    ['Remote possible - Paris', 'partial'],
  ])('%s is remote: %s', (text, remote) => {
    expect(parsePlace(text).remote).toBe(remote);
  });

  // A segment is split into words only for a saint, a cedex or a number.
  it.each([
    ['St-Étienne', 'saint etienne', undefined],
    ['Ste-Foy-lès-Lyon (69)', 'sainte foy les lyon', '69'],
    ['44000 Nantes Cedex 1', 'nantes', '44'],
    ['Paris Cedex 08', 'paris', '75'],
  ])('%s is the commune %s', (text, communeName, departement) => {
    const place = parsePlace(text);
    expect(place.communeName).toBe(communeName);
    expect(place.departement).toBe(departement);
  });

  it('reads the other names of a région that open with "Région", and France written at length', () => {
    // "Région" was taken off first, which left "sud" and "parisienne": unknown communes.
    expect(parsePlace('Région Sud')).toMatchObject({ level: 'region', region: '93' });
    expect(parsePlace('Région parisienne')).toMatchObject({ level: 'region', region: '11' });
    expect(parsePlace('Région Auvergne-Rhône-Alpes')).toMatchObject({ level: 'region', region: '84' });
    expect(parsePlace('Partout en France')).toMatchObject({ level: 'country', country: true });
  });

  it('reads the first of several places where the others are only counted (Indeed), and no place in "Plusieurs lieux"', () => {
    expect(parsePlace('Paris (75) +3 lieux')).toMatchObject({ communeName: 'paris', departement: '75' });
    expect(parsePlace('Lyon +2 lieux')).toMatchObject({ communeName: 'lyon', departement: '69' });
    expect(parsePlace('Télétravail à Nantes (44) +1 lieu')).toMatchObject({
      communeName: 'nantes',
      remote: 'partial',
    });
    expect(parsePlace('Paris (75) et 2 autres lieux').otherCommuneNames).toBeUndefined();
    expect(parsePlace('Plusieurs lieux')).toEqual({ level: 'unknown', remote: 'no', confidence: 0 });
  });

  // LinkedIn's metropolitan areas, in French and in English, and the words boards put around a city.
  it.each([
    ['Paris et périphérie', 'paris', '75'],
    ['Lyon et périphérie', 'lyon', '69'],
    ['Greater Paris Metropolitan Region', 'paris', '75'],
    ['Greater Lyon Area', 'lyon', '69'],
    ['Rennes Area', 'rennes', undefined],
    ['Région de Nantes', 'nantes', undefined],
    ['Métropole de Lyon', 'lyon', '69'],
    ['Lille Métropole', 'lille', undefined],
    ['Strasbourg et alentours', 'strasbourg', undefined],
    // A commune whose name ends so keeps it.
    ['Bairon et ses environs (08)', 'bairon et ses environs', '08'],
  ])('%s is the commune %s', (text, communeName, departement) => {
    const place = parsePlace(text);
    expect(place).toMatchObject({ level: 'commune', communeName });
    expect(place.departement).toBe(departement);
  });

  // Vienne is a commune of the Isère and the name of the département 86; Landes a commune of the Charente-Maritime.
  it.each([
    ['Vienne (38)', 'vienne', '38'],
    ['38 - VIENNE', 'vienne', '38'],
    ['VIENNE 38200', 'vienne', '38'],
    ['Landes (17)', 'landes', '17'],
  ])(
    '%s is the commune %s: a département’s name with another one’s code',
    (text, communeName, departement) => {
      expect(parsePlace(text)).toMatchObject({
        level: 'commune',
        communeName,
        departement,
        confidence: 0.95,
      });
    },
  );

  it('reads a département’s name with its own code, or alone, as the département', () => {
    expect(parsePlace('Vienne (86)')).toMatchObject({ level: 'departement', departement: '86' });
    expect(parsePlace('Vienne')).toMatchObject({ level: 'departement', departement: '86' });
    expect(parsePlace('Vienne (86)').communeName).toBeUndefined();
  });

  it('takes up to six words with letters for a commune name, and no more', () => {
    expect(parsePlace('Un deux trois quatre cinq six').communeName).toBe('un deux trois quatre cinq six');
    expect(parsePlace('Un deux trois quatre cinq six sept').level).toBe('unknown');
    expect(parsePlace('x y').level).toBe('unknown');
  });

  it('reads a word that names an Object.prototype property as any other word', () => {
    // "constructor 5" was read as the 5th arrondissement of a city named "constructor".
    expect(parsePlace('Constructor 5')).toEqual(parsePlace('Bidule 5'));
    expect(parsePlace('Constructor').communeName).toBe('constructor');
  });
});
