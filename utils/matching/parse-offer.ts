import { type ParsedContract, parseContract } from './contract';
import { type ParsedExperience, parseExperience } from './experience';
import { normalize } from './normalize';
import type { OfferInput, ParsedOffer } from './offer';
import { type ParsedPlace, parsePlace } from './place';
import { type ParsedSalary, parseSalary } from './salary';
import { titleTokenSet } from './title';
import { type ParsedWorkTime, parseWorkTime } from './work-time';

/**
 * Results per distinct text: a listing repeats the same places, contracts and
 * salaries on many cards, and a re-rendered card repeats its whole text.
 * Bounded: cleared when full, so a page that never repeats costs no memory.
 */
class TextCache<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly limit: number) {}
  /** The value for `key`, parsed from `input` the first time (a function and its input, not a closure per call). */
  get<I>(key: string, input: I, parse: (input: I) => T): T {
    let value = this.map.get(key);
    if (value === undefined) {
      value = parse(input);
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, value);
    }
    return value;
  }
}

const LIMIT = 4096;
const titles = new TextCache<Set<string>>(LIMIT);
const places = new TextCache<ParsedPlace>(LIMIT);
const contracts = new TextCache<ParsedContract>(LIMIT);
const salaries = new TextCache<ParsedSalary>(LIMIT);
const workTimes = new TextCache<ParsedWorkTime>(LIMIT);
const experiences = new TextCache<ParsedExperience>(LIMIT);
const companies = new TextCache<string>(LIMIT);

/** A cache key for a text or a list of texts ("\u0000" cannot occur in a page's text nodes). */
function textKey(value: string | readonly string[] | undefined): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return value.every((v) => typeof v === 'string') ? value.join('\u0000') : undefined;
}

/** Reads every field of an offer once; the result is scored against each métier. */
export function parseOffer(offer: OfferInput): ParsedOffer {
  const title = offer.title ?? '';
  const location = offer.location ?? '';
  // The cached place is shared: copied only when the offer's own postal code is added to it.
  let place = places.get(location, location, parsePlace);
  if (offer.postalCode && !place.postalCode) place = { ...place, postalCode: offer.postalCode };
  const company = offer.company ?? '';
  const contractKey = textKey(offer.contract);
  const workTimeKey = textKey(offer.workTime);
  const parsed: ParsedOffer = {
    // Parsed once per distinct title: recurring titles share their Set, and their evidence sums.
    titleTokens: titles.get(title, title, titleTokenSet),
    titleText: title,
    company: companies.get(company, company, normalize),
    place,
    contract:
      contractKey === undefined && offer.contract !== undefined
        ? parseContract(offer.contract)
        : contracts.get(contractKey ?? '', offer.contract, parseContract),
    salary:
      typeof offer.salary === 'string' || offer.salary === undefined
        ? salaries.get(offer.salary ?? '', offer.salary, parseSalary)
        : parseSalary(offer.salary),
    workTime:
      workTimeKey === undefined && offer.workTime !== undefined
        ? parseWorkTime(offer.workTime)
        : workTimes.get(workTimeKey ?? '', offer.workTime, parseWorkTime),
    experience:
      typeof offer.experience === 'string' || offer.experience === undefined
        ? experiences.get(offer.experience ?? '', offer.experience, parseExperience)
        : parseExperience(offer.experience),
  };
  if (offer.coordinates) parsed.coordinates = offer.coordinates;
  return parsed;
}
