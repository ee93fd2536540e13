/**
 * Salaries as job boards and France Travail write them ("Mensuel de 1923.00
 * Euros sur 12 mois", "35 000 - 40 000 € / an", "12,50 €/h", "45K€", JSON-LD
 * MonetaryAmount) normalised to a gross monthly figure, so that any offer
 * compares with the jobseeker's minimum.
 */
import { foldText } from './fold';
import { isJsonNumber, isJsonObject, isOptional, isString } from './json-shape';

export type SalaryPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface ParsedSalary {
  /** Gross monthly equivalent of the lower bound, in the salary's currency. */
  minMonthly?: number;
  /** Gross monthly equivalent of the upper bound. */
  maxMonthly?: number;
  /** The period the amounts were stated in ('unknown' when no amount was found). */
  period: SalaryPeriod | 'unknown';
  /** ISO 4217 code, when the text or the JSON-LD says it. */
  currency?: string;
  /** Salary payments a year, when stated ("sur 13 mois", "13e mois"). */
  monthsPerYear?: number;
  /** The text read (JSON-LD: its JSON), for display and debugging. */
  raw: string;
}

/** A full-time month in France: 35 h a week × 52 / 12. */
export const HOURS_PER_MONTH = 151.67;
/** Working days in a month of 151.67 hours at 7 hours a day. */
const DAYS_PER_MONTH = HOURS_PER_MONTH / 7;
const WEEKS_PER_MONTH = 52 / 12;
const DEFAULT_MONTHS_PER_YEAR = 12;

/** Amounts outside this range are not salaries ("< 1 €" on a card, a phone number, a year). */
const MIN_AMOUNT = 5;
const MAX_AMOUNT = 10_000_000;
const MAX_SALARY_LENGTH = 300;

/** Below this, an amount with no stated period is hourly; from YEARLY_FROM up it is yearly. */
const MONTHLY_FROM = 200;
const YEARLY_FROM = 10_000;

/**
 * One amount: "35 000", "1.923,00", "30000,00", "11.88", "2275.0", "1,5K", and the English "35,000" (a
 * comma before three digits separates thousands: no salary has three decimals).
 * Linear: each repetition of the thousands group eats a separator and three digits.
 */
const AMOUNT = /(\d{1,3}(?:[ .,]\d{3})+|\d+)(?:,(\d{1,2})|\.(\d{1,2}))?(?!\d)\s?(k(?![a-z]))?/g;
const MONTHS_STATED = /sur (\d{1,2})(?:[.,]0+)? ?mois/;
const EXTRA_MONTH = /\b(1[3-6]) ?(?:e|eme|ieme)\b ?mois|\btreizieme mois/;

const PERIOD_WORDS: ReadonlyArray<readonly [SalaryPeriod, readonly string[]]> = [
  ['hour', ['horaire', 'heure', 'heures', 'h', 'hour', 'hourly']],
  ['day', ['jour', 'jours', 'journalier', 'journee', 'tjm', 'j', 'day', 'daily']],
  ['week', ['semaine', 'hebdomadaire', 'hebdo', 'week', 'weekly']],
  ['month', ['mensuel', 'mensuelle', 'mois', 'month', 'monthly']],
  ['year', ['annuel', 'annuelle', 'an', 'ans', 'annee', 'year', 'yearly', 'annual', 'annually']],
];
const PERIOD_OF_WORD = new Map<string, SalaryPeriod>(
  PERIOD_WORDS.flatMap(([period, words]) => words.map((w) => [w, period] as const)),
);

const CURRENCIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['EUR', /€|\beur\b|\beuros?\b/],
  ['USD', /\$|\busd\b|\bdollars?\b/],
  ['GBP', /£|\bgbp\b/],
  ['CHF', /\bchf\b/],
];

/** Words before a lone amount that make it a floor or a ceiling. */
const FLOOR_WORDS = /(?:≥|>=|>|a partir de|des|minimum|min|au moins|plus de)\s*$/;
const CEILING_WORDS = /(?:≤|<=|<|jusqu'a|jusqu a|maximum|max|moins de)\s*$/;
/** What may stand between the two amounts of a range ("35 000 € - 40 000", "€40K – €45K", "$80,000 - $100,000"). */
const RANGE_LINK = /^(?: ?(?:€|euros?|eur|brut|net))* ?(?:-|a|et|to|au) ?[€$£]? ?$/;

interface Amount {
  value: number;
  start: number;
  end: number;
}

function readAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const whole = (m[1] ?? '').replace(/[ .,]/g, '');
    const decimals = m[2] ?? m[3] ?? '';
    let value = Number(decimals ? `${whole}.${decimals}` : whole);
    if (m[4]) value *= 1000;
    if (Number.isFinite(value) && value >= MIN_AMOUNT && value <= MAX_AMOUNT) {
      amounts.push({ value, start: m.index, end: m.index + m[0].length });
    }
    if (amounts.length === 2) break;
  }
  return amounts;
}

