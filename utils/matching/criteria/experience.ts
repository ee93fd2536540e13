import type { ParsedOffer } from '../offer';
import type { CriterionResult } from '../result';

function duration(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 an' : `${months / 12} ans`;
  return `${months} mois`;
}

/** Asked-for experience against the person's: more than they have is ko when required, partial when wished. */
export function scoreExperience(offer: ParsedOffer, personMonths: number | undefined): CriterionResult {
  const { months, required, beginnerOk } = offer.experience;
  if (beginnerOk) return { status: 'ok', reason: 'débutant accepté' };
  if (months === undefined) return { status: 'unknown', reason: 'expérience non précisée' };
  const asked = `${duration(months)} d'expérience`;
  if (personMonths === undefined) return { status: 'unknown', reason: asked };
  if (personMonths >= months) return { status: 'ok', reason: asked };
  return {
    status: required === true ? 'ko' : 'partial',
    reason: `${asked}, vous avez ${duration(personMonths)}`,
  };
}
