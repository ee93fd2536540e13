import { haversineKm } from '../../geo/distance';
import type { PlaceNames } from '../../geo/place-names';
import { withPreposition } from '../french';
import type { Zone, ZoneCommune } from '../match-profile';
import type { ParsedOffer } from '../offer';
import type { CriterionResult } from '../result';

/** The zone as look-up tables, built once per match profile. */
export interface CompiledZone {
  zone: Zone;
  names: PlaceNames;
  byName: Map<string, ZoneCommune[]>;
  byPostalCode: Map<string, ZoneCommune[]>;
  departements: Map<string, string>;
  regions: Map<string, string>;
  /** Départements and régions where the zone has at least one commune. */
  touchedDepartements: Set<string>;
  touchedRegions: Set<string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The zone's look-up tables; `names`, the match profile's départements and régions. */
export function compileZone(zone: Zone, names: PlaceNames): CompiledZone {
  const compiled: CompiledZone = {
    zone,
    names,
    byName: new Map(),
    byPostalCode: new Map(),
    departements: new Map(zone.departements.map((d) => [d.code, d.label])),
    regions: new Map(zone.regions.map((r) => [r.code, r.label])),
    touchedDepartements: new Set(),
    touchedRegions: new Set(),
  };
  for (const commune of zone.communes) {
    push(compiled.byName, commune.name, commune);
    for (const postalCode of commune.postalCodes) push(compiled.byPostalCode, postalCode, commune);
    compiled.touchedDepartements.add(commune.departement);
  }
  for (const code of [...compiled.touchedDepartements, ...compiled.departements.keys()]) {
    const region = names.departement(code)?.region;
    if (region) compiled.touchedRegions.add(region);
  }
  return compiled;
}

function near(commune: ZoneCommune): string {
  return commune.km < 1
    ? withPreposition('à', commune.near)
    : `${formatKm(commune.km)} ${withPreposition('de', commune.near)}`;
}

function formatKm(km: number): string {
  return `${km < 10 ? Math.round(km * 10) / 10 : Math.round(km)} km`.replace('.', ',');
}

function closest(list: ZoneCommune[] | undefined, departement: string | undefined): ZoneCommune | undefined {
  if (!list) return undefined;
  const candidates = departement ? list.filter((c) => c.departement === departement) : list;
  return candidates.reduce<ZoneCommune | undefined>((a, b) => (a && a.km <= b.km ? a : b), undefined);
}

function departementLabel(code: string, names: PlaceNames): string {
  const name = names.departement(code)?.name;
  return name ? `${name} (${code})` : code;
}

/**
 * The first of the further communes a place lists ("Bordeaux, Paris": Paris) that is in the zone, the
 * nearest of that name. Their départements are not known (the one read belongs to the first commune).
 */
function otherCommuneInZone(
  names: readonly string[] | undefined,
  zone: CompiledZone,
): ZoneCommune | undefined {
  if (!names) return undefined;
  for (const name of names) {
    const found = closest(zone.byName.get(name), undefined);
    if (found) return found;
  }
  return undefined;
}

/** The first of `first` and `others` that `set` holds (no list made: most places name one région). */
function firstIn(
  first: string,
  others: readonly string[] | undefined,
  set: { has(key: string): boolean },
): string | undefined {
  if (set.has(first)) return first;
  return others?.find((other) => set.has(other));
}

/** The accepted place nearest to a point, and whether the point is within its radius (an inside one first). */
function nearestCenter(
  { lat, lon }: { lat: number; lon: number },
  zone: CompiledZone,
): { km: number; label: string; inside: boolean } | undefined {
  let best: { km: number; label: string; inside: boolean } | undefined;
  for (const center of zone.zone.centers) {
    const km = haversineKm(lat, lon, center.lat, center.lon);
    const inside = km <= center.radiusKm;
    if (!best || (inside && !best.inside) || (inside === best.inside && km < best.km))
      best = { km, label: center.label, inside };
  }
  return best;
}

/** Inside the zone of any accepted place: ok with its distance. Remote offers are ok. */
export function scorePlace(offer: ParsedOffer, zone: CompiledZone): CriterionResult {
  const { place } = offer;
  const { names } = zone;
  if (zone.zone.unrestricted) return { status: 'unknown', reason: 'aucun lieu dans votre profil' };
  if (place.remote === 'full') return { status: 'ok', reason: 'télétravail complet' };

  // The offer's own coordinates, or those of the border city its place names ("Genève": 9 km from Annemasse).
  const coordinates = offer.coordinates ?? place.coordinates;
  const nearest = coordinates ? nearestCenter(coordinates, zone) : undefined;
  const abroad = place.abroad ? ` (${place.abroad})` : '';
  if (nearest?.inside)
    return {
      status: 'ok',
      reason: `${formatKm(nearest.km)} ${withPreposition('de', nearest.label)}${abroad}`,
    };

  // Outside France, beyond the reach of any accepted place: said so, with the distance where it is known. Before
  // the French names: "Valence, Espagne" is no Valence of the Drôme.
  if (place.abroad) {
    const far = nearest ? `, ${formatKm(nearest.km)} ${withPreposition('de', nearest.label)}` : '';
    return { status: 'ko', reason: `à l'étranger${abroad}${far}` };
  }

  const departement = place.departement;
  const byName = place.communeName
    ? (closest(zone.byName.get(place.communeName), departement) ??
      (place.city ? closest(zone.byName.get(place.city), departement) : undefined))
    : undefined;
  const found =
    byName ??
    (place.postalCode ? closest(zone.byPostalCode.get(place.postalCode), undefined) : undefined) ??
    otherCommuneInZone(place.otherCommuneNames, zone);
  if (found) return { status: 'ok', reason: near(found) };

  if (departement && zone.departements.has(departement))
    return { status: 'ok', reason: departementLabel(departement, names) };
  const region = place.region ?? (departement ? names.departement(departement)?.region : undefined);
  // A place that lists several régions ("Nouvelle-Aquitaine - Occitanie") is in any of them.
  const accepted = region ? firstIn(region, place.otherRegions, zone.regions) : undefined;
  if (accepted) return { status: 'ok', reason: names.region(accepted)?.name ?? accepted };

  if (place.level === 'commune') {
    if (place.confidence < 0.5) return { status: 'unknown', reason: 'lieu non reconnu' };
    const where = departement ? `, ${departementLabel(departement, names)}` : '';
    return { status: 'ko', reason: `hors de votre zone${where}` };
  }
  if (place.level === 'departement' && departement) {
    return zone.touchedDepartements.has(departement)
      ? { status: 'partial', reason: `${departementLabel(departement, names)}, ville non précisée` }
      : { status: 'ko', reason: `${departementLabel(departement, names)}, hors de votre zone` };
  }
  if (place.level === 'region' && region) {
    const touched = firstIn(region, place.otherRegions, zone.touchedRegions);
    const name = names.region(touched ?? region)?.name ?? touched ?? region;
    return touched
      ? { status: 'partial', reason: `${name}, ville non précisée` }
      : { status: 'ko', reason: `${name}, hors de votre zone` };
  }
  if (place.level === 'country') return { status: 'partial', reason: 'toute la France' };
  return { status: 'unknown', reason: 'lieu non indiqué' };
}
