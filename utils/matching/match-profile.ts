/**
 * The compact match profile: what a content script needs to score offers,
 * derived once per profile change in the background (derive-match-profile.ts)
 * and sent to content scripts. Plain JSON: no class, no Map, no geodata
 * beyond the communes of the person's own zone and the names of the
 * départements and régions (which the content scripts do not carry).
 */
import type { PlaceNameTable } from '../geo/place-names';
import type { ContractCode } from './contract';
import type { TitleEvidence } from './criteria/title-evidence';
import type { TitleNoise } from './title-noise';
import type { WordFilter } from './word-filter';

/** 2: the place names and the title noise came in (placeNames, titleNoise). */
export const MATCH_PROFILE_VERSION = 2;

export interface MatchProfile {
  version: typeof MATCH_PROFILE_VERSION;
  metiers: MatchMetier[];
  /** Normalised words: an offer whose title holds one never matches. */
  excludedKeywords: string[];
  /** Normalised company names that never match. */
  excludedCompanies: string[];
  /**
   * The stems of every ROME appellation, as a word filter (about 7.5 KB):
   * a title word outside it is a word no job is named with
   * (criteria/title-unknown-word.ts). Optional: a match profile derived
   * before it has none, and is read as it was.
   */
  romeWords?: WordFilter;
  /** Every département and région, by code and name: offers' places are read with them. */
  placeNames: PlaceNameTable;
  /** What titles are read without (title-noise.ts): the content scripts carry no list of their own. */
  titleNoise: TitleNoise;
}

export interface MatchMetier {
  /** The métier as the person reads it, for reasons ("Boulanger / Boulangère"). */
  label: string;
  romeCode?: string;
  /** Normalised title forms of every appellation of the métier's ROME code, plus the person's keywords. */
  titleForms: string[];
  /** Forms of the other fiches under the same parent code: at best a partial match. */
  relatedForms: string[];
  /** Word weights of the family, for titles no form covers whole (criteria/title-evidence.ts). */
  titleEvidence?: TitleEvidence;
  zone: Zone;
  /** Accepted contract codes; empty = no preference. */
  contracts: ContractCode[];
  /** Minimum gross monthly salary, when the profile gives one. */
  minMonthlySalary?: number;
  /** Accepted working times; empty = no preference. */
  workTimes: Array<'full' | 'part'>;
  /** The person's experience in months, when known. */
  experienceMonths?: number;
}

/** A commune inside the zone, with its distance to the nearest accepted place. */
export interface ZoneCommune {
  /** Normalised name, as place.ts reads it ("lyon 3e arrondissement"). */
  name: string;
  departement: string;
  postalCodes: string[];
  /** Kilometres, rounded to one decimal. */
  km: number;
  /** Label of the place it is near ("Lyon"). */
  near: string;
}

export interface ZoneCenter {
  label: string;
  lat: number;
  lon: number;
  radiusKm: number;
}

export interface Zone {
  communes: ZoneCommune[];
  /** Accepted whole départements and régions (codes), with their labels. */
  departements: Array<{ code: string; label: string }>;
  regions: Array<{ code: string; label: string }>;
  /** Centres of the accepted radii, for offers that give coordinates. */
  centers: ZoneCenter[];
  /** True when the profile names no place at all: place is then unknown, never a failure. */
  unrestricted: boolean;
}
