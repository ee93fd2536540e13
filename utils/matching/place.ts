/**
 * Places as job boards write them ("75 - Paris 15e Arrondissement",
 * "Lyon (69)", "44000 Nantes", "Nantes, Pays de la Loire", "Hybride - Paris",
 * "Télétravail complet") read into a commune name, postal code, département,
 * région and remote mode. No commune data here: the match profile's commune
 * table resolves the name; only the département and région names it
 * carries are used (geo/place-names.ts).
 */
import { departementOfPostalCode, type PlaceNames } from '../geo/place-names';
import { foldText, normalizeFolded } from './fold';

export type RemoteMode = 'full' | 'partial' | 'no';

/** The most precise level the text names. */
export type PlaceLevel = 'commune' | 'departement' | 'region' | 'country' | 'abroad' | 'unknown';

export interface ParsedPlace {
  level: PlaceLevel;
  /** Normalised commune name as the commune index writes it: "nantes", "lyon 3e arrondissement". */
  communeName?: string;
  /** For an arrondissement, the city it belongs to ("lyon"): some tables only know the city. */
  city?: string;
  /** Further communes when the text lists several ("Bordeaux, Paris"). */
  otherCommuneNames?: string[];
  postalCode?: string;
  /** Département code ('69', '2A', '974'). */
  departement?: string;
  /** INSEE région code ('84'). */
  region?: string;
  /** Further régions when the text lists several ("Nouvelle-Aquitaine - Occitanie"). */
  otherRegions?: string[];
  remote: RemoteMode;
  /** True when the offer is placed in the whole of France and nowhere more precise. */
  country?: boolean;
  /** The country, when the place is outside France ("Suisse", "États-Unis"); its French name. */
  abroad?: string;
  /** Where a border city the text names lies ("Genève, Suisse"): measured from the zone as an offer's own coordinates are. */
  coordinates?: { lat: number; lon: number };
  /** How sure the reading is, 0 (nothing understood) to 1. */
  confidence: number;
}

/** Longer text is not a place; cutting it bounds the work per offer. */
const MAX_PLACE_LENGTH = 400;

/** Segments of a place text: "75 - Paris", "Lyon (69)", "Nantes, Pays de la Loire". */
const SEGMENT_SEPARATOR = /[,;()[\]|/]|\s-\s|\s·\s|\n/;

/**
 * One word of every remote phrase below: text holding none of them has no
 * remote phrase, and most place texts hold none (their look is then skipped).
 */
const REMOTE_MARK = /teletravail|site|presentiel|remote|distance|hybrid/;

/** Remote phrases, normalised, checked in this order: a negation first, then full, then partial. */
const NO_REMOTE = [
  'teletravail non autorise',
  'pas de teletravail',
  'sans teletravail',
  'sur site',
  'on site',
  'presentiel',
];
const FULL_REMOTE = [
  'teletravail complet',
  'teletravail total',
  'teletravail integral',
  'teletravail 100',
  '100 teletravail',
  '100 remote',
  'full remote',
  'fully remote',
  'remote complet',
  'entierement a distance',
  'a distance',
];
const PARTIAL_REMOTE = [
  'teletravail partiel',
  'teletravail occasionnel',
  'teletravail frequent',
  'teletravail regulier',
  'teletravail possible',
  'teletravail autorise',
  'partial remote',
  'remote partiel',
  'remote possible',
  'hybride',
  'hybrid',
];
/** "Télétravail" or "Remote" alone: the whole job when no place is given, part of it otherwise. */
const BARE_REMOTE = ['teletravail', 'remote'];

/**
 * Words after a city that make it its area: LinkedIn's "Lyon et périphérie", "Rennes Area", "Greater Paris
 * Metropolitan Region"; "Lille Métropole". No commune's name ends so ("Bairon et ses environs" does: not
 * stripped). The city is the place.
 */
const TRAILING_LAST = new Set(['peripherie', 'region', 'alentours', 'environs', 'area', 'metropole']);
const TRAILING_WORDS =
  / (et peripherie|et sa region|et alentours|et environs|metropolitan (region|area)|area|metropole)$/;

const COUNTRY_NAMES = new Set([
  'france',
  'france entiere',
  'toute la france',
  'partout en france',
  'france metropolitaine',
  'fr',
]);

