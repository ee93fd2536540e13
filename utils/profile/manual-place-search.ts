/**
 * The place autocomplete of the options page: communes by name or postal
 * code, départements by name or number, régions by name. Pure: the commune
 * index is given.
 */
import type { CommuneIndex } from '../geo/communes';
import { DEPARTEMENTS, REGIONS } from '../geo/departements';
import { normalize } from '../matching/normalize';
import type { Place } from './model';

export type PlaceChoice = Place & { kind: 'commune' | 'departement' | 'region' };

const startsWithWords = (name: string, typed: string) =>
  name.startsWith(typed) || name.split(' ').some((word) => word.startsWith(typed));

/** Places matching what was typed: régions, then départements, then communes by population; at most `limit`. */
export function searchPlaces(communes: CommuneIndex, query: string, limit = 10): PlaceChoice[] {
  const typed = normalize(query);
  if (typed === '') return [];
  if (/^\d{5}$/.test(typed)) {
    return communes
      .byPostalCode(typed)
      .slice(0, limit)
      .map((c) => ({
        kind: 'commune',
        code: c.code,
        label: c.name,
        postalCode: typed,
        departementCode: c.departement,
      }));
  }
  const regions: PlaceChoice[] = REGIONS.filter((r) => startsWithWords(r.normalizedName, typed)).map((r) => ({
    kind: 'region',
    code: r.code,
    label: r.name,
  }));
  const departements: PlaceChoice[] = DEPARTEMENTS.filter(
    (d) => d.code.toLowerCase() === typed || startsWithWords(d.normalizedName, typed),
  ).map((d) => ({ kind: 'departement', code: d.code, label: `${d.name} (${d.code})` }));
  const found: PlaceChoice[] = [];
  // The commune list is sorted by code, not population: collect, then rank.
  const matching = communes.communes.filter((c) => !c.city && c.normalizedName.startsWith(typed));
  matching.sort((a, b) => b.population - a.population);
  for (const c of matching.slice(0, limit))
    found.push({
      kind: 'commune',
      code: c.code,
      label: c.name,
      ...(c.postalCodes[0] ? { postalCode: c.postalCodes[0] } : {}),
      departementCode: c.departement,
    });
  return [...regions, ...departements, ...found].slice(0, limit);
}
