/**
 * Places outside France as job boards write them: the countries, in French
 * and in English ("United States" on Indeed's English cards, "Genève,
 * Suisse"), and the cities across the border where people living in France
 * go to work (frontaliers), with their coordinates, so that an offer in
 * Geneva is measured from a home in Annemasse as any French commune is.
 * Like the département names, the table travels in the match profile: the
 * content scripts carry none of it. Keys are normalised (normalize()).
 */

/**
 * Other names of a country → its French name. "Suisse" is a commune of the
 * Moselle too, which boards write with its département ("Suisse (57)"):
 * read so, it stays French (place.ts).
 */
const COUNTRIES: Readonly<Record<string, string>> = {
  allemagne: 'Allemagne',
  germany: 'Allemagne',
  deutschland: 'Allemagne',
  andorre: 'Andorre',
  andorra: 'Andorre',
  autriche: 'Autriche',
  austria: 'Autriche',
  belgique: 'Belgique',
  belgium: 'Belgique',
  belgie: 'Belgique',
  espagne: 'Espagne',
  spain: 'Espagne',
  espana: 'Espagne',
  italie: 'Italie',
  italy: 'Italie',
  italia: 'Italie',
  luxembourg: 'Luxembourg',
  'grand duche de luxembourg': 'Luxembourg',
  monaco: 'Monaco',
  'principaute de monaco': 'Monaco',
  suisse: 'Suisse',
  switzerland: 'Suisse',
  schweiz: 'Suisse',
  'pays bas': 'Pays-Bas',
  netherlands: 'Pays-Bas',
  nederland: 'Pays-Bas',
  portugal: 'Portugal',
  'royaume uni': 'Royaume-Uni',
  'united kingdom': 'Royaume-Uni',
  uk: 'Royaume-Uni',
  angleterre: 'Royaume-Uni',
  england: 'Royaume-Uni',
  'grande bretagne': 'Royaume-Uni',
  irlande: 'Irlande',
  ireland: 'Irlande',
  pologne: 'Pologne',
  poland: 'Pologne',
  suede: 'Suède',
  sweden: 'Suède',
  danemark: 'Danemark',
  denmark: 'Danemark',
  canada: 'Canada',
  quebec: 'Canada',
  'etats unis': 'États-Unis',
  'etats unis d amerique': 'États-Unis',
  usa: 'États-Unis',
  'united states': 'États-Unis',
  'united states of america': 'États-Unis',
  maroc: 'Maroc',
  morocco: 'Maroc',
  tunisie: 'Tunisie',
  tunisia: 'Tunisie',
  algerie: 'Algérie',
  algeria: 'Algérie',
  senegal: 'Sénégal',
  'cote d ivoire': "Côte d'Ivoire",
  egypte: 'Égypte',
  egypt: 'Égypte',
  'emirats arabes unis': 'Émirats arabes unis',
  'united arab emirates': 'Émirats arabes unis',
  australie: 'Australie',
  australia: 'Australie',
  singapour: 'Singapour',
  singapore: 'Singapour',
  chine: 'Chine',
  china: 'Chine',
  japon: 'Japon',
  japan: 'Japon',
  inde: 'Inde',
  india: 'Inde',
  bresil: 'Brésil',
  brazil: 'Brésil',
};

/**
 * ISO 3166 codes (alpha-2, alpha-3) of those countries, as JSON-LD gives an
 * address's country ("CH"). The JobPosting reader writes one after the place
 * as "pays CH" (utils/sites/job-posting.ts), the key here: on a card, a bare
 * "CA" or "MA" after a city is as often a US state.
 */
const COUNTRY_CODES: Readonly<Record<string, string>> = {
  'de|deu': 'Allemagne',
  'ad|and': 'Andorre',
  'at|aut': 'Autriche',
  'be|bel': 'Belgique',
  'es|esp': 'Espagne',
  'it|ita': 'Italie',
  'lu|lux': 'Luxembourg',
  'mc|mco': 'Monaco',
  'ch|che': 'Suisse',
  'nl|nld': 'Pays-Bas',
  'pt|prt': 'Portugal',
  'gb|gbr|uk': 'Royaume-Uni',
  'ie|irl': 'Irlande',
  'pl|pol': 'Pologne',
  'se|swe': 'Suède',
  'dk|dnk': 'Danemark',
  'ca|can': 'Canada',
  'us|usa': 'États-Unis',
  'ma|mar': 'Maroc',
  'tn|tun': 'Tunisie',
  'dz|dza': 'Algérie',
  'sn|sen': 'Sénégal',
  'ci|civ': "Côte d'Ivoire",
  'eg|egy': 'Égypte',
  'ae|are': 'Émirats arabes unis',
  'au|aus': 'Australie',
  'sg|sgp': 'Singapour',
  'cn|chn': 'Chine',
  'jp|jpn': 'Japon',
  'in|ind': 'Inde',
  'br|bra': 'Brésil',
};

/**
 * Where frontaliers work, with the country and the city's coordinates
 * (degrees, to the hundredth: a kilometre or so). No name here is a French
 * commune's (tests/unit/geo/abroad.test.ts reads the commune index): Mons,
 * Fribourg (Moselle) and Saint-Sébastien are left out.
 */