/** Indeed's "Paris (75) +3 lieux": the other places are not named, the first is the place. On folded text. */
const MORE_PLACES = /\+ ?\d+ (?:autres? )?(?:lieux?|locations?)|\bet \d+ autres? lieux?/g;

/** Texts that name no place: the criterion is unknown, not a commune out of the zone. Normalised. */
const NO_PLACE = new Set([
  'plusieurs lieux',
  'plusieurs localisations',
  'multiples localisations',
  'lieux multiples',
]);

/** Words before a name that are not part of it ("à Paris", "Ville de Paris", "Département du Rhône"), with their space. */
const LEADING_WORDS = [
  'ville de ',
  'departement du ',
  'departement de la ',
  'departement des ',
  'departement de ',
  // "Région de Nantes", "Métropole de Lyon"; LinkedIn's "Greater Paris Metropolitan Region".
  'region de ',
  'region d ',
  'region ',
  'metropole de ',
  'metropole d ',
  'agglomeration de ',
  'agglomeration d ',
  'greater ',
  'secteur ',
  'a ',
  'au ',
  'en ',
  'sur ',
  'pres de ',
  // Indeed's English cards: "Remote in United States".
  'in ',
];

/**
 * Cities with arrondissements: their largest arrondissement number and their
 * département. A Map, not an object: a word of the text such as "constructor"
 * must not find Object.prototype's.
 */
const ARRONDISSEMENT_CITIES: ReadonlyMap<
  string,
  { count: number; departement: string; postalPrefix: string }
> = new Map(
  Object.entries({
    paris: { count: 20, departement: '75', postalPrefix: '750' },
    lyon: { count: 9, departement: '69', postalPrefix: '6900' },
    marseille: { count: 16, departement: '13', postalPrefix: '130' },
  }),
);

const CONFIDENCE = {
  communeLocated: 0.95,
  communeWithRegion: 0.8,
  communeAlone: 0.7,
  departementByCode: 0.9,
  departementByName: 0.85,
  region: 0.85,
  country: 0.9,
  abroad: 0.9,
  remoteOnly: 0.9,
  partialRemoteOnly: 0.5,
  conflictFactor: 0.6,
} as const;

interface Reading {
  names: PlaceNames;
  communes: string[];
  city?: string;
  postalCode?: string;
  codeDepartement?: string;
  nameDepartement?: string;
  /** The name nameDepartement was read from ("vienne"). */
  departementWord?: string;
  regions: string[];
  country: boolean;
  /** A country outside France, or a border city, the text names. */
  abroad?: string;
  /**
   * Whether a country (or a US state and ZIP code) was read after the last département or région name
   * ("Vienne, Autriche"), false when such a name came after it ("Suisse, Moselle"); undefined without one.
   */
  countryLast?: boolean;
  coordinates?: { lat: number; lon: number };
  conflict: boolean;
}

/** Removes every occurrence of the phrases from a normalised text; tells whether one was found. */
function removePhrases(text: string, phrases: readonly string[]): [string, boolean] {
  let padded = ` ${text} `;
  let found = false;
  for (const phrase of phrases) {
    const needle = ` ${phrase} `;
    if (padded.includes(needle)) {
      found = true;
      padded = padded.split(needle).join(' ');
    }
  }
  return [padded.trim().replace(/ +/g, ' '), found];
}

/** "st" and "ste" spelled out, as the commune index writes them. */
function expandSaints(tokens: string[]): string[] {
  return tokens.map((t) => (t === 'st' ? 'saint' : t === 'ste' ? 'sainte' : t));
}

function stripLeadingWords(text: string): string {
  let rest = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of LEADING_WORDS) {
      if (rest.startsWith(word)) {
        rest = rest.slice(word.length);
        changed = true;
      }
    }
  }
  return rest;
}

function arrondissementName(city: string, n: number): string {
  return `${city} ${n}${n === 1 ? 'er' : 'e'} arrondissement`;
}

