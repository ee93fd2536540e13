/**
 * Domain métiers for the describe and popup tests, built from the real
 * France Travail examples: the five answers of
 * shared/fixtures/api/metiersrecherches-examples.json (Cariste, N1101) and the
 * sample of france-travail.md §2 (ASEM, K1303, DZAOUDZI), plus the issue's
 * Boulanger example.
 */
import type { Contract, Metier, Place, Typologie, WorkTime } from '../../../utils/profile/model';

export const MR: Typologie = {
  code: 'MR',
  label: 'Métier Recherché',
  creation: false,
  reprise: false,
  franchise: false,
};

export const CDI: Contract = {
  code: 'CDI',
  label: 'CDI',
  longLabel: 'Contrat à durée indeterminée',
  priority: 1,
};
export const CDD: Contract = {
  code: 'CDD',
  label: 'CDD',
  longLabel: 'Contrat à durée déterminée',
  priority: 2,
};
export const SAI: Contract = {
  code: 'SAI',
  label: 'Saisonnier',
  longLabel: 'Contrat travail saisonnier',
  priority: 5,
};

export const FULL_TIME: WorkTime = { kind: 'full', code: '1', label: 'temps plein' };
export const PART_TIME: WorkTime = { kind: 'part', code: '2', label: 'temps partiel' };

export const FACHES_THUMESNIL: Place = {
  kind: 'commune',
  code: '59220',
  label: 'FACHES THUMESNIL',
  postalCode: '59155',
  departementCode: '59',
};

/** uneSuggestionDtoCommuneSansRayon. */
export const cariste: Metier = {
  typologie: MR,
  rome: { code: 'N1101', label: "Conduite d'engins de déplacement des charges" },
  appellation: { code: '11679', label: 'Cariste' },
  experience: { value: 7, unit: 'years', unitLabel: 'An(s)' },
  places: [FACHES_THUMESNIL],
  contracts: [CDI, CDD],
  workTimes: [FULL_TIME],
};

/** The sample of france-travail.md §2. */
export const asem: Metier = {
  typologie: MR,
  rome: { code: 'K1303', label: "Assistance auprès d'enfants" },
  appellation: {
    code: '10756',
    label: 'Agent spécialisé / Agente spécialisée des écoles maternelles -ASEM-',
  },
  salary: { amount: 8.86, unit: 'H', unitLabel: 'Horaire' },
  contracts: [SAI, CDD],
  places: [
    {
      kind: 'commune',
      code: '97608',
      label: 'DZAOUDZI',
      postalCode: '97615',
      departementCode: '976',
      radiusKm: 5,
    },
  ],
  workTimes: [PART_TIME],
  experience: { value: 36, unit: 'months', unitLabel: 'Mois' },
  homeMobility: { value: 10, unit: 'km', unitCode: 'KM' },
};

/** The example line. */
export const boulanger: Metier = {
  typologie: MR,
  rome: { code: 'D1102', label: 'Boulangerie - viennoiserie' },
  appellation: { code: '11573', label: 'Boulanger / Boulangère' },
  experience: { value: 3, unit: 'years', unitLabel: 'An(s)' },
  contracts: [CDD, CDI],
  workTimes: [FULL_TIME],
  salary: { amount: 1900, unit: 'M', unitLabel: 'Mensuel' },
  places: [
    {
      kind: 'commune',
      code: '69123',
      label: 'LYON',
      postalCode: '69001',
      departementCode: '69',
      radiusKm: 30,
    },
    { kind: 'departement', code: '69', label: 'RHONE' },
  ],
};

/** A business-creation entry: no ROME, no appellation. */
export function ef(flags: Partial<Pick<Typologie, 'creation' | 'reprise' | 'franchise'>>): Metier {
  return {
    typologie: {
      code: 'EF',
      label: "Création ou Reprise d'Entreprise ou de Franchise",
      creation: false,
      reprise: false,
      franchise: false,
      ...flags,
    },
    places: [],
    contracts: [],
    workTimes: [],
  };
}
