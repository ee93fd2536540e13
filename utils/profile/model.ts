/**
 * The domain model: a jobseeker's profile as the product thinks of it, whatever
 * its source (France Travail, typed by hand, demo). Every field of the
 * Métiers recherchés API has a home here; codes France Travail may add later
 * are kept with their label rather than rejected.
 */

export type ProfileSource = 'francetravail' | 'manual' | 'demo';

export interface Profile {
  source: ProfileSource;
  /** At most two, as France Travail allows. */
  metiers: Metier[];
  /** ISO date-time of the moment the profile was read or saved. */
  updatedAt: string;
}

export interface CodeLabel {
  code: string;
  label: string;
}

export interface Typologie extends CodeLabel {
  /** 'MR' métier recherché, 'EF' création / reprise d'entreprise ou franchise; other codes kept as given. */
  code: 'MR' | 'EF' | (string & {});
  creation: boolean;
  reprise: boolean;
  franchise: boolean;
}

export type ExperienceUnit = 'years' | 'months' | 'unknown';

export interface Experience {
  value: number;
  unit: ExperienceUnit;
  /** The unit as France Travail wrote it, for codes we do not know. */
  unitLabel: string;
}

export type MobilityUnit = 'km' | 'minutes' | 'hours' | 'unknown';

export interface HomeMobility {
  value: number;
  unit: MobilityUnit;
  unitCode: string;
}

export type PlaceKind = 'commune' | 'departement' | 'region' | 'unknown';

export interface Place {
  kind: PlaceKind;
  /** INSEE code (commune), département number, or région code; real data sometimes carries a postal code here. */
  code: string;
  label: string;
  postalCode?: string;
  departementCode?: string;
  /** Accepted radius around the place, in kilometres (metres converted). */
  radiusKm?: number;
}

/** H horaire, M mensuel, A annuel, C cachet; unknown codes kept. */
export type SalaryUnit = 'H' | 'M' | 'A' | 'C' | (string & {});

export interface Salary {
  amount: number;
  unit: SalaryUnit;
  unitLabel: string;
}

export interface Contract {
  /** CDI, CDD, MIS, SAI, … (france-travail.md §3); unknown codes kept. */
  code: string;
  label: string;
  longLabel: string;
  /** Lower is preferred; contracts are sorted by it. */
  priority: number;
}

export type WorkTimeKind = 'full' | 'part' | 'unknown';

export interface WorkTime {
  kind: WorkTimeKind;
  code: string;
  label: string;
  /** Weekly hours, when given. */
  minHours?: number;
  maxHours?: number;
}

export interface Metier {
  typologie: Typologie;
  rome?: CodeLabel;
  appellation?: CodeLabel;
  experience?: Experience;
  homeMobility?: HomeMobility;
  places: Place[];
  salary?: Salary;
  contracts: Contract[];
  workTimes: WorkTime[];
}
