import type { ParsedOffer } from '../offer';
import type { CriterionResult } from '../result';
import { findForm, type TitleIndex } from './title-index';

export interface CompiledTitle {
  family: TitleIndex;
  related: TitleIndex;
  label: string;
}

/** Any form of the métier's family: ok; a form of a sibling fiche (same parent code): partial. */
export function scoreTitle(offer: ParsedOffer, title: CompiledTitle): CriterionResult {
  if (offer.titleTokens.size === 0) return { status: 'unknown', reason: 'intitulé non lu' };
  if (findForm(title.family, offer.titleTokens)) return { status: 'ok', reason: title.label };
  const related = findForm(title.related, offer.titleTokens);
  if (related) return { status: 'partial', reason: `métier proche de ${title.label}` };
  return { status: 'ko', reason: `autre métier que ${title.label}` };
}