/** "paris 15e", "lyon 03", "marseille 1er arrondissement": the arrondissement, if the tokens are one. */
function readArrondissement(tokens: string[]): { city: string; name: string } | undefined {
  const city = tokens[0] ?? '';
  const number = tokens[1] ?? '';
  const known = ARRONDISSEMENT_CITIES.get(city);
  if (!known || number === '') return undefined;
  if (!(tokens.length === 2 || (tokens.length === 3 && tokens[2] === 'arrondissement'))) return undefined;
  const match = /^(\d{1,2})(e|er|eme|ieme)?$/.exec(number);
  if (!match) return undefined;
  const n = Number(match[1]);
  // "Marseille 13" names the département more often than the 13th arrondissement.
  if (match[2] === undefined && number === known.departement) return undefined;
  if (n < 1 || n > known.count) return undefined;
  return { city, name: arrondissementName(city, n) };
}

/** The arrondissement a Paris, Lyon or Marseille postal code points at. */
function arrondissementOfPostalCode(city: string, postalCode: string): string | undefined {
  const known = ARRONDISSEMENT_CITIES.get(city);
  if (!known) return undefined;
  if (city === 'paris' && postalCode === '75116') return arrondissementName(city, 16);
  if (!postalCode.startsWith(known.postalPrefix)) return undefined;
  const n = Number(postalCode.slice(known.postalPrefix.length));
  return n >= 1 && n <= known.count ? arrondissementName(city, n) : undefined;
}

const DIGIT = /\d/;
/**
 * A commune name is a few words with letters: at most 6 words, one of them of
 * 2 letters or more; anything else is noise from the card.
 */
const COMMUNE_WORDS = /^(?=.*[^ ]{2})[^ ]+(?: [^ ]+){0,5}$/;

const isDepartementCode = (token: string, names: PlaceNames): boolean =>
  /^(\d{2}|2a|2b|97\d)$/.test(token) && names.departement(token) !== undefined;

function setDepartementCode(reading: Reading, code: string): void {
  const upper = code.toUpperCase();
  if (reading.codeDepartement !== undefined && reading.codeDepartement !== upper) reading.conflict = true;
  reading.codeDepartement ??= upper;
}

/** Reads one segment (normalised words, not empty) of the text into the reading. */
function readSegment(segment: string, reading: Reading): void {
  let name = segment;
  // Most segments are a bare name ("nantes", "pays de la loire"): split into words only for a saint, a cedex or a number.
  if (segment.includes('st') || segment.includes('cedex') || DIGIT.test(segment)) {
    let tokens = expandSaints(segment.split(' '));
    const cedex = tokens.indexOf('cedex');
    if (cedex >= 0) tokens = tokens.slice(0, cedex);
    // Postal codes, arrondissement numbers and département codes all hold a digit.
    if (DIGIT.test(segment)) tokens = readNumbers(tokens, reading);
    name = tokens.join(' ');
  }
  // "Région Sud", "Région parisienne": a région's other name may open with a leading word.
  if (!(name.startsWith('region ') && reading.names.regionByName(name))) name = stripLeadingWords(name);
  // Its last word first: most names end otherwise, and an end-anchored pattern tries every position.
  if (TRAILING_LAST.has(name.slice(name.lastIndexOf(' ') + 1))) name = name.replace(TRAILING_WORDS, '');
  if (name === '') return;
  readName(name, reading);
}

/**
 * Reads the postal code, arrondissement or département code of a segment's
 * tokens; returns the tokens left to read as a name (none after an arrondissement).
 */
function readNumbers(segmentTokens: string[], reading: Reading): string[] {
  let tokens = segmentTokens;
  const postalIndex = tokens.findIndex((t) => /^\d{5}$/.test(t));
  // "Jonesboro, AR 72401" (an Indeed card): a state and a ZIP code, no French postal code (72: Sarthe).
  if (postalIndex > 0 && reading.names.isUsState(tokens[postalIndex - 1] ?? '')) {
    reading.abroad ??= reading.names.countryByName('usa');
    reading.countryLast = true;
    return tokens.filter((_, i) => i !== postalIndex && i !== postalIndex - 1);
  }
  if (postalIndex >= 0) {
    const postal = tokens[postalIndex] ?? '';
    if (reading.postalCode === undefined && departementOfPostalCode(reading.names, postal) !== undefined)
      reading.postalCode = postal;
    tokens = tokens.filter((_, i) => i !== postalIndex);
  }

  const arrondissement = readArrondissement(tokens);
  if (arrondissement) {
    reading.communes.push(arrondissement.name);
    reading.city ??= arrondissement.city;
    return [];
  }

  // A département code before or after a name: "75 paris", "montpellier 34", or alone.
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  if (isDepartementCode(first, reading.names)) {
    setDepartementCode(reading, first);
    tokens = tokens.slice(1);
  } else if (tokens.length > 1 && isDepartementCode(last, reading.names)) {
    setDepartementCode(reading, last);
    tokens = tokens.slice(0, -1);
  }
  return tokens;
}

