/**
 * The demo profile: two métiers as France Travail would send them, built on
 * real ROME and INSEE codes, to try the product without an account (and to
 * drive `npm run demo` and the end-to-end tests). Nobody's data.
 */
import { profileFromApi } from './from-api';
import type { Profile } from './model';

export const DEMO_METIERS_RECHERCHES = [
  {
    typologieEmploi: { code: 'MR', libelle: 'Métier Recherché' },
    rome: { code: 'D1102', libelle: 'Boulanger / Boulangère' },
    appellation: { code: '11573', libelle: 'Boulanger / Boulangère' },
    dureeExperience: { valeur: 3, unite: { code: 'AN', libelle: 'An(s)' } },
    mobiliteHabitation: { valeur: 30, unite: { code: 'KM' } },
    mobilites: [
      {
        lieu: {
          code: '69123',
          libelle: 'LYON',
          codePostal: '69001',
          codeDepartement: '69',
          type: { code: '5', libelle: 'Commune' },
        },
        rayon: 30,
        unite: { code: 'KM', libelle: 'Kilomètres' },
      },
      { lieu: { code: '69', libelle: 'Rhône', type: { code: '4', libelle: 'Département' } } },
    ],
    salaire: { code: 'M', libelle: 'Mensuel', remuneration: 1900 },
    contrats: [
      {
        type: { code: 'CDI', libelle: 'CDI', libelleLong: 'Contrat à durée indéterminée' },
        priorite: 1,
        critereOre: false,
      },
      {
        type: { code: 'CDD', libelle: 'CDD', libelleLong: 'Contrat à durée déterminée' },
        priorite: 2,
        critereOre: false,
      },
    ],
    dureesHebdo: [{ critereOre: false, tempsTravail: { code: '1', libelle: 'temps plein' } }],
    typeCrefCreation: false,
  },
  {
    typologieEmploi: { code: 'MR', libelle: 'Métier Recherché' },
    rome: { code: 'M1855', libelle: 'Développeur / Développeuse web' },
    appellation: { code: '14156', libelle: 'Développeur / Développeuse web' },
    dureeExperience: { valeur: 18, unite: { code: 'MO', libelle: 'Mois' } },
    mobilites: [
      {
        lieu: {
          code: '34172',
          libelle: 'MONTPELLIER',
          codePostal: '34000',
          codeDepartement: '34',
          type: { code: '5', libelle: 'Commune' },
        },
        rayon: 20,
        unite: { code: 'KM', libelle: 'Kilomètres' },
      },
      { lieu: { code: '76', libelle: 'Occitanie', type: { code: '3', libelle: 'Région' } } },
    ],
    salaire: { code: 'A', libelle: 'Annuel', remuneration: 32000 },
    contrats: [
      {
        type: { code: 'CDI', libelle: 'CDI', libelleLong: 'Contrat à durée indéterminée' },
        priorite: 1,
        critereOre: false,
      },
      {
        type: { code: 'LIB', libelle: 'Libéral', libelleLong: 'Profession libérale' },
        priorite: 2,
        critereOre: false,
      },
    ],
    dureesHebdo: [
      { critereOre: false, tempsTravail: { code: '1', libelle: 'temps plein' } },
      { critereOre: false, tempsTravail: { code: '2', libelle: 'temps partiel', min: 28, max: 32 } },
    ],
  },
];

/** The demo profile as the extension stores it. */
export function demoProfile(now: Date): Profile {
  return profileFromApi(DEMO_METIERS_RECHERCHES, now, 'demo');
}
