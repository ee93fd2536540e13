/**
 * From what a site adapter read on a card to what the matching engine reads.
 * Machine data the page embeds (JSON-LD, microdata, Indeed's mosaic data) is
 * preferred where it is more exact than the card's text: the structured salary
 * keeps its unit, employment types are codes. The card's text is the fallback.
 */

import type { OfferInput } from '@/utils/matching/offer';
import type { MonetaryAmount } from '@/utils/matching/salary';
import type { ExtractedOffer, StructuredSalary } from '@/utils/sites/types';

/** The OfferInput of an extracted offer. */
export function toOfferInput(offer: ExtractedOffer): OfferInput {
  const structured = offer.structured;
  const input: OfferInput = {};
  if (offer.title) input.title = offer.title;
  if (offer.company) input.company = offer.company;
  const location = offer.location ?? structuredLocation(offer);
  if (location) input.location = location;
  if (structured?.postalCode) input.postalCode = structured.postalCode;
  const contract = contractOf(offer);
  if (contract) input.contract = contract;
  const salary = structured?.baseSalary ? monetaryAmount(structured.baseSalary) : undefined;
  if (salary) input.salary = salary;
  else if (offer.salary) input.salary = offer.salary;
  if (offer.workTime) input.workTime = offer.workTime;
  if (offer.experience) input.experience = offer.experience;
  else if (structured?.monthsOfExperience !== undefined) input.experience = structured.monthsOfExperience;
  return input;
}

function structuredLocation(offer: ExtractedOffer): string | undefined {
  const parts = [offer.structured?.addressLocality, offer.structured?.addressRegion].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The card's contract text and the page's employment-type codes together: each may name what the other does not. */
function contractOf(offer: ExtractedOffer): string | string[] | undefined {
  const codes = offer.structured?.employmentType ?? [];
  if (codes.length === 0) return offer.contract;
  return offer.contract ? [offer.contract, ...codes] : [...codes];
}

/** A structured salary as the schema.org MonetaryAmount the salary parser reads; undefined without an amount. */
function monetaryAmount(salary: StructuredSalary): MonetaryAmount | undefined {
  if (salary.min === undefined && salary.max === undefined) return undefined;
  const value: NonNullable<Extract<MonetaryAmount['value'], object>> = {};
  if (salary.min !== undefined) value.minValue = salary.min;
  if (salary.max !== undefined) value.maxValue = salary.max;
  if (salary.unit) value.unitText = salary.unit;
  const amount: MonetaryAmount = { value };
  if (salary.currency) amount.currency = salary.currency;
  return amount;
}

/** A key two inputs share only when all their fields are equal (the score cache's; no JSON for plain text). */
export function offerInputKey(input: OfferInput): string {
  let key = '';
  // Each part ends where it says (a length, a lone mark, self-delimiting JSON): parts cannot run into each other.
  for (const value of [
    input.title,
    input.company,
    input.location,
    input.postalCode,
    input.contract,
    input.salary,
    input.workTime,
    input.experience,
  ]) {
    key +=
      typeof value === 'string'
        ? `${value.length}:${value}`
        : value === undefined
          ? '-'
          : `j${JSON.stringify(value)}`;
  }
  return key;
}
