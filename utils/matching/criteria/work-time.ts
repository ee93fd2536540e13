import type { ParsedOffer } from '../offer';
import type { CriterionResult } from '../result';

const LABELS = { full: 'temps plein', part: 'temps partiel' } as const;

export function scoreWorkTime(offer: ParsedOffer, accepted: ReadonlyArray<'full' | 'part'>): CriterionResult {
  const kind = offer.workTime.kind;
  if (kind === 'unknown') return { status: 'unknown', reason: 'temps de travail non indiqué' };
  const hours = offer.workTime.hours ? ` (${offer.workTime.hours} h)` : '';
  const label = `${LABELS[kind]}${hours}`;
  if (accepted.length === 0) return { status: 'unknown', reason: `${label}, pas de préférence` };
  if (accepted.includes(kind)) return { status: 'ok', reason: label };
  return {
    status: 'ko',
    reason: `${label}, vous cherchez un ${accepted.map((k) => LABELS[k]).join(' ou ')}`,
  };
}
