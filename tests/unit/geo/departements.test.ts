import etalabDepartements from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import etalabRegions from '@etalab/decoupage-administratif/data/regions.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import {
  DEPARTEMENTS,
  departementByName,
  departementOfPostalCode,
  getDepartement,
  getRegion,
  REGIONS,
  regionByName,
} from '../../../utils/geo/departements';

interface EtalabRow {
  code: string;
  nom: string;
  zone: string;
  region?: string;
}

const realDepartements = (etalabDepartements as EtalabRow[]).filter((d) => d.zone !== 'com');
const realRegions = (etalabRegions as EtalabRow[]).filter((r) => r.zone !== 'com');

describe('départements table', () => {
  it('holds every département of the Etalab reference, with its name and région', () => {
    expect(DEPARTEMENTS).toHaveLength(realDepartements.length);
    for (const real of realDepartements) {
      const d = getDepartement(real.code);
      expect(d, real.code).toBeDefined();
      expect(d?.name).toBe(real.nom);
      expect(d?.region).toBe(real.region);
    }
  });

  it('holds every région of the Etalab reference', () => {
    expect(REGIONS).toHaveLength(realRegions.length);
    for (const real of realRegions) expect(getRegion(real.code)?.name).toBe(real.nom);
  });

  it('gives every département a région that exists', () => {
    for (const d of DEPARTEMENTS) expect(getRegion(d.region), d.code).toBeDefined();
  });

  it('covers Corsica and the overseas départements', () => {
    expect(['2A', '2B', '971', '972', '973', '974', '976'].map((c) => getDepartement(c)?.name)).toEqual([
      'Corse-du-Sud',
      'Haute-Corse',
      'Guadeloupe',
      'Martinique',
      'Guyane',
      'La Réunion',
      'Mayotte',
    ]);
    expect(getDepartement('2a')?.code).toBe('2A');
  });

  it('finds départements and régions by normalised name and common aliases', () => {
    expect(departementByName('bouches du rhone')?.code).toBe('13');
    expect(departementByName('reunion')?.code).toBe('974');
    expect(departementByName('lyon')).toBeUndefined();
    expect(regionByName('ile de france')?.code).toBe('11');
    expect(regionByName('pays de la loire')?.code).toBe('52');
    expect(regionByName('rhone alpes')?.code).toBe('84');
    expect(regionByName('paca')?.code).toBe('93');
  });

  it('maps postal codes to their département, Corsica and overseas included', () => {
    expect(departementOfPostalCode('59700')).toBe('59');
    expect(departementOfPostalCode('01000')).toBe('01');
    expect(departementOfPostalCode('20000')).toBe('2A');
    expect(departementOfPostalCode('20200')).toBe('2B');
    expect(departementOfPostalCode('97615')).toBe('976');
    expect(departementOfPostalCode('98000')).toBeUndefined();
    expect(departementOfPostalCode('7500')).toBeUndefined();
  });
});
