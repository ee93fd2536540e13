/**
 * The département and région names as the content scripts get them: in the
 * match profile, as JSON, indexed on arrival; places read and scored with them.
 */
import { describe, expect, it } from 'vitest';
import { PLACE_NAME_TABLE, PLACE_NAMES } from '@/utils/geo/departements';
import { indexPlaceNames, type PlaceNameTable } from '@/utils/geo/place-names';
import { parseOffer } from '@/utils/matching/parse-offer';
import { parsePlace } from '@/utils/matching/place';
import { scoreOffer } from '@/utils/matching/score';
import { defaultNoise } from '@/utils/matching/title';
import { receivedDemoProfile } from '../matching/received-demo-profile';

/** What a content script holds once the message carrying the table has crossed (structured clone: JSON's shapes). */
const received = () => indexPlaceNames(JSON.parse(JSON.stringify(PLACE_NAME_TABLE)) as PlaceNameTable);

const EMPTY: PlaceNameTable = { regions: [], departements: [], regionAliases: [], departementAliases: [] };

describe('the place names a match profile carries', () => {
  it('look up, once received, every département and région as the background does', () => {
    const names = received();
    expect(names.departements).toEqual(PLACE_NAMES.departements);
    expect(names.regions).toEqual(PLACE_NAMES.regions);
    for (const d of PLACE_NAMES.departements) {
      expect(names.departement(d.code)).toEqual(d);
      expect(names.departementByName(d.normalizedName)?.code).toBe(d.code);
    }
    for (const r of PLACE_NAMES.regions) expect(names.regionByName(r.normalizedName)?.code).toBe(r.code);
    expect(names.departementByName('seine st denis')?.code).toBe('93');
    expect(names.regionByName('midi pyrenees')?.code).toBe('76');
  });

  it('are indexed once per table: every profile derived in one process shares the look-ups, and the parse caches', () => {
    expect(indexPlaceNames(PLACE_NAME_TABLE)).toBe(PLACE_NAMES);
    expect(received()).not.toBe(received());
  });

  it('never let an alias hide a real name', () => {
    const names = indexPlaceNames({
      regions: [['52', 'Pays de la Loire']],
      departements: [
        ['44', '52', 'Loire-Atlantique'],
        ['42', '84', 'Loire'],
      ],
      regionAliases: [],
      departementAliases: [['loire', '44']],
    });
    expect(names.departementByName('loire')?.code).toBe('42');
  });

  it('are what places are read with: without them "Angers (49)" and "Bretagne" name no département or région', () => {
    expect(parsePlace('Angers (49)', indexPlaceNames(EMPTY))).toMatchObject({ communeName: 'angers' });
    expect(parsePlace('Angers (49)', indexPlaceNames(EMPTY)).departement).toBeUndefined();
    expect(parsePlace('Angers (49)', received())).toMatchObject({ departement: '49', region: '52' });
    expect(parsePlace('Bretagne', indexPlaceNames(EMPTY)).level).toBe('commune');
    expect(parsePlace('Bretagne', received())).toMatchObject({ level: 'region', region: '53' });
  });

  it('read a place again when an offer comes with other names than the cached reading had', () => {
    const offer = { title: 'Boulanger', location: 'Angers (49)' };
    const noise = defaultNoise();
    expect(parseOffer(offer, { places: indexPlaceNames(EMPTY), noise }).place.departement).toBeUndefined();
    expect(parseOffer(offer, { places: received(), noise }).place).toMatchObject({
      departement: '49',
      region: '52',
    });
  });

  it('travel in the derived match profile and give the reasons their names', () => {
    const compiled = receivedDemoProfile();
    const result = scoreOffer({ title: 'Boulanger', location: 'Bouches-du-Rhône' }, compiled);
    expect(result.criteria.place).toEqual({
      status: 'ko',
      reason: 'Bouches-du-Rhône (13), hors de votre zone',
    });
  });
});
