import { describe, expect, it } from 'vitest';
import {
  describeContracts,
  describeExperience,
  describeHomeMobility,
  describeMetier,
  describePlace,
  describePlaces,
  describeProject,
  describeSalary,
  describeTitle,
  describeUpdatedAt,
  describeWorkTimes,
  readableCase,
  summarizeMetier,
} from '../../../utils/profile/describe';
import type { Experience, Metier, Place, Salary } from '../../../utils/profile/model';
import { plainSpaces, translator } from '../locales-translator';
import {
  asem,
  boulanger,
  CDD,
  CDI,
  cariste,
  ef,
  FACHES_THUMESNIL,
  FULL_TIME,
  MR,
  PART_TIME,
  SAI,
} from './describe-metiers';

const fr = translator('fr');
const en = translator('en');
const years = (value: number): Experience => ({ value, unit: 'years', unitLabel: 'An(s)' });
const months = (value: number): Experience => ({ value, unit: 'months', unitLabel: 'Mois' });
const salary = (amount: number, unit: string, unitLabel = ''): Salary => ({ amount, unit, unitLabel });

describe('summarizeMetier', () => {
  it('writes the issue example in French', () => {
    expect(plainSpaces(summarizeMetier(boulanger, fr))).toBe(
      "Boulanger / Boulangère (D1102) · 3 ans d'expérience · CDI, CDD · temps plein · 1 900 € brut/mois minimum · Lyon + 30 km, Rhône (69)",
    );
  });

  it('writes the same métier in English', () => {
    expect(plainSpaces(summarizeMetier(boulanger, en))).toBe(
      'Boulanger / Boulangère (D1102) · 3 years of experience · permanent (CDI), fixed-term (CDD) · full time · €1,900 gross/month minimum · Lyon + 30 km, Rhône (69)',
    );
  });

  it("describes France Travail's own sample (france-travail.md §2)", () => {
    expect(plainSpaces(summarizeMetier(asem, fr))).toBe(
      "Agent spécialisé / Agente spécialisée des écoles maternelles -ASEM- (K1303) · 3 ans d'expérience · CDD, saisonnier · temps partiel · 8,86 € brut/heure minimum · Dzaoudzi + 5 km · jusqu'à 10 km de chez vous",
    );
  });

  it('describes the fixture commune without radius', () => {
    expect(summarizeMetier(cariste, fr)).toBe(
      "Cariste (N1101) · 7 ans d'expérience · CDI, CDD · temps plein · Faches Thumesnil",
    );
  });
});

describe('describeMetier', () => {
  it('labels every part with its field name, in reading order', () => {
    const { parts } = describeMetier(asem, fr);
    expect(parts.map((p) => [p.kind, p.label])).toEqual([
      ['experience', 'Expérience'],
      ['contracts', 'Contrats'],
      ['workTime', 'Temps de travail'],
      ['salary', 'Salaire'],
      ['places', 'Lieux'],
      ['homeMobility', 'Trajet'],
    ]);
    expect(describeMetier(asem, en).parts.map((p) => p.label)).toEqual([
      'Experience',
      'Contracts',
      'Working time',
      'Salary',
      'Places',
      'Commute',
    ]);
  });

  it('leaves out the fields France Travail did not send', () => {
    const bare: Metier = {
      typologie: MR,
      appellation: { code: '11679', label: 'Cariste' },
      places: [],
      contracts: [],
      workTimes: [],
    };
    expect(describeMetier(bare, fr)).toEqual({ title: 'Cariste', parts: [] });
  });

  it('names a métier with neither ROME nor appellation', () => {
    expect(describeMetier({ ...cariste, rome: undefined, appellation: undefined }, fr).title).toBe(
      'Métier sans intitulé',
    );
    expect(describeMetier({ ...cariste, rome: undefined, appellation: undefined }, en).title).toBe(
      'Untitled job',
    );
  });

  it('titles an EF entry without job by its project, with no duplicate part', () => {
    const d = describeMetier(ef({ creation: true }), fr);
    expect(d.title).toBe("Projet de création d'entreprise");
    expect(d.parts).toEqual([]);
  });

  it('keeps the project as a part when the EF entry names a job', () => {
    const d = describeMetier({ ...boulanger, typologie: ef({ reprise: true }).typologie }, fr);
    expect(d.title).toBe('Boulanger / Boulangère (D1102)');
    expect(d.parts[0]).toEqual({ kind: 'project', label: 'Projet', text: "Projet de reprise d'entreprise" });
  });
});

