import { readFileSync } from 'node:fs';
import etalabCommunes from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { FranceTravailError } from '@/utils/francetravail/errors';
import { metiersRecherchesSchema } from '@/utils/francetravail/schema';
import { DEMO_METIERS_RECHERCHES, demoProfile } from '@/utils/profile/demo';
import { profileFromApi } from '@/utils/profile/from-api';
import { loadLexicon } from '../../../scripts/data/load-assets';
import { MOCK_PROFILES } from '../../mock/profiles';

const NOW = new Date('2026-11-29T10:00:00Z');
const examples = JSON.parse(
  readFileSync(new URL('../../fixtures/api/metiersrecherches-examples.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('profileFromApi on France Travail’s own examples', () => {
  it.each(Object.entries(examples))('%s passes the schema and maps', (_name, element) => {
    expect(metiersRecherchesSchema.safeParse([element]).success).toBe(true);
    const profile = profileFromApi([element], NOW);
    expect(profile.source).toBe('francetravail');
    expect(profile.updatedAt).toBe('2026-11-29T10:00:00.000Z');
    const m = profile.metiers[0];
    expect(m?.rome).toEqual({ code: 'N1101', label: "Conduite d'engins de déplacement des charges" });
    expect(m?.appellation).toEqual({ code: '11679', label: 'Cariste' });
    expect(m?.contracts.map((c) => c.code)).toEqual(['CDI', 'CDD']);
    expect(m?.workTimes).toEqual([{ kind: 'full', code: '1', label: 'temps plein' }]);
    expect(m?.experience).toEqual({ value: 7, unit: 'years', unitLabel: 'An(s)' });
    expect(m?.typologie).toMatchObject({ code: 'MR', creation: false });
  });

  it('reads each kind of place, with radii in kilometres', () => {
    const place = (key: string) => profileFromApi([examples[key]], NOW).metiers[0]?.places[0];
    expect(place('uneSuggestionDtoCommuneSansRayon')).toEqual({
      kind: 'commune',
      code: '59220',
      label: 'FACHES THUMESNIL',
      postalCode: '59155',
      departementCode: '59',
    });
    expect(place('uneSuggestionDtoCommuneAvecUnRayonInconnu')?.radiusKm).toBe(0.01);
    expect(place('uneSuggestionDtoUneCommuneAvecRayon')).toMatchObject({
      kind: 'commune',
      label: 'NANTES',
      radiusKm: 10,
    });
    expect(place('uneSuggestionDtoUnDepartement')).toEqual({
      kind: 'departement',
      code: '59',
      label: 'Nord',
    });
    expect(place('uneSuggestionDtoUneRegion')).toEqual({
      kind: 'region',
      code: '75',
      label: 'Nouvelle Aquitaine',
    });
  });
});

describe('profileFromApi on every field', () => {
  it('maps the demo profile: salary, home mobility, months, part time with hours, contract order', () => {
    const profile = demoProfile(NOW);
    expect(profile.source).toBe('demo');
    const [boulanger, dev] = profile.metiers;
    expect(boulanger?.salary).toEqual({ amount: 1900, unit: 'M', unitLabel: 'Mensuel' });
    expect(boulanger?.homeMobility).toEqual({ value: 30, unit: 'km', unitCode: 'KM' });
    expect(dev?.experience).toEqual({ value: 18, unit: 'months', unitLabel: 'Mois' });
    expect(dev?.workTimes[1]).toEqual({
      kind: 'part',
      code: '2',
      label: 'temps partiel',
      minHours: 28,
      maxHours: 32,
    });
  });

  it('sorts contracts by priority and keeps unknown codes with their labels', () => {
    const profile = profileFromApi(
      [
        {
          typologieEmploi: { code: 'XX', libelle: 'Nouvelle typologie' },
          contrats: [
            {
              priorite: 5,
              type: { code: 'SAI', libelle: 'Saisonnier', libelleLong: 'Contrat travail saisonnier' },
            },
            { priorite: 2, type: { code: 'NEW', libelle: 'Nouveau contrat' } },
          ],
          mobiliteHabitation: { valeur: 45, unite: { code: 'MN' } },
          dureeExperience: { valeur: 2, unite: { code: 'SEM', libelle: 'Semaines' } },
          dureesHebdo: [{ tempsTravail: { code: '9', libelle: 'autre' } }],
          mobilites: [{ lieu: { code: 'X', libelle: 'Ailleurs', type: { code: '9' } } }],
          salaire: { code: 'Z', libelle: 'Forfait', remuneration: 100 },
        },
      ],
      NOW,
    );
    const m = profile.metiers[0];
    expect(m?.typologie.code).toBe('XX');
    expect(m?.contracts.map((c) => [c.code, c.longLabel])).toEqual([
      ['NEW', 'Nouveau contrat'],
      ['SAI', 'Contrat travail saisonnier'],
    ]);
    expect(m?.homeMobility).toEqual({ value: 45, unit: 'minutes', unitCode: 'MN' });
    expect(m?.experience).toEqual({ value: 2, unit: 'unknown', unitLabel: 'Semaines' });
    expect(m?.workTimes[0]?.kind).toBe('unknown');
    expect(m?.places[0]?.kind).toBe('unknown');
    expect(m?.salary?.unit).toBe('Z');
  });

  it('reads an EF project with its flags and no ROME code', () => {
    const m = profileFromApi(
      [
        {
          typologieEmploi: { code: 'EF', libelle: 'Création' },
          typeCrefReprise: true,
          typeCrefFranchise: true,
        },
      ],
      NOW,
    ).metiers[0];
    expect(m?.typologie).toEqual({
      code: 'EF',
      label: 'Création',
      creation: false,
      reprise: true,
      franchise: true,
    });
    expect(m?.rome).toBeUndefined();
    expect(m?.places).toEqual([]);
  });

  it('accepts an empty answer and keeps at most two métiers', () => {
    expect(profileFromApi([], NOW).metiers).toEqual([]);
    const three = [...DEMO_METIERS_RECHERCHES, ...DEMO_METIERS_RECHERCHES.slice(0, 1)];
    expect(profileFromApi(three, NOW).metiers).toHaveLength(2);
  });

  it('refuses wrong types, naming the path and not the value', () => {
    const attempt = () =>
      profileFromApi(
        [
          {
            typologieEmploi: { code: 'MR', libelle: 'x' },
            salaire: { code: 'M', libelle: 'M', remuneration: '1900' },
          },
        ],
        NOW,
      );
    expect(attempt).toThrow(/\[0\]\.salaire\.remuneration/);
    try {
      attempt();
    } catch (e) {
      expect(e).toMatchObject({ code: 'invalid' });
      expect((e as Error).message).not.toContain('1900');
    }
    expect(() => profileFromApi({ metiers: [] }, NOW)).toThrow(/\(root\)/);
    expect(() => profileFromApi([{ rome: { code: 'D1102', libelle: 'x' } }], NOW)).toThrow(/typologieEmploi/);
  });
});

describe('every profile the mock serves', () => {
  it.each(MOCK_PROFILES.map((p) => [p.id, p.answer] as const))(
    '%s passes the schema and maps',
    (_id, answer) => {
      const parsed = metiersRecherchesSchema.parse(answer);
      const profile = profileFromApi(answer, NOW);
      expect(profile.metiers).toHaveLength(Math.min(parsed.length, 2));
      profile.metiers.forEach((m, i) => {
        const element = parsed[i];
        expect(m.typologie.code).toBe(element?.typologieEmploi.code);
        expect(m.places).toHaveLength(element?.mobilites?.length ?? 0);
        expect(m.contracts).toHaveLength(element?.contrats?.length ?? 0);
        expect(m.workTimes).toHaveLength(element?.dureesHebdo?.length ?? 0);
        expect(m.rome?.code).toBe(element?.rome?.code);
        expect(m.appellation?.code).toBe(element?.appellation?.code);
      });
    },
  );

  it('maps the EF project as a takeover with no ROME code', () => {
    const ef = MOCK_PROFILES.find((p) => p.id === 'ef');
    const m = profileFromApi(ef?.answer, NOW).metiers[0];
    expect(m?.typologie).toMatchObject({ code: 'EF', creation: false, reprise: true, franchise: false });
    expect(m?.rome).toBeUndefined();
    expect(m?.appellation).toBeUndefined();
    expect(m?.places).toEqual([{ kind: 'departement', code: '33', label: 'Gironde' }]);
  });
});

describe('the demo profile', () => {
  const lexicon = loadLexicon();
  const communes = new Map(etalabCommunes.map((c) => [c.code, c]));

  it('names real ROME codes and appellations with their referential labels', () => {
    for (const element of DEMO_METIERS_RECHERCHES) {
      const appellation = lexicon.appellation(element.appellation.code);
      expect(appellation?.label).toBe(element.appellation.libelle);
      expect(lexicon.romeCodeOfAppellation(element.appellation.code)).toBe(element.rome.code);
      expect(lexicon.fiche(element.rome.code)?.label).toBe(element.rome.libelle);
    }
  });

  it('places its communes with their real INSEE code, postal code and département', () => {
    const places = demoProfile(NOW).metiers.flatMap((m) => m.places);
    const communePlaces = places.filter((p) => p.kind === 'commune');
    expect(communePlaces.length).toBeGreaterThan(0);
    for (const place of communePlaces) {
      const commune = communes.get(place.code);
      expect(commune?.nom.toUpperCase()).toBe(place.label);
      expect(commune?.departement).toBe(place.departementCode);
      expect(commune?.codesPostaux).toContain(place.postalCode);
    }
    expect(places.map((p) => p.kind)).toEqual(['commune', 'departement', 'commune', 'region']);
  });

  it('carries every field for the popup sentence', () => {
    const [boulanger] = demoProfile(NOW).metiers;
    expect(boulanger?.rome).toEqual({ code: 'D1102', label: 'Boulanger / Boulangère' });
    expect(boulanger?.experience).toEqual({ value: 3, unit: 'years', unitLabel: 'An(s)' });
    expect(boulanger?.contracts.map((c) => c.code)).toEqual(['CDI', 'CDD']);
    expect(boulanger?.workTimes.map((w) => w.kind)).toEqual(['full']);
    expect(boulanger?.places[0]).toMatchObject({ code: '69123', radiusKm: 30 });
  });
});

describe('radius units', () => {
  const withRadius = (rayon: number, unite: string) =>
    profileFromApi(
      [
        {
          typologieEmploi: { code: 'MR', libelle: 'Métier Recherché' },
          mobilites: [
            {
              rayon,
              unite: { code: unite, libelle: unite },
              lieu: { code: '44109', libelle: 'NANTES', type: { code: '5', libelle: 'Commune' } },
            },
          ],
        },
      ],
      NOW,
    ).metiers[0]?.places[0]?.radiusKm;

  it('converts metres to kilometres and keeps kilometres', () => {
    expect(withRadius(2500, 'M')).toBe(2.5);
    expect(withRadius(25, 'KM')).toBe(25);
  });
});

describe('schema strictness', () => {
  const base = { typologieEmploi: { code: 'MR', libelle: 'Métier Recherché' } };
  it.each([
    [
      '[0].mobilites[0].rayon',
      { mobilites: [{ rayon: '10', lieu: { code: '1', libelle: 'x', type: { code: '5' } } }] },
    ],
    ['[0].contrats[0].priorite', { contrats: [{ priorite: '1', type: { code: 'CDI', libelle: 'CDI' } }] }],
    ['[0].dureeExperience.valeur', { dureeExperience: { valeur: '3', unite: { code: 'AN' } } }],
    ['[0].typeCrefCreation', { typeCrefCreation: 'false' }],
    [
      '[0].dureesHebdo[0].tempsTravail.min',
      { dureesHebdo: [{ tempsTravail: { code: '2', libelle: 'p', min: '20' } }] },
    ],
  ])('refuses a wrong type at %s', (path, extra) => {
    const error = (() => {
      try {
        profileFromApi([{ ...base, ...extra }], NOW);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FranceTravailError);
    expect((error as FranceTravailError).code).toBe('invalid');
    expect((error as FranceTravailError).detail).toContain(`${path}: `);
    expect((error as FranceTravailError).detail).toMatch(/expected (number|boolean), received string/);
  });

  it('lets unknown extra keys through', () => {
    const profile = profileFromApi(
      [{ ...base, nouveauChamp: { a: 1 }, rome: { code: 'Z9999', libelle: 'Inconnu', x: 1 } }],
      NOW,
    );
    expect(profile.metiers[0]?.rome).toEqual({ code: 'Z9999', label: 'Inconnu' });
  });

  it('keeps the first two of five métiers, in the order France Travail gave', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({
      ...base,
      rome: { code: `D110${i}`, libelle: `m${i}` },
    }));
    expect(profileFromApi(five, NOW).metiers.map((m) => m.rome?.code)).toEqual(['D1100', 'D1101']);
  });
});
