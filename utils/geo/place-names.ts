/**
 * Départements and régions looked up by code and by name, from a table given
 * as plain JSON. The background owns the table (departements.ts) and sends it
 * in the match profile: the content scripts carry no geodata of their own
 * (the table was 1.4 KB gzipped of each board's script).
 */
import { normalize } from '../matching/normalize';

export interface Region {
  /** INSEE région code ('11' Île-de-France, '01' Guadeloupe, …). */
  code: string;
  name: string;
}

export interface Departement {
  /** '01'…'95', '2A', '2B', '971'…'976'. */
  code: string;
  name: string;
  /** INSEE code of its région. */
  region: string;
}

export interface NamedRegion extends Region {
  normalizedName: string;
}

export interface NamedDepartement extends Departement {
  normalizedName: string;
}

/** The table as it travels: rows of codes and names, and the other names people write (normalised). */
export interface PlaceNameTable {
  regions: Array<[code: string, name: string]>;
  departements: Array<[code: string, region: string, name: string]>;
  regionAliases: Array<[alias: string, code: string]>;
  departementAliases: Array<[alias: string, code: string]>;
  /**
   * Places outside France (abroad.ts): every name of a country, and cities abroad, with the coordinates of
   * those across the border where frontaliers work.
   */
  countries?: Array<[name: string, country: string]>;
  citiesAbroad?: Array<[name: string, country: string, lat?: number, lon?: number]>;
  /** The US state codes written before a ZIP code ("AR 72401"), normalised. */
  usStates?: string[];
  /** Places that are no commune, read as one (commune-aliases.ts): alias, commune, département code. */
  communeAliases?: Array<[alias: string, commune: string, departement: string]>;
}

/** A city outside France. */
export interface CityAbroad {
  /** Its country's French name ("Suisse"). */
  country: string;
  /** Where it lies, for a city across the border (Geneva, Luxembourg): absent for the others. */
  coordinates?: { lat: number; lon: number };
}

/** The look-ups of a table. */
export interface PlaceNames {
  regions: readonly NamedRegion[];
  departements: readonly NamedDepartement[];
  /** The département with this code ('2a' and '2A' both work), if it exists. */
  departement(code: string): NamedDepartement | undefined;
  /** The région with this INSEE code, if it exists. */
  region(code: string): NamedRegion | undefined;
  /** The département whose name (or a common alias) normalises to this text. */
  departementByName(normalizedName: string): NamedDepartement | undefined;
  /** The région whose name (or a former / common name) normalises to this text. */
  regionByName(normalizedName: string): NamedRegion | undefined;
  /** The French name of the country this text names ("united states": "États-Unis"). */
  countryByName(normalizedName: string): string | undefined;
  /** The city abroad this text names ("geneve", "londres"). */
  cityAbroadByName(normalizedName: string): CityAbroad | undefined;
  /** Whether a normalised word is a US state code a ZIP code follows ("ar" of "Jonesboro, AR 72401"). */
  isUsState(word: string): boolean;
  /** The commune, and its département's code, a place that is none stands for ("la defense": Puteaux, 92). */
  communeAlias(normalizedName: string): [commune: string, departement: string] | undefined;
}

/**
 * Each table's look-ups: in the background and in Node every match profile holds the same table
 * (departements.ts), and so gets the same look-ups, which the offer parser's caches are kept for.
 */
const indexes = new WeakMap<PlaceNameTable, PlaceNames>();

/** The look-ups of a table (a hundred rows: built once per table). */
export function indexPlaceNames(table: PlaceNameTable): PlaceNames {
  let names = indexes.get(table);
  if (!names) {
    names = buildIndex(table);
    indexes.set(table, names);
  }
  return names;
}

function buildIndex(table: PlaceNameTable): PlaceNames {
  const regions = table.regions.map(([code, name]) => ({ code, name, normalizedName: normalize(name) }));
  const departements = table.departements.map(([code, region, name]) => ({
    code,
    name,
    region,
    normalizedName: normalize(name),
  }));
  const byDepartementCode = new Map(departements.map((d) => [d.code, d]));
  const byRegionCode = new Map(regions.map((r) => [r.code, r]));
  const byDepartementName = new Map(departements.map((d) => [d.normalizedName, d]));
  const byRegionName = new Map(regions.map((r) => [r.normalizedName, r]));
  // An alias never hides a real name.
  for (const [alias, code] of table.departementAliases) {
    const d = byDepartementCode.get(code);
    if (d && !byDepartementName.has(alias)) byDepartementName.set(alias, d);
  }
  for (const [alias, code] of table.regionAliases) {
    const r = byRegionCode.get(code);
    if (r && !byRegionName.has(alias)) byRegionName.set(alias, r);
  }
  const countries = new Map(table.countries);
  const citiesAbroad = new Map(
    (table.citiesAbroad ?? []).map(([name, country, lat, lon]): [string, CityAbroad] => [
      name,
      lat === undefined || lon === undefined ? { country } : { country, coordinates: { lat, lon } },
    ]),
  );
  const usStates = new Set(table.usStates);
  const communeAliases = new Map(
    (table.communeAliases ?? []).map(([alias, commune, code]): [string, [string, string]] => [
      alias,
      [commune, code],
    ]),
  );
  return {
    regions,
    departements,
    departement: (code) => byDepartementCode.get(code.toUpperCase()),
    region: (code) => byRegionCode.get(code),
    departementByName: (name) => byDepartementName.get(name),
    regionByName: (name) => byRegionName.get(name),
    countryByName: (name) => countries.get(name),
    cityAbroadByName: (name) => citiesAbroad.get(name),
    isUsState: (word) => usStates.has(word),
    communeAlias: (name) => communeAliases.get(name),
  };
}

/**
 * The département of a French postal code. Corsica's postal codes start with
 * 20 for both départements: 200xx-201xx are Corse-du-Sud, 202xx-206xx
 * Haute-Corse (La Poste's split). Overseas codes start with 97x.
 */
export function departementOfPostalCode(names: PlaceNames, postalCode: string): string | undefined {
  if (!/^\d{5}$/.test(postalCode)) return undefined;
  const two = postalCode.slice(0, 2);
  let code: string;
  if (two === '97' || two === '98') code = postalCode.slice(0, 3);
  else if (two === '20') code = Number(postalCode.slice(2, 3)) < 2 ? '2A' : '2B';
  else code = two;
  return names.departement(code) ? code : undefined;
}
