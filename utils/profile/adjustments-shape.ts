/**
 * The light half of utils/adjustments.ts, for the popup: the empty value, the
 * emptiness test, and a hand-written reader that accepts exactly what
 * `adjustmentsSchema` accepts (a property test holds them together). The popup
 * must not load zod to check one answer from the background, but must not
 * trust it unchecked either. Pure: no storage here.
 */
import type { Adjustments } from '../adjustments';

type Place = NonNullable<Adjustments['extraPlace']>;
type Salary = NonNullable<Adjustments['minSalary']>;

export const NO_ADJUSTMENTS: Adjustments = { keywords: [], excludedKeywords: [], excludedCompanies: [] };

/** True when the person added nothing. */
export function isEmptyAdjustments(adjustments: Adjustments): boolean {
  return (
    adjustments.keywords.length === 0 &&
    adjustments.excludedKeywords.length === 0 &&
    adjustments.excludedCompanies.length === 0 &&
    !adjustments.extraPlace &&
    !adjustments.minSalary
  );
}

// The bounds of adjustmentsSchema and of placeSchema / salarySchema (./manual-schema.ts).
const MAX_WORDS = 50;
const MAX_WORD_LENGTH = 100;
const PLACE_KINDS: readonly unknown[] = ['commune', 'departement', 'region'];
const SALARY_UNITS: readonly unknown[] = ['H', 'M', 'A'];
const MAX_RADIUS_KM = 200;
const MAX_SALARY = 1_000_000;

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The trimmed words, or null when the list is not one adjustmentsSchema accepts. */
function readWords(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_WORDS) return null;
  const words: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') return null;
    const word = item.trim();
    if (!isText(word, 1, MAX_WORD_LENGTH)) return null;
    words.push(word);
  }
  return words;
}

function readPlace(value: unknown): Place | null {
  if (!isFields(value)) return null;
  const { kind, code, label, postalCode, departementCode, radiusKm } = value;
  if (!PLACE_KINDS.includes(kind) || !isText(code, 1, 10) || !isText(label, 1, 200)) return null;
  if (postalCode !== undefined && !isText(postalCode, 0, 10)) return null;
  if (departementCode !== undefined && !isText(departementCode, 0, 5)) return null;
  if (
    radiusKm !== undefined &&
    !(isFiniteNumber(radiusKm) && Number.isInteger(radiusKm) && radiusKm >= 0 && radiusKm <= MAX_RADIUS_KM)
  )
    return null;
  return {
    kind: kind as Place['kind'],
    code,
    label,
    ...(postalCode === undefined ? {} : { postalCode }),
    ...(departementCode === undefined ? {} : { departementCode }),
    ...(radiusKm === undefined ? {} : { radiusKm }),
  };
}

function readSalary(value: unknown): Salary | null {
  if (!isFields(value)) return null;
  const { amount, unit, unitLabel } = value;
  if (!isFiniteNumber(amount) || amount <= 0 || amount > MAX_SALARY) return null;
  if (!SALARY_UNITS.includes(unit) || !isText(unitLabel, 0, 50)) return null;
  return { amount, unit: unit as Salary['unit'], unitLabel };
}

/** The adjustments in `value` (words trimmed, unknown fields dropped), or null when it is not valid adjustments. */
export function readAdjustments(value: unknown): Adjustments | null {
  if (!isFields(value)) return null;
  const keywords = readWords(value.keywords);
  const excludedKeywords = readWords(value.excludedKeywords);
  const excludedCompanies = readWords(value.excludedCompanies);
  if (!keywords || !excludedKeywords || !excludedCompanies) return null;
  const extraPlace = value.extraPlace === undefined ? undefined : readPlace(value.extraPlace);
  const minSalary = value.minSalary === undefined ? undefined : readSalary(value.minSalary);
  if (extraPlace === null || minSalary === null) return null;
  return {
    keywords,
    excludedKeywords,
    excludedCompanies,
    ...(extraPlace ? { extraPlace } : {}),
    ...(minSalary ? { minSalary } : {}),
  };
}
