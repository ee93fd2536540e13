/**
 * Builds the commune index asset: current communes and municipal
 * arrondissements from @etalab/decoupage-administratif, with coordinates from
 * the geo API export (communes-centres-2021.json) or else from La Poste's
 * postal code base (../shared/data/communes), by code, former code, or for the
 * communes restored since by the name La Poste gives them. The 94 communes of
 * the overseas collectivities (975, 977, 978, 984, 986, 987, 988, 989) have
 * coordinates in neither file and ship without. See utils/geo/communes-asset.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import { COMMUNES_FORMAT, type CommunesAsset } from '../../utils/geo/communes-asset';
import { codeNumber, departementOfCode } from '../../utils/geo/insee-code';
import { packDeltas, packUints, zigzag } from '../../utils/geo/packed-ints';
import { normalize } from '../../utils/matching/normalize';
import { parseCsv } from './csv';

const CENTRES_FILE = 'communes-centres-2021.json';
const LAPOSTE_FILE = 'laposte_hexasmal_2020.csv';
const require = createRequire(import.meta.url);

const etalabCommuneSchema = z
  .object({
    code: z.string(),
    nom: z.string(),
    type: z.string(),
    departement: z.string().optional(),
    region: z.string().optional(),
    commune: z.string().optional(),
    chefLieu: z.string().optional(),
    anciensCodes: z.array(z.string()).optional(),
    codesPostaux: z.array(z.string()).optional(),
    population: z.number().optional(),
  })
  .loose();
const etalabDepartementSchema = z.object({ code: z.string(), region: z.string() }).loose();
const centreSchema = z.object({
  code: z.string(),
  centre: z.object({ coordinates: z.tuple([z.number(), z.number()]) }).nullish(),
});

type EtalabCommune = z.infer<typeof etalabCommuneSchema>;

/** A name as La Poste writes it: upper case without accents or punctuation, "Saint(e)" as "ST(E)". */
function laposteName(name: string): string {
  return normalize(name)
    .split(' ')
    .map((word) => (word === 'saint' ? 'st' : word === 'sainte' ? 'ste' : word))
    .join(' ');
}

const CURRENT_TYPES = new Set(['commune-actuelle', 'arrondissement-municipal']);

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rounded(value: number): number {
  return Math.round(value * 10_000);
}

