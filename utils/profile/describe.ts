/**
 * Puts a métier into plain words, one labelled part per field, for the popup
 * and the options page. Pure: the translation function is a parameter, so the
 * same code runs in the extension (browser.i18n) and in Node tests (the real
 * messages.json files).
 */
import { departementByName, getDepartement, regionByName } from '../geo/departements';
import { normalize } from '../matching/normalize';
import type { Contract, Experience, HomeMobility, Metier, Place, Salary, Typologie, WorkTime } from './model';

/** A key of public/_locales/fr/messages.json (the default locale, which every other locale mirrors). */
export type MessageKey = keyof typeof import('../../public/_locales/fr/messages.json');

/** browser.i18n.getMessage's shape: a message with its $1… substitutions. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export type PartKind =
  | 'project'
  | 'experience'
  | 'contracts'
  | 'workTime'
  | 'salary'
  | 'places'
  | 'homeMobility';

export interface MetierPart {
  kind: PartKind;
  /** The field's name ("Expérience"), for labelled layouts. */
  label: string;
  /** The value as a phrase that reads on its own ("3 ans d'expérience"). */
  text: string;
}

export interface MetierDescription {
  /** "Boulanger / Boulangère (D1102)", or the project for an EF entry without a job title. */
  title: string;
  parts: MetierPart[];
}

const PART_LABELS: Record<PartKind, MessageKey> = {
  project: 'field_project',
  experience: 'field_experience',
  contracts: 'field_contracts',
  workTime: 'field_workTime',
  salary: 'field_salary',
  places: 'field_places',
  homeMobility: 'field_homeMobility',
};

// France Travail's own labels are terse ("MIS", "Mission intérimaire" or
// codes only); known codes get our wording, unknown ones keep the label given.
const CONTRACT_KEYS: Record<string, MessageKey> = {
  CDI: 'contract_CDI',
  CDD: 'contract_CDD',
  MIS: 'contract_MIS',
  SAI: 'contract_SAI',
  CCE: 'contract_CCE',
  FRA: 'contract_FRA',
  LIB: 'contract_LIB',
  REP: 'contract_REP',
  TTI: 'contract_TTI',
  DDI: 'contract_DDI',
  DIN: 'contract_DIN',
};

const SALARY_KEYS: Record<string, MessageKey> = {
  H: 'salary_hourly',
  M: 'salary_monthly',
  A: 'salary_yearly',
  C: 'salary_cachet',
};

const MOBILITY_KEYS: Record<string, MessageKey> = {
  km: 'mobility_km',
  minutes: 'mobility_minutes',
  hours: 'mobility_hours',
};

/** Describes one métier as a title and its labelled parts, in the order a jobseeker reads them. */
export function describeMetier(metier: Metier, t: Translate): MetierDescription {
  const locale = t('locale');
  const project = describeProject(metier.typologie, t);
  const parts: MetierPart[] = [];
  const add = (kind: PartKind, text: string | undefined) => {
    if (text) parts.push({ kind, label: t(PART_LABELS[kind]), text });
  };
  const title = describeTitle(metier, t) ?? project ?? t('title_unnamed');
  if (project && project !== title) add('project', project);
  if (metier.experience) add('experience', describeExperience(metier.experience, t, locale));
  add('contracts', describeContracts(metier.contracts, t));
  add('workTime', describeWorkTimes(metier.workTimes, t, locale));
  if (metier.salary) add('salary', describeSalary(metier.salary, t, locale));
  add('places', describePlaces(metier.places, t, locale));
  if (metier.homeMobility) add('homeMobility', describeHomeMobility(metier.homeMobility, t, locale));
  return { title, parts };
}

/** One line for a métier: its title and every part, separated by " · ". */
export function summarizeMetier(metier: Metier, t: Translate): string {
  const { title, parts } = describeMetier(metier, t);
  return [title, ...parts.map((p) => p.text)].join(' · ');
}

/** Appellation label with its ROME code, else the ROME label; undefined when neither is known. */
export function describeTitle(metier: Metier, t: Translate): string | undefined {
  const label = metier.appellation?.label || metier.rome?.label;
  if (!label) return undefined;
  return metier.rome?.code ? t('labelWithCode', [label, metier.rome.code]) : label;
}

/** The business project of an EF entry; the label given for unknown typologies; undefined for MR. */
export function describeProject(typologie: Typologie, t: Translate): string | undefined {
  if (typologie.code === 'MR') return undefined;
  if (typologie.code !== 'EF') return typologie.label || typologie.code;
  const kinds: MessageKey[] = [];
  if (typologie.creation) kinds.push('ef_kind_creation');
  if (typologie.reprise) kinds.push('ef_kind_reprise');
  if (typologie.franchise) kinds.push('ef_kind_franchise');
  if (kinds.length === 0) return t('ef_generic');
  if (kinds.length === 1) {
    if (typologie.creation) return t('ef_creation');
    if (typologie.reprise) return t('ef_reprise');
    return t('ef_franchise');
  }
  return t(
    'ef_several',
    joinOr(
      kinds.map((k) => t(k)),
      t,
    ),
  );
}

/** "3 ans d'expérience", "6 mois d'expérience", "débutant" for zero. */
export function describeExperience(experience: Experience, t: Translate, locale = t('locale')): string {
  const { value, unit } = experience;
  if (value === 0) return t('experience_beginner');
  // France Travail often counts in months ("36 mois"): whole years read better.
  const years = unit === 'years' ? value : unit === 'months' && value % 12 === 0 ? value / 12 : undefined;
  const count = formatNumber(years ?? value, locale);
  if (years !== undefined) return t(years === 1 ? 'experience_years_one' : 'experience_years_many', count);
  if (unit === 'months') return t(value === 1 ? 'experience_months_one' : 'experience_months_many', count);
  return t('experience_other', [count, experience.unitLabel]);
}

