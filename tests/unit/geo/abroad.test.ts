/**
 * The places outside France the place reader knows (utils/geo/abroad.ts):
 * the table checked against the commune index, and read as boards write it.
 */
import { describe, expect, it } from 'vitest';
import { ABROAD_TABLE } from '@/utils/geo/abroad';
import { PLACE_NAME_TABLE, PLACE_NAMES } from '@/utils/geo/departements';
import { indexPlaceNames, type PlaceNameTable } from '@/utils/geo/place-names';
import { normalize } from '@/utils/matching/normalize';
import { parsePlace } from '@/utils/matching/place';
import { loadCommunes } from '../../../scripts/data/load-assets';

const communes = loadCommunes();
// Luxembourg and Monaco are a country and a city.
const names = [
  ...new Set([
    ...ABROAD_TABLE.countries.map(([name]) => name),
    ...ABROAD_TABLE.citiesAbroad.map(([name]) => name),
  ]),
];

describe('the table of places abroad', () => {
  it('holds normalised names, each once', () => {
    for (const name of names) expect(normalize(name)).toBe(name);
    expect(new Set(ABROAD_TABLE.citiesAbroad.map(([name]) => name)).size).toBe(
      ABROAD_TABLE.citiesAbroad.length,
    );
    expect(new Set(ABROAD_TABLE.countries.map(([name]) => name)).size).toBe(ABROAD_TABLE.countries.length);
  });

  it('names no French commune, département or région ("Suisse" aside, read with its département)', () => {
    const french = names.filter(
      (name) =>
        communes.byName(name) !== undefined ||
        PLACE_NAMES.departementByName(name) !== undefined ||
        PLACE_NAMES.regionByName(name) !== undefined,
    );
    expect(french).toEqual(['suisse']);
  });

  it('gives every city a country of the table, and a border city a place near France (within 100 km of a commune)', () => {
    const countries = new Set(ABROAD_TABLE.countries.map(([, country]) => country));
    let border = 0;
    for (const [name, country, lat, lon] of ABROAD_TABLE.citiesAbroad) {
      expect(countries, name).toContain(country);
      if (lat === undefined || lon === undefined) continue;
      border++;
      expect(communes.communesWithin(lat, lon, 100).length, name).toBeGreaterThan(0);
      // And none lies in France: no commune centre within 500 m of it (Beausoleil's is 1 km from Monaco's).
      expect(communes.communesWithin(lat, lon, 0.5), name).toEqual([]);
    }
    expect(border).toBeGreaterThan(20);
  });

  it('travels in the match profile: received as JSON, it reads places as the background does', () => {
    const received = indexPlaceNames(JSON.parse(JSON.stringify(PLACE_NAME_TABLE)) as PlaceNameTable);
    expect(parsePlace('Genève, Suisse', received)).toEqual(parsePlace('Genève, Suisse', PLACE_NAMES));
    // A table without it (a hand-made one) reads such places as before: an unknown commune.
    const { countries: _c, citiesAbroad: _b, ...french } = PLACE_NAME_TABLE;
    expect(parsePlace('United States', indexPlaceNames(french))).toMatchObject({
      level: 'commune',
      communeName: 'united states',
    });
  });
});

