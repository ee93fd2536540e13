/**
 * A profile typed by hand in the options page, in the domain model's shape so
 * matching and the popup treat it like France Travail's. Labels of codes the
 * popup words itself (contracts, salary units, work time) stay codes here.
 */
import {
  MANUAL_CONTRACTS,
  MANUAL_SALARY_UNITS,
  type ManualMetier,
  type ManualProfileInput,
} from './manual-schema';
import type { Contract, Metier, Profile, WorkTime } from './model';

const WORK_TIME: Record<'full' | 'part', WorkTime> = {
  full: { kind: 'full', code: '1', label: '' },
  part: { kind: 'part', code: '2', label: '' },
};

function toMetier(input: ManualMetier): Metier {
  const contracts: Contract[] = input.contracts.map((code, index) => ({
    code,
    label: code,
    longLabel: code,
    priority: index + 1,
  }));
  return {
    typologie: { code: 'MR', label: '', creation: false, reprise: false, franchise: false },
    appellation: input.appellation,
    ...(input.rome ? { rome: input.rome } : {}),
    ...(input.experience ? { experience: { ...input.experience, unitLabel: '' } } : {}),
    places: input.places,
    ...(input.salary ? { salary: input.salary } : {}),
    contracts,
    workTimes: input.workTime === 'any' ? [] : [WORK_TIME[input.workTime]],
  };
}

/** The stored profile of what was typed, dated `now`. */
export function manualProfile(input: ManualProfileInput, now: Date): Profile {
  return { source: 'manual', metiers: input.metiers.map(toMetier), updatedAt: now.toISOString() };
}

/** What the form shows for a stored métier (the reverse of toMetier, for editing a saved profile). */
export function manualMetierOf(metier: Metier): ManualMetier | null {
  if (!metier.appellation) return null;
  const kinds = new Set(metier.workTimes.map((w) => w.kind));
  const workTime =
    kinds.size === 1 && kinds.has('full') ? 'full' : kinds.size === 1 && kinds.has('part') ? 'part' : 'any';
  const unit = metier.experience?.unit;
  return {
    appellation: metier.appellation,
    ...(metier.rome ? { rome: metier.rome } : {}),
    places: metier.places.flatMap((p) => (p.kind === 'unknown' ? [] : [{ ...p, kind: p.kind }])),
    contracts: metier.contracts
      .map((c) => c.code)
      .filter((c): c is ManualMetier['contracts'][number] =>
        (MANUAL_CONTRACTS as readonly string[]).includes(c),
      ),
    ...(metier.salary && (MANUAL_SALARY_UNITS as readonly string[]).includes(metier.salary.unit)
      ? {
          salary: {
            amount: metier.salary.amount,
            unit: metier.salary.unit as 'H' | 'M' | 'A',
            unitLabel: metier.salary.unitLabel,
          },
        }
      : {}),
    workTime,
    ...(metier.experience && (unit === 'years' || unit === 'months')
      ? { experience: { value: metier.experience.value, unit } }
      : {}),
  };
}
