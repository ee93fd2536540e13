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
  get(key: string, compute: () => T): T {
    let value = this.map.get(key);
    if (value === undefined) {
      value = compute();
      this.set(key, value);
    }
    return value;
  }
  /** The cached value, for callers that compute without a closure (the title: one per offer). */
  peek(key: string): T | undefined {
    return this.map.get(key);
  }
  set(key: string, value: T): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }
}

/** The title's tokens, parsed once per distinct title. */
function titleTokensOf(title: string): Set<string> {
  let tokens = titles.peek(title);
  if (tokens === undefined) {
    tokens = titleTokenSet(title);
    titles.set(title, tokens);
  }
  return tokens;
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
  // The cached place is shared: copied before the offer's own postal code is added.
  const place = { ...places.get(offer.location ?? '', () => parsePlace(offer.location ?? '')) };
  if (offer.postalCode && !place.postalCode) place.postalCode = offer.postalCode;
  const contractKey = textKey(offer.contract);
  const workTimeKey = textKey(offer.workTime);
  const parsed: ParsedOffer = {
    titleTokens: titleTokensOf(title),
    titleText: title,
    company: companies.get(offer.company ?? '', () => normalize(offer.company ?? '')),
    place,
    contract:
      contractKey === undefined && offer.contract !== undefined
        ? parseContract(offer.contract)
        : contracts.get(contractKey ?? '', () => parseContract(offer.contract)),
    salary:
      typeof offer.salary === 'string' || offer.salary === undefined
        ? salaries.get(offer.salary ?? '', () => parseSalary(offer.salary))
        : parseSalary(offer.salary),
    workTime:
      workTimeKey === undefined && offer.workTime !== undefined
        ? parseWorkTime(offer.workTime)
        : workTimes.get(workTimeKey ?? '', () => parseWorkTime(offer.workTime)),
    experience:
      typeof offer.experience === 'string' || offer.experience === undefined
        ? experiences.get(offer.experience ?? '', () => parseExperience(offer.experience))
        : parseExperience(offer.experience),
  };
  if (offer.coordinates) parsed.coordinates = offer.coordinates;
  return parsed;
}
