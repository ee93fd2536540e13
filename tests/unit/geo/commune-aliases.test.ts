/**
 * The places that are no commune the place reader takes for one
 * (utils/geo/commune-aliases.ts): the table checked against the commune
 * index, and read as boards write them.
 */
import { describe, expect, it } from 'vitest';
import { COMMUNE_ALIAS_TABLE } from '@/utils/geo/commune-aliases';
import { PLACE_NAME_TABLE, PLACE_NAMES } from '@/utils/geo/departements';
import { indexPlaceNames, type PlaceNameTable } from '@/utils/geo/place-names';
import { normalize } from '@/utils/matching/normalize';
import { parsePlace } from '@/utils/matching/place';
import { loadCommunes } from '../../../scripts/data/load-assets';

const communes = loadCommunes();
const read = (text: string) => parsePlace(text, PLACE_NAMES);

describe('the table of places that are no commune', () => {
  it('holds normalised names, each once, none a commune, département, région or place abroad', () => {
    const aliases = COMMUNE_ALIAS_TABLE.map(([alias]) => alias);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const alias of aliases) {
      expect(normalize(alias)).toBe(alias);
      expect(communes.allByName(alias), alias).toEqual([]);
      expect(PLACE_NAMES.departementByName(alias), alias).toBeUndefined();
      expect(PLACE_NAMES.regionByName(alias), alias).toBeUndefined();
      expect(PLACE_NAMES.countryByName(alias) ?? PLACE_NAMES.cityAbroadByName(alias), alias).toBeUndefined();
    }
  });

  it('names for each a real commune of the département it gives', () => {
    for (const [alias, commune, departement] of COMMUNE_ALIAS_TABLE)
      expect(communes.byName(commune, departement)?.departement, alias).toBe(departement);
  });

  it('travels in the match profile: received as JSON, it reads places as the background does', () => {
    const received = indexPlaceNames(JSON.parse(JSON.stringify(PLACE_NAME_TABLE)) as PlaceNameTable);
    expect(parsePlace('La Défense (92)', received)).toEqual(read('La Défense (92)'));
    // A table without it (a profile derived before it) reads such a place as before: an unknown commune.
    const { communeAliases: _, ...before } = PLACE_NAME_TABLE;
    expect(parsePlace('Sophia Antipolis', indexPlaceNames(before))).toMatchObject({
      communeName: 'sophia antipolis',
    });
  });
});

describe('parsePlace on places that are no commune', () => {
  it.each([
    ['La Défense (92)', 'puteaux', '92'],
    ['Paris La Défense', 'puteaux', '92'],
    ['Sophia Antipolis (06)', 'valbonne', '06'],
    ['Marne-la-Vallée', 'champs sur marne', '77'],
    ['Roissy CDG', 'roissy en france', '95'],
    ['Aéroport Charles de Gaulle, 95', 'roissy en france', '95'],
    ['Grand Lyon', 'lyon', '69'],
    ['Cergy-Pontoise', 'cergy', '95'],
    ['Saint-Quentin-en-Yvelines (78)', 'guyancourt', '78'],
  ])('%s is read as %s (%s)', (text, communeName, departement) => {
    expect(read(text)).toMatchObject({ level: 'commune', communeName, departement, confidence: 0.95 });
  });

  it('says so when the text gives another département', () => {
    expect(read('La Défense (75)').confidence).toBeLessThan(0.7);
  });
});