describe('parsePlace on places abroad', () => {
  const read = (text: string) => parsePlace(text, PLACE_NAMES);

  it('reads a country, in French or in English', () => {
    expect(read('United States')).toMatchObject({ level: 'abroad', abroad: 'États-Unis' });
    expect(read('Sydney, Australia')).toMatchObject({
      level: 'abroad',
      abroad: 'Australie',
      communeName: 'sydney',
    });
    expect(read('Bruxelles, Belgique')).toMatchObject({ level: 'abroad', abroad: 'Belgique' });
    expect(read('Casablanca (Maroc)')).toMatchObject({ level: 'abroad', abroad: 'Maroc' });
    expect(read('Casablanca (Maroc)').coordinates).toBeUndefined();
    // A city abroad alone, as Welcome to the Jungle lists its international offers: no coordinates, too far.
    expect(read('Lisbonne')).toMatchObject({ level: 'abroad', abroad: 'Portugal', communeName: 'lisbonne' });
    expect(read('London')).toMatchObject({ level: 'abroad', abroad: 'Royaume-Uni' });
    expect(read('London').coordinates).toBeUndefined();
    // Montréal is a commune of the Aude too: alone it stays French, with its province it is Canada's.
    expect(read('Montréal').level).toBe('commune');
    expect(read('Montréal, Québec')).toMatchObject({ level: 'abroad', abroad: 'Canada' });
  });

  it('reads a US state and ZIP code, and "Remote in", as the United States (real Indeed cards)', () => {
    expect(read('Jonesboro, AR 72401')).toMatchObject({ level: 'abroad', abroad: 'États-Unis' });
    expect(read('Remote in United States')).toMatchObject({
      level: 'abroad',
      abroad: 'États-Unis',
      remote: 'partial',
    });
  });

  it('gives a border city its coordinates', () => {
    expect(read('Genève')).toMatchObject({
      level: 'abroad',
      abroad: 'Suisse',
      communeName: 'geneve',
      coordinates: { lat: 46.2, lon: 6.14 },
    });
    expect(read('Luxembourg')).toMatchObject({
      abroad: 'Luxembourg',
      coordinates: { lat: 49.61, lon: 6.13 },
    });
  });

  it('keeps a place French when it names a French postal code, département or région', () => {
    expect(read('Suisse (57)')).toMatchObject({ level: 'commune', communeName: 'suisse', departement: '57' });
    expect(read('Suisse (57)').abroad).toBeUndefined();
    expect(read('68300 Saint-Louis, près de Bâle')).toMatchObject({ level: 'commune', departement: '68' });
    expect(read('68300 Saint-Louis, près de Bâle').coordinates).toBeUndefined();
    expect(read('Grand Est, frontière Luxembourg').abroad).toBeUndefined();
    expect(read('France').level).toBe('country');
  });

  it('reads a country after a name as that name’s country, a French name included', () => {
    // Vienne is a département's name: before the country, it is Vienna. Valence and Vienne are communes too.
    expect(read('Vienne, Autriche')).toEqual({
      level: 'abroad',
      abroad: 'Autriche',
      communeName: 'autriche',
      remote: 'no',
      confidence: 0.9,
    });
    expect(read('Valence, Espagne')).toMatchObject({
      level: 'abroad',
      abroad: 'Espagne',
      communeName: 'valence',
    });
    // Before the French name, the country is the Moselle's commune.
    expect(read('Suisse, Moselle')).toMatchObject({
      level: 'commune',
      communeName: 'suisse',
      departement: '57',
    });
    // A French code still wins.
    expect(read('Vienne (86), Autriche').abroad).toBeUndefined();
    // What follows the country, if it names nothing French, changes nothing (the real Indeed card's area).
    expect(read('Jonesboro, AR 72401 (Central Jonesboro area)')).toMatchObject({
      level: 'abroad',
      abroad: 'États-Unis',
    });
    expect(read('Bruxelles, Belgique (1000)')).toMatchObject({ level: 'abroad', abroad: 'Belgique' });
    // A city abroad after a French commune is a landmark, not the place.
    expect(read('Villeurbanne, près de Genève')).toMatchObject({
      level: 'commune',
      communeName: 'villeurbanne',
    });
  });

  it('reads the ISO code the JobPosting reader writes after "pays", not a bare one', () => {
    expect(read('Valence, pays ES')).toMatchObject({
      level: 'abroad',
      abroad: 'Espagne',
      communeName: 'valence',
    });
    expect(read('Genève, pays CHE')).toMatchObject({
      abroad: 'Suisse',
      coordinates: { lat: 46.2, lon: 6.14 },
    });
    expect(read('pays US')).toMatchObject({ level: 'abroad', abroad: 'États-Unis' });
    // Bare, "CA" and "MA" are as often US states as Canada and Morocco.
    expect(read('Valence, ES').abroad).toBeUndefined();
    expect(read('Springfield, MA').abroad).toBeUndefined();
    // A code the table does not know leaves the place as it reads.
    expect(read('Oslo, pays NO').abroad).toBeUndefined();
  });
});