/** Reads the commune files of `communesDir` and the Etalab package; returns the commune index asset. */
export function buildCommunes(communesDir: string): CommunesAsset {
  const etalab = z
    .array(etalabCommuneSchema)
    .parse(require('@etalab/decoupage-administratif/data/communes.json'));
  const departements = z
    .array(etalabDepartementSchema)
    .parse(require('@etalab/decoupage-administratif/data/departements.json'));
  const centres = z
    .array(centreSchema)
    .parse(JSON.parse(readFileSync(join(communesDir, CENTRES_FILE), 'utf8')));
  const laposte = parseCsv(readFileSync(join(communesDir, LAPOSTE_FILE), 'utf8'), ';');

  const current = etalab.filter((c) => CURRENT_TYPES.has(c.type)).sort((a, b) => compare(a.code, b.code));
  const index = new Map(current.map((c, i) => [c.code, i]));

  // Coordinates by INSEE code: the geo API's centre first, La Poste (first row in file order) else.
  const centreByCode = new Map<string, [number, number]>();
  for (const centre of centres) {
    const coordinates = centre.centre?.coordinates;
    if (coordinates) centreByCode.set(centre.code, [coordinates[1], coordinates[0]]);
  }
  const laposteByCode = new Map<string, [number, number]>();
  for (const row of laposte) {
    const code = row.Code_commune_INSEE ?? '';
    const gps = row.coordonnees_gps ?? '';
    const [lat, lon] = gps.split(',').map(Number);
    if (gps !== '' && !laposteByCode.has(code) && lat !== undefined && lon !== undefined)
      if (Number.isFinite(lat) && Number.isFinite(lon)) laposteByCode.set(code, [lat, lon]);
  }

  // Former codes: anciensCodes, and delegated or associated communes that kept their own code.
  const former = new Map<string, number>();
  for (const [i, commune] of current.entries())
    for (const old of commune.anciensCodes ?? []) if (!index.has(old)) former.set(old, i);
  for (const commune of etalab) {
    const target = index.get(commune.chefLieu ?? '');
    if (
      !CURRENT_TYPES.has(commune.type) &&
      target !== undefined &&
      !index.has(commune.code) &&
      !former.has(commune.code)
    )
      former.set(commune.code, target);
  }
  const formerByTarget = new Map<number, string[]>();
  for (const [code, target] of [...former.entries()].sort(([a], [b]) => compare(a, b))) {
    const list = formerByTarget.get(target) ?? [];
    list.push(code);
    formerByTarget.set(target, list);
  }

  // Communes restored after 2021 (a delegated commune leaving its commune nouvelle) have no code of
  // their own in either file, but La Poste names them on its rows: as Ligne_5 (the delegated commune)
  // or Nom_commune. Those rows carry the centre of the commune they belonged to in 2020, a few km off.
  const laposteByName = new Map<string, [number, number]>();
  for (const row of laposte) {
    const [lat, lon] = (row.coordonnees_gps ?? '').split(',').map(Number);
    if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    if ((row.coordonnees_gps ?? '') === '') continue;
    const department = departementOfCode(row.Code_commune_INSEE ?? '');
    for (const name of [row.Ligne_5 ?? '', row.Nom_commune ?? ''])
      if (name !== '') {
        const key = `${department}|${row.Code_postal ?? ''}|${laposteName(name)}`;
        if (!laposteByName.has(key)) laposteByName.set(key, [lat, lon]);
      }
  }

  const coordinatesOf = (commune: EtalabCommune, i: number): [number, number] | undefined => {
    const candidates = [commune.code, ...(formerByTarget.get(i) ?? [])];
    for (const source of [centreByCode, laposteByCode])
      for (const candidate of candidates) {
        const found = source.get(candidate);
        if (found) return found;
      }
    for (const postalCode of [...(commune.codesPostaux ?? [])].sort(compare)) {
      const found = laposteByName.get(`${commune.departement}|${postalCode}|${laposteName(commune.nom)}`);
      if (found) return found;
    }
    return undefined;
  };

  const lat: number[] = [];
  const lon: number[] = [];
  const withoutCoordinates: number[] = [];
  const postalCodes: number[] = [];
  let previousPostalCode = 0;
  current.forEach((commune, i) => {
    const coordinates = coordinatesOf(commune, i);
    if (!coordinates) withoutCoordinates.push(i);
    lat.push(coordinates ? rounded(coordinates[0]) : 0);
    lon.push(coordinates ? rounded(coordinates[1]) : 0);
    const codes = [...new Set(commune.codesPostaux ?? [])].sort(compare);
    postalCodes.push(codes.length);
    for (const postalCode of codes) {
      const value = Number(postalCode);
      postalCodes.push(zigzag(value - previousPostalCode));
      previousPostalCode = value;
    }
    if (commune.nom.includes('|')) throw new Error(`commune name with "|": ${commune.nom}`);
    if (departementOfCode(commune.code) !== commune.departement)
      throw new Error(`commune ${commune.code}: département ${commune.departement} not read from its code`);
  });

  const arrondissements = current.flatMap((commune, i) =>
    commune.type === 'arrondissement-municipal' ? [i, index.get(commune.commune ?? '') ?? -1] : [],
  );
  if (arrondissements.includes(-1)) throw new Error('arrondissement without its city');

  const regionOf = Object.fromEntries(
    departements.sort((a, b) => compare(a.code, b.code)).map((d) => [d.code, d.region]),
  );
  for (const commune of current)
    if (commune.departement === undefined || regionOf[commune.departement] === undefined)
      throw new Error(`commune ${commune.code}: unknown département ${commune.departement}`);

  const formerCodes = [...former.keys()].sort((a, b) => codeNumber(a) - codeNumber(b));
  return {
    format: COMMUNES_FORMAT,
    source:
      'Etalab @etalab/decoupage-administratif; geo API communes centres 2021 (Etalab/IGN/INSEE); La Poste base officielle des codes postaux 2020',
    departements: regionOf,
    communes: {
      count: current.length,
      codes: packDeltas(current.map((c) => codeNumber(c.code))),
      names: current.map((c) => c.nom).join('|'),
      postalCodes: packUints(postalCodes),
      lat: packDeltas(lat),
      lon: packDeltas(lon),
      population: packUints(current.map((c) => c.population ?? 0)),
      withoutCoordinates: packDeltas(withoutCoordinates),
      arrondissements: packDeltas(arrondissements),
    },
    former: {
      codes: packDeltas(formerCodes.map(codeNumber)),
      communes: packDeltas(formerCodes.map((code) => former.get(code) ?? 0)),
    },
  };
}