/** Contracts in the person's order of preference, by their usual names. */
export function describeContracts(contracts: readonly Contract[], t: Translate): string | undefined {
  if (contracts.length === 0) return undefined;
  return [...contracts]
    .sort((a, b) => a.priority - b.priority)
    .map((c) => {
      const key = CONTRACT_KEYS[c.code];
      return key ? t(key) : c.label || c.longLabel || c.code;
    })
    .join(', ');
}

/** "temps plein", "temps partiel, 20 à 30 h par semaine"; several are joined with ", ". */
export function describeWorkTimes(
  workTimes: readonly WorkTime[],
  t: Translate,
  locale = t('locale'),
): string | undefined {
  if (workTimes.length === 0) return undefined;
  return workTimes.map((w) => describeWorkTime(w, t, locale)).join(', ');
}

function describeWorkTime(workTime: WorkTime, t: Translate, locale: string): string {
  const kind =
    workTime.kind === 'full'
      ? t('worktime_full')
      : workTime.kind === 'part'
        ? t('worktime_part')
        : workTime.label || workTime.code;
  const { minHours, maxHours } = workTime;
  if (minHours !== undefined && maxHours !== undefined) {
    if (minHours === maxHours) return t('worktime_hoursExact', [kind, formatNumber(minHours, locale)]);
    return t('worktime_hoursRange', [kind, formatNumber(minHours, locale), formatNumber(maxHours, locale)]);
  }
  if (minHours !== undefined) return t('worktime_hoursMin', [kind, formatNumber(minHours, locale)]);
  if (maxHours !== undefined) return t('worktime_hoursMax', [kind, formatNumber(maxHours, locale)]);
  return kind;
}

/** "1 900 € brut/mois minimum", "11,88 € brut/heure minimum". */
export function describeSalary(salary: Salary, t: Translate, locale = t('locale')): string {
  const amount = formatEuros(salary.amount, locale);
  const key = SALARY_KEYS[salary.unit];
  return key ? t(key, amount) : t('salary_other', [amount, salary.unitLabel || salary.unit]);
}

/** Accepted places joined with ", ": "Lyon + 30 km, Rhône (69)". */
export function describePlaces(
  places: readonly Place[],
  t: Translate,
  locale = t('locale'),
): string | undefined {
  if (places.length === 0) return undefined;
  return places.map((p) => describePlace(p, t, locale)).join(', ');
}

/** One place: a commune with its radius, a département with its number, a région by name. */
export function describePlace(place: Place, t: Translate, locale = t('locale')): string {
  if (place.kind === 'departement') {
    const name = departementName(place);
    return place.code ? t('labelWithCode', [name, place.code]) : name;
  }
  if (place.kind === 'region') return regionName(place.label);
  const name = readableCase(place.label || place.postalCode || place.code);
  if (place.radiusKm) return t('place_withRadius', [name, formatNumber(place.radiusKm, locale)]);
  return name;
}

/** "jusqu'à 30 km de chez vous", in km, minutes or hours. */
export function describeHomeMobility(mobility: HomeMobility, t: Translate, locale = t('locale')): string {
  const value = formatNumber(mobility.value, locale);
  const key = MOBILITY_KEYS[mobility.unit];
  return key ? t(key, value) : t('mobility_other', [value, mobility.unitCode]);
}

/** "Mis à jour le 29 novembre 2026 à 10:42". */
export function describeUpdatedAt(iso: string, t: Translate, timeZone?: string): string {
  const { date, time } = formatDateTime(iso, t('locale'), timeZone);
  return t('date_updated', [date, time]);
}

/** A date and a time of day in the reader's words ("29 novembre 2026", "10:42"). */
export function formatDateTime(
  iso: string,
  locale: string,
  timeZone?: string,
): { date: string; time: string } {
  const at = new Date(iso);
  return {
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(at),
    time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(at),
  };
}

/**
 * France Travail writes many place names in capitals ("DZAOUDZI",
 * "FACHES THUMESNIL"); turn those into "Dzaoudzi", "Faches Thumesnil". Names
 * that already hold lower-case letters are left as given.
 */
export function readableCase(label: string): string {
  if (label !== label.toUpperCase() || label === label.toLowerCase()) return label;
  let index = 0;
  return label.toLowerCase().replace(/[\p{L}\p{N}]+/gu, (word, offset: number) => {
    const first = index++ === 0;
    const next = label.charAt(offset + word.length);
    // Articles and prepositions stay lower-case inside a name ("Saint-Didier-au-Mont-d'Or").
    if (!first && (SMALL_WORDS.has(word) || (next === "'" && ELIDED.has(word)))) return word;
    return word.charAt(0).toUpperCase() + word.slice(1);
  });
}

const SMALL_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'en',
  'sur',
  'sous',
  'et',
  'au',
  'aux',
  'lès',
]);
const ELIDED = new Set(['d', 'l']);

function departementName(place: Place): string {
  // The official spelling restores accents lost in capitals ("RHONE" -> "Rhône").
  const known = getDepartement(place.code) ?? departementByName(normalize(place.label));
  if (known && (!place.label || normalize(known.name) === normalize(place.label))) return known.name;
  return readableCase(place.label || place.code);
}

function regionName(label: string): string {
  return regionByName(normalize(label))?.name ?? readableCase(label);
}

function joinOr(items: readonly string[], t: Translate): string {
  const last = items[items.length - 1] ?? '';
  if (items.length < 2) return last;
  return t('list_or', [items.slice(0, -1).join(', '), last]);
}

function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function formatEuros(amount: number, locale: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}