describe('describeTitle', () => {
  it('pairs the appellation with the ROME code', () => {
    expect(describeTitle(cariste, fr)).toBe('Cariste (N1101)');
  });
  it('falls back to the ROME label', () => {
    expect(describeTitle({ ...cariste, appellation: undefined }, fr)).toBe(
      "Conduite d'engins de déplacement des charges (N1101)",
    );
  });
  it('shows an appellation alone when the ROME is missing', () => {
    expect(describeTitle({ ...cariste, rome: undefined }, fr)).toBe('Cariste');
  });
  it('is undefined without either', () => {
    expect(describeTitle(ef({}), fr)).toBeUndefined();
  });
});

describe('describeProject', () => {
  it('says nothing for a plain métier recherché', () => {
    expect(describeProject(MR, fr)).toBeUndefined();
  });
  it.each([
    [{ creation: true }, "Projet de création d'entreprise", 'Business creation project'],
    [{ reprise: true }, "Projet de reprise d'entreprise", 'Business takeover project'],
    [{ franchise: true }, 'Projet de franchise', 'Franchise project'],
    [{}, "Création ou reprise d'entreprise", 'Starting or taking over a business'],
    [
      { creation: true, reprise: true },
      "Projet d'entreprise : création ou reprise",
      'Business project: creation or takeover',
    ],
    [
      { creation: true, reprise: true, franchise: true },
      "Projet d'entreprise : création, reprise ou franchise",
      'Business project: creation, takeover or franchise',
    ],
    [
      { reprise: true, franchise: true },
      "Projet d'entreprise : reprise ou franchise",
      'Business project: takeover or franchise',
    ],
  ])('EF %o', (flags, french, english) => {
    const { typologie } = ef(flags);
    expect(plainSpaces(describeProject(typologie, fr) ?? '')).toBe(french);
    expect(describeProject(typologie, en)).toBe(english);
  });
  it('shows the label of an unknown typologie', () => {
    const typologie = {
      code: 'XX',
      label: 'Reconversion',
      creation: false,
      reprise: false,
      franchise: false,
    };
    expect(describeProject(typologie, fr)).toBe('Reconversion');
    expect(describeMetier({ ...cariste, typologie }, fr).parts[0]?.text).toBe('Reconversion');
  });
});

describe('describeExperience', () => {
  it.each([
    [years(1), "1 an d'expérience", '1 year of experience'],
    [years(3), "3 ans d'expérience", '3 years of experience'],
    [months(1), "1 mois d'expérience", '1 month of experience'],
    [months(6), "6 mois d'expérience", '6 months of experience'],
    [months(18), "18 mois d'expérience", '18 months of experience'],
    [months(12), "1 an d'expérience", '1 year of experience'],
    [months(36), "3 ans d'expérience", '3 years of experience'],
    [years(0), 'débutant', 'beginner'],
    [months(0), 'débutant', 'beginner'],
    [
      { value: 2, unit: 'unknown', unitLabel: 'Semestres' } as Experience,
      "2 Semestres d'expérience",
      '2 Semestres of experience',
    ],
  ])('%o', (experience, french, english) => {
    expect(describeExperience(experience, fr)).toBe(french);
    expect(describeExperience(experience, en)).toBe(english);
  });
});

describe('describeContracts', () => {
  it('follows the priority order, not the order received', () => {
    expect(describeContracts([SAI, CDD], fr)).toBe('CDD, saisonnier');
    expect(describeContracts([CDD, SAI, CDI], en)).toBe('permanent (CDI), fixed-term (CDD), seasonal');
  });
  it('does not reorder the caller’s array', () => {
    const contracts = [SAI, CDD];
    describeContracts(contracts, fr);
    expect(contracts).toEqual([SAI, CDD]);
  });
  it.each([
    ['MIS', 'intérim'],
    ['CCE', 'profession commerciale'],
    ['FRA', 'franchise'],
    ['LIB', 'profession libérale'],
    ['REP', "reprise d'entreprise"],
    ['TTI', "travail temporaire d'insertion"],
    ['DDI', "CDD d'insertion"],
    ['DIN', 'CDI intérimaire'],
  ])('names %s', (code, text) => {
    expect(describeContracts([{ code, label: code, longLabel: '', priority: 1 }], fr)).toBe(text);
  });
  it('shows the label of an unknown code, else its long label, else the code', () => {
    expect(describeContracts([{ code: 'APP', label: 'Apprentissage', longLabel: '', priority: 1 }], en)).toBe(
      'Apprentissage',
    );
    expect(
      describeContracts([{ code: 'APP', label: '', longLabel: "Contrat d'apprentissage", priority: 1 }], fr),
    ).toBe("Contrat d'apprentissage");
    expect(describeContracts([{ code: 'APP', label: '', longLabel: '', priority: 1 }], fr)).toBe('APP');
  });
  it('is undefined without contracts', () => {
    expect(describeContracts([], fr)).toBeUndefined();
  });
});

