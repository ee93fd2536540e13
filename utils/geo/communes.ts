/**
 * The commune index: every current French commune and municipal arrondissement
 * with its postal codes, département, région, coordinates and population,
 * decoded from the shipped asset (public/data/communes.json). Pure: the caller
 * fetches and parses the asset.
 */
import { normalize } from '../matching/normalize';
import { type CommunesAsset, communesAssetSchema } from './communes-asset';
import { codeFromNumber, codeNumber, departementOfCode } from './insee-code';
import { unpackDeltas, unpackUints, unzigzag } from './packed-ints';
import { buildSpatialIndex, type SpatialIndex } from './spatial';

export interface Commune {
  /** Current INSEE code. */
  code: string;
  name: string;
  normalizedName: string;
  postalCodes: readonly string[];
  departement: string;
  region: string;
  /** Centre of the commune in degrees (4 decimals); absent for the few communes without known coordinates. */
  lat?: number;
  lon?: number;
  population: number;
  /** For a municipal arrondissement ("Lyon 3e Arrondissement"), the INSEE code of its city. */
  city?: string;
}

export interface CommuneDistance {
  commune: Commune;
  distanceKm: number;
}

export interface CommuneIndex {
  readonly communes: readonly Commune[];
  /** A commune by its current or former INSEE code. */
  byCode(code: string): Commune | undefined;
  /** Communes served by a postal code: arrondissements before their city, then by population. */
  byPostalCode(postalCode: string): readonly Commune[];
  /** Every commune of that name (any spelling normalize() makes equal), most populated first. */
  allByName(name: string): readonly Commune[];
  /** The commune of that name, in `departement` when given; the most populated wins a tie. */
  byName(name: string, departement?: string): Commune | undefined;
  /** The municipal arrondissements of a city (Paris, Lyon, Marseille). */
  arrondissementsOf(code: string): readonly Commune[];
  /** Communes whose centre lies within `radiusKm` of (lat, lon), nearest first. */
  communesWithin(lat: number, lon: number, radiusKm: number): CommuneDistance[];
}

const COORDINATE_SCALE = 10_000;

function byPopulation(a: Commune, b: Commune): number {
  return b.population - a.population || (a.code < b.code ? -1 : 1);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Validates the parsed asset and decodes it into a commune index with its look-ups. */
export function decodeCommunes(input: unknown): CommuneIndex {
  const asset: CommunesAsset = communesAssetSchema.parse(input);
  const { count } = asset.communes;
  const codes = unpackDeltas(asset.communes.codes);
  const names = asset.communes.names.split('|');
  const postal = unpackUints(asset.communes.postalCodes);
  const lat = unpackDeltas(asset.communes.lat);
  const lon = unpackDeltas(asset.communes.lon);
  const population = unpackUints(asset.communes.population);
  const withoutCoordinates = new Set(unpackDeltas(asset.communes.withoutCoordinates));
  if ([codes, names, lat, lon, population].some((column) => column.length !== count))
    throw new Error('communes asset: a column does not match the commune count');

  const communes: Commune[] = [];
  let at = 0;
  let previousPostalCode = 0;
  for (let i = 0; i < count; i++) {
    const code = codeFromNumber(codes[i] ?? 0);
    const departement = departementOfCode(code);
    const postalCodes: string[] = [];
    const postalCount = postal[at++] ?? 0;
    for (let k = 0; k < postalCount; k++) {
      previousPostalCode += unzigzag(postal[at++] ?? 0);
      postalCodes.push(String(previousPostalCode).padStart(5, '0'));
    }
    const name = names[i] ?? '';
    let normalizedName: string | undefined;
    const commune: Commune = {
      code,
      name,
      // Normalising 35,000 names costs more than the rest of the decoding: done on first use.
      get normalizedName() {
        normalizedName ??= normalize(name);
        return normalizedName;
      },
      postalCodes,
      departement,
      region: asset.departements[departement] ?? '',
      population: population[i] ?? 0,
    };
    if (!withoutCoordinates.has(i)) {
      commune.lat = (lat[i] ?? 0) / COORDINATE_SCALE;
      commune.lon = (lon[i] ?? 0) / COORDINATE_SCALE;
    }
    communes.push(commune);
  }
  if (at !== postal.length) throw new Error('communes asset: postal codes do not match the commune count');

  const arrondissementsByCity = new Map<string, Commune[]>();
  const arrondissements = unpackDeltas(asset.communes.arrondissements);
  for (let k = 0; k + 1 < arrondissements.length; k += 2) {
    const arrondissement = communes[arrondissements[k] ?? -1];
    const city = communes[arrondissements[k + 1] ?? -1];
    if (!arrondissement || !city) throw new Error('communes asset: bad arrondissement');
    arrondissement.city = city.code;
    pushTo(arrondissementsByCity, city.code, arrondissement);
  }

  const byCode = new Map(communes.map((commune) => [commune.code, commune]));
  const formerCodes = unpackDeltas(asset.former.codes);
  const formerTargets = unpackDeltas(asset.former.communes);
  formerCodes.forEach((value, k) => {
    const target = communes[formerTargets[k] ?? -1];
    if (target) byCode.set(codeFromNumber(value), target);
  });

  const byPostalCode = new Map<string, Commune[]>();
  for (const commune of communes)
    for (const postalCode of commune.postalCodes) pushTo(byPostalCode, postalCode, commune);
  for (const list of byPostalCode.values())
    list.sort(
      (a, b) =>
        Number(arrondissementsByCity.has(a.code)) - Number(arrondissementsByCity.has(b.code)) ||
        byPopulation(a, b),
    );

  // The name and spatial indexes are built on first use: many callers need neither.
  let byName: Map<string, Commune[]> | undefined;
  const nameIndex = () => {
    if (!byName) {
      byName = new Map();
      for (const commune of communes) pushTo(byName, commune.normalizedName, commune);
      for (const list of byName.values()) list.sort(byPopulation);
    }
    return byName;
  };
  let spatial: SpatialIndex | undefined;
  const spatialIndex = () => {
    spatial ??= buildSpatialIndex(
      communes.map((commune) => commune.lat ?? 0),
      communes.map((commune) => commune.lon ?? 0),
      (i) => withoutCoordinates.has(i),
    );
    return spatial;
  };

  const allByName = (name: string): readonly Commune[] => nameIndex().get(normalize(name)) ?? [];
  return {
    communes,
    byCode: (code) => {
      const key = code.trim().toUpperCase();
      return /^[0-9][0-9AB][0-9]{3}$/.test(key) ? byCode.get(key) : undefined;
    },
    byPostalCode: (postalCode) => byPostalCode.get(postalCode.trim()) ?? [],
    allByName,
    byName(name, departement) {
      const candidates = allByName(name);
      return departement === undefined
        ? candidates[0]
        : candidates.find((commune) => commune.departement === departement.trim().toUpperCase());
    },
    arrondissementsOf: (code) => arrondissementsByCity.get(code.trim()) ?? [],
    communesWithin(queryLat, queryLon, radiusKm) {
      return spatialIndex()
        .within(queryLat, queryLon, radiusKm)
        .flatMap(({ id, distanceKm }) => {
          const commune = communes[id];
          return commune ? [{ commune, distanceKm }] : [];
        });
    },
  };
}

/** Exposed for the build script, which checks that every département can be read from the code. */
export { codeNumber, departementOfCode };
