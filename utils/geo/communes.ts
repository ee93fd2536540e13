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
const MAX_POSTAL_CODE = 99_999;

/**
 * A commune of the decoded index. Normalising 35,000 names costs more than
 * the rest of the decoding, so `normalizedName` is worked out on first read: a
 * getter on the class rather than on each object, which would cost a closure
 * per commune and slow every object down.
 */
class IndexedCommune implements Commune {
  readonly code: string;
  readonly name: string;
  readonly postalCodes: readonly string[];
  readonly departement: string;
  readonly region: string;
  readonly population: number;
  // Declared only: communes without coordinates and cities do not carry the keys at all.
  declare lat?: number;
  declare lon?: number;
  declare city?: string;
  readonly #normalizedNameAt: (position: number) => string;
  readonly #position: number;

  /** `normalizedNameAt(position)` normalises the name of the commune at `position` in the asset, once. */
  constructor(
    fields: Omit<Commune, 'normalizedName'>,
    normalizedNameAt: (position: number) => string,
    position: number,
  ) {
    this.code = fields.code;
    this.name = fields.name;
    this.postalCodes = fields.postalCodes;
    this.departement = fields.departement;
    this.region = fields.region;
    this.population = fields.population;
    if (fields.lat !== undefined) this.lat = fields.lat;
    if (fields.lon !== undefined) this.lon = fields.lon;
    if (fields.city !== undefined) this.city = fields.city;
    this.#normalizedNameAt = normalizedNameAt;
    this.#position = position;
  }

  get normalizedName(): string {
    return this.#normalizedNameAt(this.#position);
  }
}