describe('describeWorkTimes', () => {
  it('names full and part time', () => {
    expect(describeWorkTimes([FULL_TIME], fr)).toBe('temps plein');
    expect(describeWorkTimes([FULL_TIME, PART_TIME], en)).toBe('full time, part time');
  });
  it('adds the weekly hours when given', () => {
    expect(describeWorkTimes([{ ...PART_TIME, minHours: 20, maxHours: 30 }], fr)).toBe(
      'temps partiel, 20 à 30 h par semaine',
    );
    expect(describeWorkTimes([{ ...PART_TIME, minHours: 20, maxHours: 30 }], en)).toBe(
      'part time, 20 to 30 hours a week',
    );
    expect(describeWorkTimes([{ ...PART_TIME, minHours: 24, maxHours: 24 }], fr)).toBe(
      'temps partiel, 24 h par semaine',
    );
    expect(describeWorkTimes([{ ...PART_TIME, minHours: 17.5 }], fr)).toBe(
      'temps partiel, au moins 17,5 h par semaine',
    );
    expect(describeWorkTimes([{ ...FULL_TIME, maxHours: 39 }], en)).toBe('full time, up to 39 hours a week');
  });
  it('shows the label of an unknown kind', () => {
    expect(describeWorkTimes([{ kind: 'unknown', code: '3', label: 'temps annualisé' }], en)).toBe(
      'temps annualisé',
    );
  });
  it('is undefined without work times', () => {
    expect(describeWorkTimes([], fr)).toBeUndefined();
  });
});

describe('describeSalary', () => {
  it.each([
    [salary(1900, 'M'), '1 900 € brut/mois minimum', '€1,900 gross/month minimum'],
    [salary(11.88, 'H'), '11,88 € brut/heure minimum', '€11.88 gross/hour minimum'],
    [salary(11.9, 'H'), '11,90 € brut/heure minimum', '€11.90 gross/hour minimum'],
    [salary(24000, 'A'), '24 000 € brut/an minimum', '€24,000 gross/year minimum'],
    [salary(120, 'C'), '120 € brut/cachet minimum', '€120 gross per engagement (cachet) minimum'],
    [salary(300, 'F', 'Forfait'), '300 € minimum (Forfait)', '€300 minimum (Forfait)'],
    [salary(300, 'F'), '300 € minimum (F)', '€300 minimum (F)'],
  ])('%o', (s, french, english) => {
    expect(plainSpaces(describeSalary(s, fr))).toBe(french);
    expect(describeSalary(s, en)).toBe(english);
  });
  it('keeps amount and currency on one line', () => {
    expect(describeSalary(salary(1900, 'M'), fr)).toMatch(/^1\s900\u00a0€ /u);
    expect(describeSalary(salary(1900, 'M'), fr)).not.toMatch(/^1 900/);
  });
});

