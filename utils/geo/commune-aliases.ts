/**
 * Places boards write that are no commune: business districts, airports,
 * technology parks, new towns and "Grand …" metropoles, each read as the
 * commune at its heart, so that its distance from the person's places is
 * measured. Left as they are, they read as an unknown commune, which a
 * content script cannot tell from a known one out of the zone ("hors de
 * votre zone" for "La Défense (92)" and a home in Paris). None is a
 * commune's name (tests/unit/geo/commune-aliases.test.ts reads the commune
 * index). Like the département names, the table travels in the match
 * profile. Keys are normalised (normalize()).
 */
const COMMUNE_ALIASES: ReadonlyArray<[aliases: string, commune: string, departement: string]> = [
  ['la defense|paris la defense|quartier de la defense', 'puteaux', '92'],
  ['marne la vallee', 'champs sur marne', '77'],
  ['sophia antipolis|technopole de sophia antipolis', 'valbonne', '06'],
  [
    'roissy cdg|roissy charles de gaulle|aeroport charles de gaulle|aeroport paris charles de gaulle|aeroport de roissy',
    'roissy en france',
    '95',
  ],
  ['aeroport d orly|aeroport paris orly|orly aeroport', 'orly', '94'],
  ['plateau de saclay|paris saclay', 'saclay', '91'],
  ['saint quentin en yvelines', 'guyancourt', '78'],
  ['cergy pontoise', 'cergy', '95'],
  ['euralille', 'lille', '59'],
  ['la part dieu|lyon part dieu', 'lyon', '69'],
  ['grand paris', 'paris', '75'],
  ['grand lyon', 'lyon', '69'],
  ['grand nancy', 'nancy', '54'],
  ['grand reims', 'reims', '51'],
  ['grand poitiers', 'poitiers', '86'],
];

/** The table the match profile carries: each alias with its commune and département. */
export const COMMUNE_ALIAS_TABLE: Array<[alias: string, commune: string, departement: string]> =
  COMMUNE_ALIASES.flatMap(([aliases, commune, departement]) =>
    aliases.split('|').map((alias): [string, string, string] => [alias, commune, departement]),
  );
