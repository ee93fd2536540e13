import type { StructuredSalary } from './types';

// French wording, as the boards themselves print a salary ("35 000 - 45 000 € / an").
const UNIT_WORDS: Record<string, string> = {
  HOUR: 'heure',
  DAY: 'jour',
  WEEK: 'semaine',
  MONTH: 'mois',
  YEAR: 'an',
};

/** Normalises a salary unit: HOURLY/HOUR/hour -> HOUR, YEARLY -> YEAR, unknown -> undefined. */
export function salaryUnit(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const upper = raw.trim().toUpperCase();
  if (upper === 'DAILY') return 'DAY';
  const unit = upper.endsWith('LY') ? upper.slice(0, -2) : upper;
  return unit in UNIT_WORDS ? unit : undefined;
}

/** Writes a structured salary the way French boards print one; undefined when there is no amount. */
export function salaryText(salary: StructuredSalary): string | undefined {
  const { min, max } = salary;
  const amounts = [min, max].filter((n): n is number => n !== undefined && n > 0);
  if (amounts.length === 0) return undefined;
  const range =
    amounts.length === 2 && amounts[0] !== amounts[1] ? `${amounts[0]} - ${amounts[1]}` : `${amounts[0]}`;
  const currency = !salary.currency || salary.currency === 'EUR' ? '€' : salary.currency;
  const unit = salary.unit ? UNIT_WORDS[salary.unit] : undefined;
  return unit ? `${range} ${currency} / ${unit}` : `${range} ${currency}`;
}