/** The words of folded text as normalize() would give them (accents and case gone already): the runs of letters and digits. */
const NON_WORD = /[^a-z0-9]+/;

/** The first period word of folded text ("k" of "45 k€" is none, so needs no special case). */
function periodOfText(folded: string): SalaryPeriod | undefined {
  for (const token of folded.split(NON_WORD)) {
    const period = PERIOD_OF_WORD.get(token);
    if (period) return period;
  }
  return undefined;
}

function inferPeriod(largest: number): SalaryPeriod {
  if (largest < MONTHLY_FROM) return 'hour';
  return largest < YEARLY_FROM ? 'month' : 'year';
}

/** The gross monthly equivalent of an amount paid per period. */
export function toMonthly(
  amount: number,
  period: SalaryPeriod,
  monthsPerYear = DEFAULT_MONTHS_PER_YEAR,
): number {
  switch (period) {
    case 'hour':
      return amount * HOURS_PER_MONTH;
    case 'day':
      return amount * DAYS_PER_MONTH;
    case 'week':
      return amount * WEEKS_PER_MONTH;
    case 'month':
      return amount;
    case 'year':
      // "Annuel de 30000 Euros sur 13 mois" pays 30000 / 13 on each monthly payslip (plus a 13th
      // payment): the monthly figure a jobseeker states is that payslip amount, as France Travail
      // means it ("months a year as stated, else 12"). Dividing by 12 would overstate it.
      return amount / monthsPerYear;
  }
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

const isSalaryAmount = (n: number | undefined): n is number =>
  n !== undefined && Number.isFinite(n) && n >= MIN_AMOUNT && n <= MAX_AMOUNT;

function result(
  raw: string,
  period: SalaryPeriod | undefined,
  min: number | undefined,
  max: number | undefined,
  currency: string | undefined,
  monthsPerYear: number | undefined,
): ParsedSalary {
  const salary: ParsedSalary = { period: 'unknown', raw };
  if (currency) salary.currency = currency;
  if (monthsPerYear) salary.monthsPerYear = monthsPerYear;
  let low = isSalaryAmount(min) ? min : undefined;
  let high = isSalaryAmount(max) ? max : undefined;
  if (low === undefined && high === undefined) return salary;
  if (low !== undefined && high !== undefined && low > high) [low, high] = [high, low];
  const stated = period ?? inferPeriod(Math.max(low ?? 0, high ?? 0));
  salary.period = stated;
  if (low !== undefined) salary.minMonthly = round2(toMonthly(low, stated, monthsPerYear));
  if (high !== undefined) salary.maxMonthly = round2(toMonthly(high, stated, monthsPerYear));
  return salary;
}

/** Reads a salary text; an empty result (no amounts) for "Selon profil" and the like. */
function parseSalaryText(text: string): ParsedSalary {
  const raw = text.trim().slice(0, MAX_SALARY_LENGTH);
  let folded = foldText(raw);
  let monthsPerYear: number | undefined;
  // Both month patterns end in "mois": most salaries say none, and skip them.
  const stated = folded.includes('mois') ? MONTHS_STATED.exec(folded) : null;
  if (stated) {
    const months = Number(stated[1]);
    if (months >= 12 && months <= 16) monthsPerYear = months;
    folded = folded.replace(MONTHS_STATED, ' ');
  }
  const extra = folded.includes('mois') ? EXTRA_MONTH.exec(folded) : null;
  if (extra) {
    monthsPerYear ??= extra[1] ? Number(extra[1]) : 13;
    folded = folded.replace(EXTRA_MONTH, ' ');
  }
  const currency = CURRENCIES.find(([, pattern]) => pattern.test(folded))?.[0];
  const amounts = readAmounts(folded);
  const [first, second] = amounts;
  const period = periodOfText(folded);
  if (!first) return result(raw, period, undefined, undefined, currency, monthsPerYear);
  if (second && RANGE_LINK.test(folded.slice(first.end, second.start))) {
    // "45 - 55 k€", "Entre 30 et 35 K€", "35 - 45 000 €": the thousands of the second bound are the first's too.
    const low = first.value < 1000 && first.value * 1000 <= second.value ? first.value * 1000 : first.value;
    return result(raw, period, low, second.value, currency, monthsPerYear);
  }
  const before = folded.slice(Math.max(0, first.start - 20), first.start);
  if (FLOOR_WORDS.test(before)) return result(raw, period, first.value, undefined, currency, monthsPerYear);
  if (CEILING_WORDS.test(before)) return result(raw, period, undefined, first.value, currency, monthsPerYear);
  return result(raw, period, first.value, first.value, currency, monthsPerYear);
}

/** schema.org QuantitativeValue: an amount or a range, with its unit. */
export interface QuantitativeValue {
  value?: number | string | undefined;
  minValue?: number | string | undefined;
  maxValue?: number | string | undefined;
  unitText?: string | undefined;
}

/** schema.org MonetaryAmount as job boards embed it in a JobPosting's baseSalary. */
export interface MonetaryAmount {
  '@type'?: string | undefined;
  currency?: string | undefined;
  value?: number | string | QuantitativeValue | undefined;
  minValue?: number | string | undefined;
  maxValue?: number | string | undefined;
  unitText?: string | undefined;
}

function isQuantitativeValue(input: unknown): input is QuantitativeValue {
  return (
    isJsonObject(input) &&
    isOptional(input.value, isJsonNumber) &&
    isOptional(input.minValue, isJsonNumber) &&
    isOptional(input.maxValue, isJsonNumber) &&
    isOptional(input.unitText, isString)
  );
}

/** True for a MonetaryAmount: an object whose known fields (all optional) have their types. */
export function isMonetaryAmount(input: unknown): input is MonetaryAmount {
  return (
    isJsonObject(input) &&
    isOptional(input['@type'], isString) &&
    isOptional(input.currency, isString) &&
    (input.value === undefined || isJsonNumber(input.value) || isQuantitativeValue(input.value)) &&
    isOptional(input.minValue, isJsonNumber) &&
    isOptional(input.maxValue, isJsonNumber) &&
    isOptional(input.unitText, isString)
  );
}

const UNIT_TEXT: Readonly<Record<string, SalaryPeriod>> = {
  HOUR: 'hour',
  HOURLY: 'hour',
  DAY: 'day',
  DAILY: 'day',
  WEEK: 'week',
  WEEKLY: 'week',
  MONTH: 'month',
  MONTHLY: 'month',
  YEAR: 'year',
  YEARLY: 'year',
  ANNUAL: 'year',
  ANNUALLY: 'year',
};

function jsonAmount(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  return readAmounts(foldText(value.slice(0, 50)))[0]?.value;
}

function parseMonetaryAmount(amount: MonetaryAmount, raw: string): ParsedSalary {
  const quantity = typeof amount.value === 'object' ? amount.value : { value: amount.value };
  const unit = (quantity.unitText ?? amount.unitText ?? '').trim().toUpperCase();
  const period = UNIT_TEXT[unit];
  const single = jsonAmount(quantity.value);
  const min = jsonAmount(quantity.minValue ?? amount.minValue) ?? single;
  const max = jsonAmount(quantity.maxValue ?? amount.maxValue) ?? single;
  const code = amount.currency?.trim().toUpperCase() ?? '';
  const currency = /^[A-Z]{3}$/.test(code) ? code : undefined;
  return result(raw, period, min, max, currency, undefined);
}

/**
 * A salary (text, or JSON-LD MonetaryAmount) as gross monthly bounds: hourly × 151.67,
 * daily × 21.67, weekly × 52/12, yearly ÷ the months a year stated, else 12.
 */
export function parseSalary(input: unknown): ParsedSalary {
  if (typeof input === 'string') return parseSalaryText(input);
  if (typeof input === 'number') return parseSalaryText(String(input));
  let raw = '';
  try {
    raw = (JSON.stringify(input) ?? '').slice(0, MAX_SALARY_LENGTH);
  } catch {
    // A cyclic or exotic object: keep going without its text.
  }
  return isMonetaryAmount(input) ? parseMonetaryAmount(input, raw) : { period: 'unknown', raw };
}

/**
 * The gross monthly figure of a France Travail profile salary (unit H horaire, M mensuel,
 * A annuel). C (cachet, a fee per performance for intermittents du spectacle) has no
 * monthly equivalent without the number of performances, so it gives undefined: the
 * salary criterion then stays unknown instead of rejecting offers on a made-up figure.
 */
export function monthlyFromProfileSalary(amount: number, unit: string): number | undefined {
  if (!Number.isFinite(amount) || amount <= 0) return undefined;
  switch (unit) {
    case 'H':
      return round2(amount * HOURS_PER_MONTH);
    case 'M':
      return round2(amount);
    case 'A':
      return round2(amount / DEFAULT_MONTHS_PER_YEAR);
    default:
      return undefined;
  }
}
