import type { PlaceNames } from '../geo/place-names';
import { cached, cachedWhenSeenTwice } from './cache';
import { mayNameContract, type ParsedContract, parseContract, parseTitleContract } from './contract';
import type { TitleScreen } from './criteria/title-screen';
import { englishTable } from './english-title';
import { type ParsedExperience, parseExperience } from './experience';
import { normalize } from './normalize';
import type { OfferInput, ParsedOffer } from './offer';
import { type ParsedPlace, parsePlace } from './place';
import { type ParsedSalary, parseSalary } from './salary';
import { formTokens, glanceTitle, type NoiseTable, type TitleGlance, titleTokenSet } from './title';
import type { TitleResults } from './title-results';
import { type ParsedWorkTime, parseWorkTime } from './work-time';

/**
 * Results per distinct text: a listing repeats the same places, contracts and
 * salaries on many cards, and a re-rendered card repeats its whole text.
 */
const LIMIT = 4096;
const titles = new Map<string, ParsedTitle>();
const titlesSeen = new Set<string>();
const places = new Map<string, ParsedPlace>();
const contracts = new Map<string, ParsedContract>();
const titleContracts = new Map<string, ParsedContract>();
const salaries = new Map<string, ParsedSalary>();
const workTimes = new Map<string, ParsedWorkTime>();
const experiences = new Map<string, ParsedExperience>();
const companies = new Map<string, string>();

/** A title's words and the results they got: one per distinct title, shared by its offers. */
interface ParsedTitle extends TitleResults {
  tokens: Set<string>;
}

/**
 * What offers are read with: the département and région names, and the noise titles are read without
 * (the match profile's, or PARSE_TABLES in the background and in Node).
 */
export interface ParseTables {
  places: PlaceNames;
  noise: NoiseTable;
  /** The match profile's title screen (criteria/title-screen.ts): titles it settles are not read. */
  screen?: TitleScreen;
}

/** The tables the cached readings were made with: new tables (another match profile's) empty the caches. */
let readWithPlaces: PlaceNames | undefined;
let readWithNoise: NoiseTable = {
  words: new Set(),
  looks: [],
  phraseWords: new Set(),
  phraseAll: new Set(),
  english: englishTable({ heads: [], qualifiers: [], compounds: [], romeEnglish: [] }),
};

/** One object per title, every field written at once (a spread, or a field added later, cost more). */
const parseTitle = (title: string, places?: readonly string[], company?: string): ParsedTitle => ({
  tokens: titleTokenSet(title, readWithNoise, places, company),
  owner0: undefined,
  result0: undefined,
  owner1: undefined,
  result1: undefined,
  more: undefined,
});

/** A cache key for a text or a list of texts ("\u0000" cannot occur in a page's text nodes). */
function textKey(value: string | readonly string[] | undefined): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return value.every((v) => typeof v === 'string') ? value.join('\u0000') : undefined;
}

/** Each place's names with their last word (what a title holding the name holds), made once per (cached) place. */
const placeNames = new WeakMap<ParsedPlace, Array<[name: string, last: string]>>();

/** The normalised names of a place's town, département and région, each with its last word. */
function placeNamesOf(place: ParsedPlace, table: PlaceNames): Array<[name: string, last: string]> {
  let names = placeNames.get(place);
  if (!names) {
    const departement = table.departement(place.departement ?? '');
    const region = table.region(place.region ?? departement?.region ?? '');
    names = [];
    for (const name of [place.city ?? place.communeName, departement?.normalizedName, region?.normalizedName])
      if (name) names.push([name, name.slice(name.lastIndexOf(' ') + 1)]);
    placeNames.set(place, names);
  }
  return names;
}

/**
 * The first word a title opening with a normalised company name would hold, read as a title's words are
 * (formTokens: "bon" of "le bon coin", "oreal" of "l oreal", "ms" of "m s").
 */
const headWordOf = (company: string) => formTokens(company)[0] ?? '';
const companyHeads = new Map<string, string>();

/** A title read with no place name left out (the caches pass their key as a second argument). */
const readTitle = (title: string) => parseTitle(title);
const readPlaceWith = (names: PlaceNames, location: string) => parsePlace(location, names);

