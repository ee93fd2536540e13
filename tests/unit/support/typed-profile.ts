/** A profile typed in the options page (real ROME appellation and département), for the tests that keep one aside. */
import { manualProfile } from '../../../utils/profile/manual';
import type { ManualMetier } from '../../../utils/profile/manual-schema';
import type { Profile } from '../../../utils/profile/model';

export const typedAideSoignant: Profile = manualProfile(
  {
    metiers: [
      {
        appellation: { code: '10891', label: 'Aide-soignant / Aide-soignante' },
        rome: { code: 'J1501', label: "Soins d'hygiène, de confort du patient" },
        places: [{ kind: 'departement', code: '31', label: 'Haute-Garonne' }],
        contracts: ['CDD'],
        workTime: 'part',
      },
    ],
  },
  new Date('2026-11-20T10:00:00Z'),
);

/** A bakery métier as the options form sends it (real appellation, Lyon within 20 km). */
export const typedBoulanger: ManualMetier = {
  appellation: { code: '11573', label: 'Boulanger / Boulangère' },
  places: [{ kind: 'commune', code: '69123', label: 'Lyon', postalCode: '69001', radiusKm: 20 }],
  contracts: ['CDI'],
  salary: { amount: 1900, unit: 'M', unitLabel: 'Mensuel' },
  workTime: 'full',
  experience: { value: 2, unit: 'years' },
};
