/**
 * Maps France Travail's Métiers recherchés answer to the domain Profile.
 * Every field has a home; unknown codes are kept with their label.
 */
import { FranceTravailError } from '../francetravail/errors';
import { describeSchemaIssues, type MetierRecherche, metiersRecherchesSchema } from '../francetravail/schema';
import type {
  Contract,
  ExperienceUnit,
  Metier,
  MobilityUnit,
  Place,
  PlaceKind,
  Profile,
  ProfileSource,
  WorkTime,
  WorkTimeKind,
} from './model';

/**
 * France Travail lets a jobseeker record at most two métiers recherchés, and the popup and
 * matching are designed for that. A longer answer would be a rule change we cannot show
 * sensibly yet: the first two (in France Travail's order) are kept rather than failing the sync.
 */
export const MAX_METIERS = 2;

const EXPERIENCE_UNITS: Record<string, ExperienceUnit> = { AN: 'years', MO: 'months' };
const MOBILITY_UNITS: Record<string, MobilityUnit> = { KM: 'km', MN: 'minutes', H: 'hours' };
const PLACE_KINDS: Record<string, PlaceKind> = { '3': 'region', '4': 'departement', '5': 'commune' };
const WORK_TIME_KINDS: Record<string, WorkTimeKind> = { '1': 'full', '2': 'part' };

/** Radius in kilometres; metres converted, other units (none seen) read as kilometres. */
function radiusKm(rayon: number | undefined, unit: string | undefined): number | undefined {
  if (rayon === undefined) return undefined;
  return unit?.toUpperCase() === 'M' ? rayon / 1000 : rayon;
}

function place(mobilite: NonNullable<MetierRecherche['mobilites']>[number]): Place {
  const { lieu } = mobilite;
  const result: Place = {
    kind: PLACE_KINDS[lieu.type.code] ?? 'unknown',
    code: lieu.code,
    label: lieu.libelle,
  };
  if (lieu.codePostal) result.postalCode = lieu.codePostal;
  if (lieu.codeDepartement) result.departementCode = lieu.codeDepartement;
  const km = radiusKm(mobilite.rayon, mobilite.unite?.code);
  if (km !== undefined) result.radiusKm = km;
  return result;
}

function contracts(entry: MetierRecherche): Contract[] {
  return (entry.contrats ?? [])
    .map((c) => ({
      code: c.type.code,
      label: c.type.libelle,
      longLabel: c.type.libelleLong ?? c.type.libelle,
      priority: c.priorite,
    }))
    .sort((a, b) => a.priority - b.priority);
}

function workTimes(entry: MetierRecherche): WorkTime[] {
  return (entry.dureesHebdo ?? []).map(({ tempsTravail: t }) => {
    const workTime: WorkTime = { kind: WORK_TIME_KINDS[t.code] ?? 'unknown', code: t.code, label: t.libelle };
    if (t.min !== undefined) workTime.minHours = t.min;
    if (t.max !== undefined) workTime.maxHours = t.max;
    return workTime;
  });
}

/** One API element as a domain Metier. */
export function metierFromApi(entry: MetierRecherche): Metier {
  const metier: Metier = {
    typologie: {
      code: entry.typologieEmploi.code,
      label: entry.typologieEmploi.libelle,
      creation: entry.typeCrefCreation === true,
      reprise: entry.typeCrefReprise === true,
      franchise: entry.typeCrefFranchise === true,
    },
    places: (entry.mobilites ?? []).map(place),
    contracts: contracts(entry),
    workTimes: workTimes(entry),
  };
  if (entry.rome) metier.rome = { code: entry.rome.code, label: entry.rome.libelle };
  if (entry.appellation)
    metier.appellation = { code: entry.appellation.code, label: entry.appellation.libelle };
  if (entry.dureeExperience) {
    const unit = entry.dureeExperience.unite;
    metier.experience = {
      value: entry.dureeExperience.valeur,
      unit: EXPERIENCE_UNITS[unit.code] ?? 'unknown',
      unitLabel: unit.libelle ?? unit.code,
    };
  }
  if (entry.mobiliteHabitation) {
    const unit = entry.mobiliteHabitation.unite.code;
    metier.homeMobility = {
      value: entry.mobiliteHabitation.valeur,
      unit: MOBILITY_UNITS[unit] ?? 'unknown',
      unitCode: unit,
    };
  }
  if (entry.salaire) {
    metier.salary = {
      amount: entry.salaire.remuneration,
      unit: entry.salaire.code,
      unitLabel: entry.salaire.libelle,
    };
  }
  return metier;
}

/** Validates a raw answer and maps it; throws FranceTravailError('invalid') naming what was wrong. */
export function profileFromApi(raw: unknown, now: Date, source: ProfileSource = 'francetravail'): Profile {
  const parsed = metiersRecherchesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new FranceTravailError(
      'invalid',
      `unexpected Métiers recherchés answer: ${describeSchemaIssues(parsed.error.issues)}`,
    );
  }
  return {
    source,
    updatedAt: now.toISOString(),
    metiers: parsed.data.slice(0, MAX_METIERS).map(metierFromApi),
  };
}
