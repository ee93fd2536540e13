import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metiersRecherchesSchema } from '@/utils/francetravail/schema';
import { DEMO_METIERS_RECHERCHES, demoProfile } from '@/utils/profile/demo';
import { profileFromApi } from '@/utils/profile/from-api';

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