/** New tables (another match profile's) empty the caches, which hold readings made with the old ones. */
function useTables(tables: ParseTables): void {
  if (tables.places === readWithPlaces && tables.noise === readWithNoise && tables.screen === screenedWith)
    return;
  places.clear();
  titles.clear();
  titlesSeen.clear();
  glances.clear();
  readWithPlaces = tables.places;
  readWithNoise = tables.noise;
  screenedWith = tables.screen;
}

/** The screen the cached glances were made for. */
let screenedWith: TitleScreen | undefined;
/**
 * Each title's glance (title.ts glanceTitle) with, in `fits`, whether a word of it may count for a métier
 * of the screen; null for a title with none. Kept from a title's first sighting: the page screens a title
 * alone, then asks whether it fits no métier whatever its card's names (fitsNoMetier).
 */
const glances = new Map<string, TitleGlance | null>();
const glanceWith = (screen: TitleScreen, title: string) =>
  glanceTitle(title, readWithNoise, screen.mayCount) ?? null;
const glanceOf = (title: string, screen: TitleScreen) => cached(glances, LIMIT, title, screen, glanceWith);

/**
 * Whether a glance's words hold the last word of a name of the offer's place or its company's head word:
 * namesInTitle may then find them among the title's words (it reads a subset of them).
 */
function mayHoldNames(
  words: readonly string[],
  place: ParsedPlace,
  company: string,
  table: PlaceNames,
): boolean {
  for (const [, last] of placeNamesOf(place, table)) if (words.includes(last)) return true;
  const head = cached(companyHeads, LIMIT, company, company, headWordOf);
  return head !== '' && words.includes(head);
}

/**
 * The settled reading, when the tables' screen settles that the offer's title fits no métier: a word
 * no rule drops is in it (so it is read as some word, and the criterion says `ko`, not `unknown`),
 * none of its words may count for a métier, and none may be a name parseOffer would read it again
 * without. Undefined otherwise: the title is read.
 */
function screened(
  title: string,
  tables: ParseTables,
  place: ParsedPlace,
  company: string,
): ParsedTitle | undefined {
  const screen = tables.screen;
  if (!screen) return undefined;
  const glance = glanceOf(title, screen);
  if (glance === null || glance.fits || !glance.sure) return undefined;
  return mayHoldNames(glance.words, place, company, tables.places) ? undefined : screen.settled;
}

/** What a title is read again without: the names of its offer's place it holds, and its company's name opening it. */
interface NamesInTitle {
  places: string[] | undefined;
  company: string | undefined;
}

/**
 * "Agent d'exploitation à Metz", "Data Analyst - Paris", "Commercial Île-de-France": the offer's own
 * town, département or région, named in its title, is no word of its métier, and it kept the title
 * from being read as the trade's ("Conseiller de vente"); the last word of a name among the title's
 * words says when. "SAINT LAURENT Stage HR Assistant", "JDE Peet's - Stage Infrastructure IT",
 * "Boulanger - Vendeur électroménager": the company's name opening a title is no word of its métier
 * either (a tenth of the real boards' offers in the fixtures), when the title holds the name's first
 * word (an empty name's head word is '', no title's). Anywhere in it: a title read as English puts its
 * job noun first ("assistant saint laurent rh"), and the reading without the name cuts it only where
 * it opens the title as written. Undefined: the title holds neither.
 */
function namesInTitle(
  tokens: ReadonlySet<string>,
  place: ParsedPlace,
  company: string,
  table: PlaceNames,
): NamesInTitle | undefined {
  let found: string[] | undefined;
  for (const [name, last] of placeNamesOf(place, table)) {
    if (!tokens.has(last)) continue;
    if (found) found.push(name);
    else found = [name];
  }
  const opening = tokens.has(cached(companyHeads, LIMIT, company, company, headWordOf)) ? company : undefined;
  return found || opening ? { places: found, company: opening } : undefined;
}

const readCompany = (company: string | undefined) =>
  cached(companies, LIMIT, company ?? '', company ?? '', normalize);

/**
 * Whether the offer's title names its own place or opens with its company's name, which parseOffer
 * reads it again without: the title alone may fit no métier and the offer still fit one. The page
 * reads such a card whole (CardMemo.wantsRest).
 */
export function titleNamesItsOffer(offer: OfferInput, tables: ParseTables): boolean {
  useTables(tables);
  const title = offer.title ?? '';
  const tokens = cached(titles, LIMIT, title, title, readTitle).tokens;
  const place = cached(places, LIMIT, offer.location ?? '', tables.places, readPlaceWith);
  return namesInTitle(tokens, place, readCompany(offer.company), tables.places) !== undefined;
}

