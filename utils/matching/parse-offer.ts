import { parseContract } from './contract';
import { parseExperience } from './experience';
import { normalize } from './normalize';
import type { OfferInput, ParsedOffer } from './offer';
import { parsePlace } from './place';
import { parseSalary } from './salary';
import { titleTokens } from './title';
import { parseWorkTime } from './work-time';

/** Reads every field of an offer once; the result is scored against each métier. */
export function parseOffer(offer: OfferInput): ParsedOffer {
  const place = parsePlace(offer.location ?? '');
  if (offer.postalCode && !place.postalCode) place.postalCode = offer.postalCode;
  const parsed: ParsedOffer = {
    titleTokens: new Set(titleTokens(offer.title ?? '')),
    titleText: offer.title ?? '',
    company: normalize(offer.company ?? ''),
    place,
    contract: parseContract(offer.contract),
    salary: parseSalary(offer.salary),
    workTime: parseWorkTime(offer.workTime),
    experience: parseExperience(offer.experience),
  };
  if (offer.coordinates) parsed.coordinates = offer.coordinates;
  return parsed;
}