/** Position of `value` in the ascending list `sorted`, or -1. */
function binarySearch(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = sorted[middle] ?? 0;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Validates the parsed asset and decodes it into a commune index with its
 * look-ups. Only the columns are read up front: a commune becomes an object
 * when a look-up returns it (or `communes` is read), and the postal code,
 * name and spatial indexes are built on their first use.
 */
export function decodeCommunes(input: unknown): CommuneIndex {
  const asset: CommunesAsset = communesAssetSchema.parse(input);
  const { count } = asset.communes;
  const codes = unpackDeltas(asset.communes.codes);
  const names = asset.communes.names.split('|');
  const lat = unpackDeltas(asset.communes.lat);
  const lon = unpackDeltas(asset.communes.lon);
  const population = unpackUints(asset.communes.population);
  if ([codes, names, lat, lon, population].some((column) => column.length !== count))
    throw new Error('communes asset: a column does not match the commune count');
  for (let i = 1; i < count; i++)
    if ((codes[i] ?? 0) <= (codes[i - 1] ?? 0)) throw new Error('communes asset: codes not sorted');
  const located = new Uint8Array(count).fill(1);
  for (const i of unpackDeltas(asset.communes.withoutCoordinates)) located[i] = 0;

  // Postal codes, flat: commune i has postalValues[postalStart[i]] up to postalValues[postalStart[i + 1]].
  const postal = unpackUints(asset.communes.postalCodes);
  const postalStart = new Int32Array(count + 1);
  const postalValues = new Int32Array(Math.max(postal.length - count, 0));
  let at = 0;
  let length = 0;
  let previousPostalCode = 0;
  for (let i = 0; i < count; i++) {
    const postalCount = postal[at++] ?? 0;
    for (let k = 0; k < postalCount; k++) {
      previousPostalCode += unzigzag(postal[at++] ?? 0);
      if (previousPostalCode < 0 || previousPostalCode > MAX_POSTAL_CODE)
        throw new Error('communes asset: bad postal code');
      postalValues[length++] = previousPostalCode;
    }
    postalStart[i + 1] = length;
  }
  if (at !== postal.length) throw new Error('communes asset: postal codes do not match the commune count');

  const cityOf = new Int32Array(count).fill(-1);
  const arrondissementsOfCity = new Map<number, number[]>();
  const arrondissements = unpackDeltas(asset.communes.arrondissements);
  for (let k = 0; k + 1 < arrondissements.length; k += 2) {
    const arrondissement = arrondissements[k] ?? -1;
    const city = arrondissements[k + 1] ?? -1;
    if (arrondissement < 0 || arrondissement >= count || city < 0 || city >= count)
      throw new Error('communes asset: bad arrondissement');
    cityOf[arrondissement] = city;
    pushTo(arrondissementsOfCity, city, arrondissement);
  }

  const formerCodes = unpackDeltas(asset.former.codes);
  const formerTargets = unpackDeltas(asset.former.communes);
  if (
    formerCodes.length !== formerTargets.length ||
    formerTargets.some((target) => target < 0 || target >= count) ||
    formerCodes.some((value, k) => k > 0 && value <= (formerCodes[k - 1] ?? 0))
  )
    throw new Error('communes asset: bad former codes');

  // Shared by the objects and the name index, which needs every name but not every object.
  const normalizedNames: (string | undefined)[] = new Array(count);
  const normalizedNameAt = (i: number): string => {
    let name = normalizedNames[i];
    if (name === undefined) {
      name = normalize(names[i] ?? '');
      normalizedNames[i] = name;
    }
    return name;
  };

  const objects: (Commune | undefined)[] = new Array(count);
  const communeAt = (i: number): Commune => {
    let commune = objects[i];
    if (!commune) {
      const code = codeFromNumber(codes[i] ?? 0);
      const departement = departementOfCode(code);
      const postalCodes: string[] = [];
      for (let k = postalStart[i] ?? 0; k < (postalStart[i + 1] ?? 0); k++)
        postalCodes.push(String(postalValues[k]).padStart(5, '0'));
      const city = cityOf[i] ?? -1;
      commune = new IndexedCommune(
        {
          code,
          name: names[i] ?? '',
          postalCodes,
          departement,
          region: asset.departements[departement] ?? '',
          population: population[i] ?? 0,
          lat: located[i] === 1 ? (lat[i] ?? 0) / COORDINATE_SCALE : undefined,
          lon: located[i] === 1 ? (lon[i] ?? 0) / COORDINATE_SCALE : undefined,
          city: city >= 0 ? codeFromNumber(codes[city] ?? 0) : undefined,
        },
        normalizedNameAt,
        i,
      );
      objects[i] = commune;
    }
    return commune;
  };
  let all: readonly Commune[] | undefined;
  const positionOf = (code: string): number => {
    const key = code.trim().toUpperCase();
    if (!/^[0-9][0-9AB][0-9]{3}$/.test(key)) return -1;
    const value = codeNumber(key);
    const current = binarySearch(codes, value);
    if (current >= 0) return current;
    return formerTargets[binarySearch(formerCodes, value)] ?? -1;
  };

  // Arrondissements before their city, then the most populated first.
  const servedFirst = (a: number, b: number) =>
    Number(arrondissementsOfCity.has(a)) - Number(arrondissementsOfCity.has(b)) ||
    (population[b] ?? 0) - (population[a] ?? 0) ||
    (codes[a] ?? 0) - (codes[b] ?? 0);
  // Postal code -> communes, built on first use by a counting sort: the communes of postal code v are
  // postalOrder[postalFirst[v]] up to postalOrder[postalFirst[v + 1]], in commune order.
  let postalFirst: Int32Array | undefined;
  let postalOrder: Int32Array | undefined;
  const postalLists = new Map<string, readonly Commune[]>();
  const communesOfPostalCode = (postalCode: string): readonly Commune[] => {
    const key = postalCode.trim();
    let list = postalLists.get(key);
    if (!list) {
      if (!postalFirst || !postalOrder) {
        const first = new Int32Array(MAX_POSTAL_CODE + 2);
        for (const value of postalValues) first[value + 1] = (first[value + 1] ?? 0) + 1;
        for (let v = 1; v < first.length; v++) first[v] = (first[v] ?? 0) + (first[v - 1] ?? 0);
        const next = first.slice();
        const order = new Int32Array(postalValues.length);
        for (let i = 0; i < count; i++)
          for (let k = postalStart[i] ?? 0; k < (postalStart[i + 1] ?? 0); k++) {
            const value = postalValues[k] ?? 0;
            order[next[value] ?? 0] = i;
            next[value] = (next[value] ?? 0) + 1;
          }
        postalFirst = first;
        postalOrder = order;
      }
      const value = /^\d{5}$/.test(key) ? Number(key) : -1;
      const from = value >= 0 ? (postalFirst[value] ?? 0) : 0;
      const to = value >= 0 ? (postalFirst[value + 1] ?? 0) : 0;
      // Only postal codes that exist are kept: a caller may try every string a person types.
      if (from === to) return [];
      list = [...postalOrder.subarray(from, to)].sort(servedFirst).map(communeAt);
      postalLists.set(key, list);
    }
    return list;
  };

  // Normalised name -> positions, most populated first; objects only for the names looked up.
  let byName: Map<string, number[]> | undefined;
  const nameLists = new Map<string, readonly Commune[]>();
  const communesNamed = (normalizedName: string): readonly Commune[] => {
    let list = nameLists.get(normalizedName);
    if (!list) {
      if (!byName) {
        byName = new Map();
        for (let i = 0; i < count; i++) pushTo(byName, normalizedNameAt(i), i);
        for (const positions of byName.values())
          positions.sort(
            (a, b) => (population[b] ?? 0) - (population[a] ?? 0) || (codes[a] ?? 0) - (codes[b] ?? 0),
          );
      }
      const positions = byName.get(normalizedName);
      if (!positions) return [];
      list = positions.map(communeAt);
      nameLists.set(normalizedName, list);
    }
    return list;
  };
  let spatial: SpatialIndex | undefined;
  const spatialIndex = () => {
    spatial ??= buildSpatialIndex(
      lat.map((value) => value / COORDINATE_SCALE),
      lon.map((value) => value / COORDINATE_SCALE),
      (i) => located[i] === 0,
    );
    return spatial;
  };

  const allByName = (name: string): readonly Commune[] => communesNamed(normalize(name));
  return {
    get communes() {
      all ??= Array.from({ length: count }, (_, i) => communeAt(i));
      return all;
    },
    byCode(code) {
      const i = positionOf(code);
      return i >= 0 ? communeAt(i) : undefined;
    },
    byPostalCode: communesOfPostalCode,
    allByName,
    byName(name, departement) {
      const candidates = allByName(name);
      return departement === undefined
        ? candidates[0]
        : candidates.find((commune) => commune.departement === departement.trim().toUpperCase());
    },
    arrondissementsOf(code) {
      const i = binarySearch(
        codes,
        /^[0-9][0-9AB][0-9]{3}$/.test(code.trim()) ? codeNumber(code.trim()) : -1,
      );
      return (arrondissementsOfCity.get(i) ?? []).map(communeAt);
    },
    communesWithin(queryLat, queryLon, radiusKm) {
      return spatialIndex()
        .within(queryLat, queryLon, radiusKm)
        .map(({ id, distanceKm }) => ({ commune: communeAt(id), distanceKm }));
    },
  };
}

/** Exposed for the build script, which checks that every département can be read from the code. */
export { codeNumber, departementOfCode };