/**
 * Whether a title fits no métier of the tables' screen, whatever names of its offer parseOffer reads it
 * without: none of its words may count for one, and it has no two lone letters a name between them could
 * join into an acronym ("R Metz D"). Its offer is a "no" read whole too (`ko` or, its words all names and
 * noise, `unknown`): the page turns its card down on its title, its place and company unread
 * (CardMemo.wantsRest).
 */
export function fitsNoMetier(title: string, tables: ParseTables): boolean {
  useTables(tables);
  const glance = tables.screen ? glanceOf(title, tables.screen) : null;
  return glance !== null && !glance.fits && glance.words.filter((word) => word.length === 1).length < 2;
}

/**
 * The contracts a title names ("Stage - Data Analyst", "Réceptionniste - CDD", "Alternance - Développeur
 * IA", "Software Engineering Intern"), for an offer whose card names none: LinkedIn's cards do not, and
 * more than half of the real boards' offers in the fixtures whose title names a contract have no other.
 */
function contractOfTitle(title: string): ParsedContract {
  return mayNameContract(title)
    ? cached(titleContracts, LIMIT, title, title, parseTitleContract)
    : cached(contracts, LIMIT, '', undefined, parseContract);
}

/** Reads every field of an offer once; the result is scored against each métier. */
export function parseOffer(offer: OfferInput, tables: ParseTables): ParsedOffer {
  const title = offer.title ?? '';
  const location = offer.location ?? '';
  useTables(tables);
  // The cached place is shared: copied only when the offer's own postal code is added to it.
  const readPlace = cached(places, LIMIT, location, tables.places, readPlaceWith);
  const place =
    offer.postalCode && !readPlace.postalCode ? { ...readPlace, postalCode: offer.postalCode } : readPlace;
  const company = readCompany(offer.company);
  const contractKey = textKey(offer.contract);
  const workTimeKey = textKey(offer.workTime);
  // Recurring titles share their Set, and their results (from their second offer on: see cachedWhenSeenTwice).
  // A title alone is the page's first look at a card (CardMemo.wantsRest): when it fits, the card is read
  // whole and its title scored again, so its reading is kept from this first sighting (a 1,000-card listing,
  // side by side, with every title kept from its first sighting: the pass's CPU 3.2 ms less of 40).
  const titleAlone = location === '' && offer.company === undefined;
  // A title read already is not screened: its reading costs one look.
  let parsedTitle =
    titles.get(title) ??
    screened(title, tables, readPlace, company) ??
    (titleAlone
      ? cached(titles, LIMIT, title, title, readTitle)
      : cachedWhenSeenTwice(titles, titlesSeen, LIMIT, title, title, readTitle));
  // The title read again without its offer's own names, when it holds them.
  const names = namesInTitle(parsedTitle.tokens, readPlace, company, tables.places);
  if (names) {
    const { places: found, company: opening } = names;
    parsedTitle = cached(titles, LIMIT, `${title}\u0000${found}\u0000${opening}`, title, (text) =>
      parseTitle(text, found, opening),
    );
  }
  const parsed: ParsedOffer = {
    titleTokens: parsedTitle.tokens,
    titleResults: parsedTitle,
    titleText: title,
    company,
    place,
    // A title alone is scored for its title only (CardMemo.wantsRest): its contract is not looked for.
    contract:
      offer.contract === undefined && !titleAlone
        ? contractOfTitle(title)
        : contractKey === undefined
          ? parseContract(offer.contract)
          : cached(contracts, LIMIT, contractKey, offer.contract, parseContract),
    salary:
      typeof offer.salary === 'string' || offer.salary === undefined
        ? cached(salaries, LIMIT, offer.salary ?? '', offer.salary, parseSalary)
        : parseSalary(offer.salary),
    workTime:
      workTimeKey === undefined && offer.workTime !== undefined
        ? parseWorkTime(offer.workTime)
        : cached(workTimes, LIMIT, workTimeKey ?? '', offer.workTime, parseWorkTime),
    experience:
      typeof offer.experience === 'string' || offer.experience === undefined
        ? cached(experiences, LIMIT, offer.experience ?? '', offer.experience, parseExperience)
        : parseExperience(offer.experience),
  };
  if (offer.coordinates) parsed.coordinates = offer.coordinates;
  return parsed;
}