const BORDER_CITIES: ReadonlyArray<[names: string, country: string, lat: number, lon: number]> = [
  ['geneve|geneva|genf', 'Suisse', 46.2, 6.14],
  ['lausanne', 'Suisse', 46.52, 6.63],
  ['nyon', 'Suisse', 46.38, 6.24],
  ['bale|basel', 'Suisse', 47.56, 7.59],
  ['neuchatel', 'Suisse', 46.99, 6.93],
  ['la chaux de fonds', 'Suisse', 47.1, 6.83],
  ['delemont', 'Suisse', 47.36, 7.34],
  ['luxembourg|luxembourg ville', 'Luxembourg', 49.61, 6.13],
  ['esch sur alzette', 'Luxembourg', 49.5, 5.98],
  ['monaco', 'Monaco', 43.74, 7.42],
  ['sarrebruck|saarbrucken', 'Allemagne', 49.24, 7.0],
  ['karlsruhe', 'Allemagne', 49.01, 8.4],
  ['kehl', 'Allemagne', 48.57, 7.82],
  ['offenbourg|offenburg', 'Allemagne', 48.47, 7.94],
  ['fribourg en brisgau|freiburg im breisgau', 'Allemagne', 48.0, 7.84],
  ['bruxelles|brussels|brussel', 'Belgique', 50.85, 4.35],
  ['tournai', 'Belgique', 50.61, 3.39],
  ['mouscron', 'Belgique', 50.74, 3.21],
  ['courtrai|kortrijk', 'Belgique', 50.83, 3.26],
  ['arlon', 'Belgique', 49.68, 5.82],
  ['vintimille|ventimiglia', 'Italie', 43.79, 7.61],
  ['sanremo|san remo', 'Italie', 43.82, 7.78],
  ['turin|torino', 'Italie', 45.07, 7.69],
  ['irun', 'Espagne', 43.34, -1.79],
  ['san sebastian|donostia', 'Espagne', 43.32, -1.98],
  ['andorre la vieille|andorra la vella', 'Andorre', 42.51, 1.52],
];

/**
 * Cities abroad that boards list offers in (Welcome to the Jungle's and
 * LinkedIn's international offers), by country, too far from France to be
 * anyone's daily trip: "à l'étranger" is all their reason says. Those that
 * are French communes' names too are left out (Valence, Vienne, Berne,
 * Cologne, La Haye, Montréal: "Montréal, Québec" still reads as Canada).
 */
const CITIES_ABROAD: Readonly<Record<string, string>> = {
  'Royaume-Uni': 'londres|london|manchester|edimbourg|edinburgh',
  Allemagne: 'berlin|munich|munchen|francfort|frankfurt|hambourg|hamburg|dusseldorf|stuttgart',
  Espagne: 'madrid|barcelone|barcelona|seville|bilbao|malaga',
  Portugal: 'lisbonne|lisbon|lisboa|porto',
  'Pays-Bas': 'amsterdam|rotterdam|the hague',
  Belgique: 'anvers|antwerpen|antwerp|gand|gent|liege|namur|charleroi',
  Italie: 'milan|milano|rome|roma|naples|genes|genova',
  Suisse: 'zurich|lugano',
  Autriche: 'vienna|wien',
  Irlande: 'dublin',
  Canada: 'toronto|vancouver|montreal quebec',
  'États-Unis': 'new york|san francisco|los angeles|boston|chicago',
  'Émirats arabes unis': 'dubai|abu dhabi',
  Maroc: 'casablanca|rabat|marrakech|tanger',
  Tunisie: 'tunis',
  Algérie: 'alger',
  Sénégal: 'dakar',
  "Côte d'Ivoire": 'abidjan',
  Singapour: 'singapour|singapore',
  Australie: 'sydney|melbourne',
};

/**
 * The United States' two-letter state codes, which Indeed's English cards write before a ZIP code
 * ("Jonesboro, AR 72401": no French postal code of the Sarthe), but those that are French words a
 * place text may hold before a number ("de", "la", "me", "ne", "or", "in", "pa", "ma", "mo", "oh", "ok").
 */
const US_STATES =
  'al ak az ar ca co ct fl ga hi id il ia ks ky md mi mn ms mt nv nh nj nm ny nc nd ri sc sd tn tx ut vt va wa wv wi wy dc';

/** The table the match profile carries: every name of a country, and of a city abroad (a border one with its coordinates). */
export const ABROAD_TABLE = {
  countries: [
    ...Object.entries(COUNTRIES),
    ...Object.entries(COUNTRY_CODES).flatMap(([codes, country]) =>
      codes.split('|').map((code): [string, string] => [`pays ${code}`, country]),
    ),
  ],
  usStates: US_STATES.split(' '),
  citiesAbroad: [
    ...BORDER_CITIES.flatMap(([names, country, lat, lon]) =>
      names.split('|').map((name): [string, string, number?, number?] => [name, country, lat, lon]),
    ),
    ...Object.entries(CITIES_ABROAD).flatMap(([country, names]) =>
      names.split('|').map((name): [string, string, number?, number?] => [name, country]),
    ),
  ],
};