function readName(name: string, reading: Reading): void {
  if (COUNTRY_NAMES.has(name)) {
    reading.country = true;
    return;
  }
  if (NO_PLACE.has(name)) return;
  const departement = reading.names.departementByName(name);
  if (departement && name !== 'paris') {
    if (reading.nameDepartement !== undefined && reading.nameDepartement !== departement.code)
      reading.conflict = true;
    reading.nameDepartement ??= departement.code;
    reading.departementWord ??= name;
    reading.countryLast = false;
    return;
  }
  const region = reading.names.regionByName(name);
  if (region) {
    if (!reading.regions.includes(region.code)) reading.regions.push(region.code);
    reading.countryLast = false;
    return;
  }
  // A city abroad is a commune of the text too (a title naming it names its own place: parse-offer.ts).
  const city = reading.names.cityAbroadByName(name);
  if (city) {
    reading.abroad ??= city.country;
    reading.coordinates ??= city.coordinates;
  } else {
    const country = reading.names.countryByName(name);
    if (country) {
      reading.abroad ??= country;
      reading.countryLast = true;
      // Its name is a commune's where nothing else is: "Suisse (57)" is one of the Moselle (a French code
      // keeps the place in France, below).
      if (reading.communes.length === 0) reading.communes.push(name);
      return;
    }
  }
  if (DIGIT.test(name) || !COMMUNE_WORDS.test(name)) return;
  // A business district, airport or park is its commune, in its département (geo/commune-aliases.ts).
  const alias = reading.names.communeAlias(name);
  if (alias) setDepartementCode(reading, alias[1]);
  const named = alias ? alias[0] : name;
  const arrondissement = reading.postalCode && arrondissementOfPostalCode(named, reading.postalCode);
  const commune = arrondissement || named;
  if (arrondissement) reading.city ??= named;
  if (!reading.communes.includes(commune)) reading.communes.push(commune);
}

/** Finds and removes the remote phrases of the text, and tells the remote mode they say. */
function readRemote(segments: string[]): { segments: string[]; mode: RemoteMode; bare: boolean } {
  let no = false;
  let full = false;
  let partial = false;
  let bare = false;
  const rest = segments.map((segment) => {
    let [text, found] = removePhrases(segment, NO_REMOTE);
    no ||= found;
    [text, found] = removePhrases(text, FULL_REMOTE);
    full ||= found;
    [text, found] = removePhrases(text, PARTIAL_REMOTE);
    partial ||= found;
    [text, found] = removePhrases(text, BARE_REMOTE);
    bare ||= found;
    return text;
  });
  const mode: RemoteMode = full ? 'full' : partial ? 'partial' : no ? 'no' : 'no';
  return { segments: rest, mode, bare: bare && !full && !partial && !no };
}

/**
 * Reads a job board's place text: commune, postal code, département, région, remote mode, confidence;
 * `names`, the départements and régions (the match profile's, or geo/departements.ts PLACE_NAMES).
 */
