/**
 * The options form's editable state for one métier, and its conversion to
 * what is saved: numbers stay text while typed, and a métier without a job
 * title chosen from the list is not saved.
 */
import type { ManualMetier } from './manual-schema';
import type { CodeLabel, Place } from './model';

export type ManualSalaryUnit = 'H' | 'M' | 'A';

export interface MetierDraft {
  appellation: CodeLabel | null;
  rome?: CodeLabel;
  places: (Place & { kind: 'commune' | 'departement' | 'region' })[];
  contracts: ManualMetier['contracts'];
  salaryAmount: string;
  salaryUnit: ManualSalaryUnit;
  workTime: ManualMetier['workTime'];
  experienceValue: string;
  experienceUnit: 'years' | 'months';
}

export const EMPTY_DRAFT: MetierDraft = {
  appellation: null,
  places: [],
  contracts: [],
  salaryAmount: '',
  salaryUnit: 'M',
  workTime: 'any',
  experienceValue: '',
  experienceUnit: 'years',
};

/** Salary unit labels as France Travail writes them (data, not UI text). */
export const SALARY_UNIT_LABELS: Record<ManualSalaryUnit, string> = {
  H: 'Horaire',
  M: 'Mensuel',
  A: 'Annuel',
};

/** Reads a typed number ("1 900,50" too); null when empty or not a number. */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** The métier to save, or null when no job title was chosen. */
export function metierFromDraft(draft: MetierDraft): ManualMetier | null {
  if (!draft.appellation) return null;
  const amount = parseTypedNumber(draft.salaryAmount);
  const experience = parseTypedNumber(draft.experienceValue);
  return {
    appellation: draft.appellation,
    ...(draft.rome ? { rome: draft.rome } : {}),
    places: draft.places,
    contracts: draft.contracts,
    ...(amount !== null && amount > 0
      ? { salary: { amount, unit: draft.salaryUnit, unitLabel: SALARY_UNIT_LABELS[draft.salaryUnit] } }
      : {}),
    workTime: draft.workTime,
    ...(experience !== null && experience >= 0
      ? { experience: { value: Math.round(experience), unit: draft.experienceUnit } }
      : {}),
  };
}

/** The form's state for a saved métier. */
export function draftFromMetier(metier: ManualMetier): MetierDraft {
  return {
    appellation: metier.appellation,
    ...(metier.rome ? { rome: metier.rome } : {}),
    places: metier.places,
    contracts: metier.contracts,
    salaryAmount: metier.salary ? String(metier.salary.amount) : '',
    salaryUnit: metier.salary?.unit ?? 'M',
    workTime: metier.workTime,
    experienceValue: metier.experience ? String(metier.experience.value) : '',
    experienceUnit: metier.experience?.unit ?? 'years',
  };
}
