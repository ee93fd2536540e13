/**
 * The profiles the mock serves, chosen on its consent page (or with
 * POST /__mock/config {profile}). Five come from France Travail's own client
 * tests (tests/fixtures/api/metiersrecherches-examples.json), plus an empty
 * one, an EF project and the two-métier demo profile.
 */
import { readFileSync } from 'node:fs';
import { DEMO_METIERS_RECHERCHES } from '../../utils/profile/demo';

const examples = JSON.parse(
  readFileSync(new URL('../fixtures/api/metiersrecherches-examples.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const EF_PROJECT = [
  {
    typologieEmploi: { code: 'EF', libelle: "Création ou Reprise d'Entreprise ou de Franchise" },
    mobilites: [{ lieu: { code: '33', libelle: 'Gironde', type: { code: '4', libelle: 'Département' } } }],
    typeCrefCreation: false,
    typeCrefReprise: true,
    typeCrefFranchise: false,
  },
];

export interface MockProfile {
  id: string;
  label: string;
  answer: unknown;
}

export const MOCK_PROFILES: MockProfile[] = [
  {
    id: 'demo',
    label: 'Démo : boulanger à Lyon, développeur web à Montpellier',
    answer: DEMO_METIERS_RECHERCHES,
  },
  ...Object.entries(examples).map(([key, element]) => ({
    id: key,
    label: `Exemple France Travail : ${key}`,
    answer: [element],
  })),
  { id: 'empty', label: 'Aucun métier recherché', answer: [] },
  { id: 'ef', label: "Projet de reprise d'entreprise (EF)", answer: EF_PROJECT },
];

export function findProfile(id: string | undefined): MockProfile | undefined {
  return MOCK_PROFILES.find((p) => p.id === id);
}