describe('describePlace', () => {
  const departement = (code: string, label: string): Place => ({ kind: 'departement', code, label });
  const region = (code: string, label: string): Place => ({ kind: 'region', code, label });

  it('gives a commune its radius', () => {
    expect(describePlace({ ...FACHES_THUMESNIL, radiusKm: 10 }, fr)).toBe('Faches Thumesnil + 10 km');
    expect(describePlace({ ...FACHES_THUMESNIL, radiusKm: 0.5 }, fr)).toBe('Faches Thumesnil + 0,5 km');
    expect(describePlace({ ...FACHES_THUMESNIL, radiusKm: 0.5 }, en)).toBe('Faches Thumesnil + 0.5 km');
    expect(describePlace(FACHES_THUMESNIL, fr)).toBe('Faches Thumesnil');
  });
  it('gives a département its number and official spelling', () => {
    expect(describePlace(departement('59', 'Nord'), fr)).toBe('Nord (59)');
    expect(describePlace(departement('69', 'RHONE'), fr)).toBe('Rhône (69)');
    expect(describePlace(departement('2A', 'CORSE DU SUD'), en)).toBe('Corse-du-Sud (2A)');
    expect(describePlace(departement('976', ''), fr)).toBe('Mayotte (976)');
  });
  it('keeps the label of a département it does not know, readably', () => {
    expect(describePlace(departement('99', 'ETRANGER'), fr)).toBe('Etranger (99)');
    // a code that disagrees with the label: the label wins
    expect(describePlace(departement('69', 'LOIRE'), fr)).toBe('Loire (69)');
  });
  it('names a région', () => {
    // fixture uneSuggestionDtoUneRegion: old code 75, name without hyphen
    expect(describePlace(region('75', 'Nouvelle Aquitaine'), fr)).toBe('Nouvelle-Aquitaine');
    expect(describePlace(region('11', 'ILE DE FRANCE'), fr)).toBe('Île-de-France');
    expect(describePlace(region('00', 'OUTRE MER'), fr)).toBe('Outre Mer');
  });
  it('shows the label of a place of unknown kind', () => {
    expect(describePlace({ kind: 'unknown', code: '1', label: 'FRANCE ENTIERE' }, fr)).toBe('France Entiere');
  });
  it('joins several places', () => {
    expect(describePlaces([FACHES_THUMESNIL, departement('59', 'Nord')], fr)).toBe(
      'Faches Thumesnil, Nord (59)',
    );
    expect(describePlaces([], fr)).toBeUndefined();
  });
});

describe('readableCase', () => {
  it.each([
    ['DZAOUDZI', 'Dzaoudzi'],
    ['FACHES THUMESNIL', 'Faches Thumesnil'],
    ["L'ISLE D'ABEAU", "L'Isle d'Abeau"],
    ["SAINT-DIDIER-AU-MONT-D'OR", "Saint-Didier-au-Mont-d'Or"],
    ['LE PUY-EN-VELAY', 'Le Puy-en-Velay'],
    ['CHÂLONS-EN-CHAMPAGNE', 'Châlons-en-Champagne'],
    ['PARIS 15E ARRONDISSEMENT', 'Paris 15e Arrondissement'],
  ])('%s -> %s', (label, readable) => {
    expect(readableCase(label)).toBe(readable);
  });
  it('leaves names that already have lower case alone', () => {
    expect(readableCase('Lyon')).toBe('Lyon');
    expect(readableCase('La Roche-sur-Yon')).toBe('La Roche-sur-Yon');
    expect(readableCase('97615')).toBe('97615');
  });
});

describe('describeHomeMobility', () => {
  it.each([
    [{ value: 30, unit: 'km', unitCode: 'KM' }, "jusqu'à 30 km de chez vous", 'up to 30 km from home'],
    [{ value: 45, unit: 'minutes', unitCode: 'MN' }, "jusqu'à 45 min de chez vous", 'up to 45 min from home'],
    [{ value: 1, unit: 'hours', unitCode: 'H' }, "jusqu'à 1 h de chez vous", 'up to 1 h from home'],
    [{ value: 1.5, unit: 'hours', unitCode: 'H' }, "jusqu'à 1,5 h de chez vous", 'up to 1.5 h from home'],
    [{ value: 3, unit: 'unknown', unitCode: 'XX' }, "jusqu'à 3 XX de chez vous", 'up to 3 XX from home'],
  ] as const)('%o', (mobility, french, english) => {
    expect(describeHomeMobility(mobility, fr)).toBe(french);
    expect(describeHomeMobility(mobility, en)).toBe(english);
  });
});

describe('describeUpdatedAt', () => {
  it('writes the date and time of the last sync in the reader’s time zone', () => {
    expect(describeUpdatedAt('2026-11-29T09:42:00Z', fr, 'Europe/Paris')).toBe(
      'Mis à jour le 29 novembre 2026 à 10:42',
    );
    expect(describeUpdatedAt('2026-11-29T09:42:00Z', en, 'Europe/Paris')).toBe(
      'Updated on 29 November 2026 at 10:42',
    );
    expect(describeUpdatedAt('2026-07-01T06:05:00Z', fr, 'Europe/Paris')).toBe(
      'Mis à jour le 1 juillet 2026 à 08:05',
    );
  });
});