export function parsePlace(text: string, names: PlaceNames): ParsedPlace {
  let folded = foldText(text.slice(0, MAX_PLACE_LENGTH));
  if (folded.includes('lieu') || folded.includes('location')) folded = folded.replace(MORE_PLACES, '');
  const rawSegments = folded.split(SEGMENT_SEPARATOR).map(normalizeFolded);
  const remote = REMOTE_MARK.test(folded)
    ? readRemote(rawSegments)
    : { segments: rawSegments, mode: 'no' as const, bare: false };
  const reading: Reading = { names, communes: [], regions: [], country: false, conflict: false };
  for (const segment of remote.segments) if (segment !== '') readSegment(segment, reading);

  const postalDepartement = reading.postalCode
    ? departementOfPostalCode(names, reading.postalCode)
    : undefined;
  // A commune named as another département ("Vienne (38)", "38 - VIENNE": Vienne of the Isère, not the Vienne).
  const code = reading.codeDepartement ?? postalDepartement;
  if (code && reading.departementWord && code !== reading.nameDepartement) {
    reading.communes.unshift(reading.departementWord);
    reading.nameDepartement = undefined;
  }
  const namedDepartement = reading.codeDepartement ?? reading.nameDepartement;
  if (
    reading.codeDepartement &&
    reading.nameDepartement &&
    reading.codeDepartement !== reading.nameDepartement
  ) {
    reading.conflict = true;
  }
  if (postalDepartement && namedDepartement && postalDepartement !== namedDepartement)
    reading.conflict = true;
  const [communeName, ...otherCommuneNames] = reading.communes;
  // Paris, Lyon and Marseille have no namesake elsewhere: their département is known.
  const bigCity = ARRONDISSEMENT_CITIES.get(reading.city ?? communeName ?? '');
  const departement = postalDepartement ?? namedDepartement ?? bigCity?.departement;
  const region = (departement && names.departement(departement)?.region) ?? reading.regions[0];
  // Several régions side by side are a list, not a contradiction; a région that is not the département's is.
  const otherRegions = reading.regions.filter((r) => r !== region);
  if (departement && otherRegions.length > 0) reading.conflict = true;

  let remoteMode = remote.mode;
  // "Remote in United States" is remote from there: a place abroad is a place too.
  if (remote.bare) remoteMode = communeName || departement || region || reading.abroad ? 'partial' : 'full';

  // The place is abroad where a country comes after any French name ("Valence, Espagne"; "Vienne, Autriche" is
  // Vienna, not the Vienne; "Jonesboro, AR 72401 (Central Jonesboro area)"; not "Suisse, Moselle"), or where a
  // city abroad opens the text and nothing French is named ("Genève"; "Villeurbanne, près de Genève" is
  // Villeurbanne). Never with a French postal code or département code ("Suisse (57)", the Moselle's commune;
  // "Saint-Louis (68), près de Bâle").
  const abroad =
    reading.postalCode || reading.codeDepartement
      ? undefined
      : reading.countryLast || (!departement && !region && communeName && names.cityAbroadByName(communeName))
        ? reading.abroad
        : undefined;

  let level: PlaceLevel = 'unknown';
  let confidence = 0;
  if (abroad) {
    level = 'abroad';
    confidence = CONFIDENCE.abroad;
  } else if (communeName) {
    level = 'commune';
    confidence =
      departement || reading.postalCode
        ? CONFIDENCE.communeLocated
        : region
          ? CONFIDENCE.communeWithRegion
          : CONFIDENCE.communeAlone;
  } else if (departement) {
    level = 'departement';
    confidence =
      reading.codeDepartement || postalDepartement
        ? CONFIDENCE.departementByCode
        : CONFIDENCE.departementByName;
  } else if (region) {
    level = 'region';
    confidence = CONFIDENCE.region;
  } else if (reading.country) {
    level = 'country';
    confidence = CONFIDENCE.country;
  } else if (remoteMode === 'full') {
    confidence = CONFIDENCE.remoteOnly;
  } else if (remoteMode === 'partial') {
    confidence = CONFIDENCE.partialRemoteOnly;
  }
  if (reading.conflict) confidence *= CONFIDENCE.conflictFactor;

  const place: ParsedPlace = { level, remote: remoteMode, confidence };
  if (communeName) place.communeName = communeName;
  if (reading.city && communeName !== reading.city) place.city = reading.city;
  if (otherCommuneNames.length > 0) place.otherCommuneNames = otherCommuneNames;
  if (reading.postalCode) place.postalCode = reading.postalCode;
  // Abroad, no French département or région: in "Vienne, Autriche" the name of the Vienne was Vienna's.
  if (abroad) {
    place.abroad = abroad;
    if (reading.coordinates) place.coordinates = reading.coordinates;
  } else {
    if (departement) place.departement = departement;
    if (region) place.region = region;
  }
  if (otherRegions.length > 0 && !departement) place.otherRegions = otherRegions;
  if (level === 'country') place.country = true;
  return place;
}
