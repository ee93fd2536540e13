import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyAdjustments, isEmptyAdjustments, NO_ADJUSTMENTS } from '@/utils/adjustments';
import { decodeCommunes } from '@/utils/geo/communes';
import { deriveMatchProfile } from '@/utils/matching/derive-match-profile';
import { manualMetierOf, manualProfile } from '@/utils/profile/manual';
import { searchPlaces } from '@/utils/profile/manual-place-search';
import type { ManualMetier } from '@/utils/profile/manual-schema';
import { decodeLexicon } from '@/utils/rome/lexicon';
import { searchAppellations } from '@/utils/rome/search';

const lexicon = decodeLexicon(JSON.parse(readFileSync('public/data/rome-lexicon.json', 'utf8')));
const communes = decodeCommunes(JSON.parse(readFileSync('public/data/communes.json', 'utf8')));
const NOW = new Date('2026-11-29T09:00:00Z');

function typed(query: string): ManualMetier {
  const appellation = searchAppellations(lexicon, query, 10)[0];
  if (!appellation) throw new Error(`nothing for ${query}`);
  const [lyon] = searchPlaces(communes, 'lyon').filter((p) => p.kind === 'commune');
  if (!lyon) throw new Error('no Lyon');
  return {
    appellation: { code: appellation.code, label: appellation.label },
    places: [{ ...lyon, radiusKm: 20 }],
    contracts: ['CDI', 'CDD'],
    salary: { amount: 11.5, unit: 'H', unitLabel: 'Horaire' },
    workTime: 'part',
    experience: { value: 6, unit: 'months' },
  };
}

describe('manual profile', () => {
  it('builds a profile the matching understands, from an autocomplete choice', () => {
    const profile = manualProfile({ metiers: [typed('boulang')] }, NOW);
    expect(profile.source).toBe('manual');
    expect(profile.metiers[0]?.contracts.map((c) => c.code)).toEqual(['CDI', 'CDD']);
    const match = deriveMatchProfile(profile, { lexicon, communes });
    const metier = match?.metiers[0];
    expect(metier?.titleForms).toContain('boulanger');
    expect(metier?.zone.centers.map((c) => c.label)).toEqual(['Lyon']);
    expect(metier?.workTimes).toEqual(['part']);
  });

  it('reads a stored métier back into the form unchanged', () => {
    const input = typed('aide soignante');
    const [stored] = manualProfile({ metiers: [input] }, NOW).metiers;
    expect(stored && manualMetierOf(stored)).toEqual(input);
  });
});

describe('place search', () => {
  it('finds communes by postal code and by the start of their name, biggest first', () => {
    expect(searchPlaces(communes, '34000').map((p) => p.label)).toContain('Montpellier');
    expect(searchPlaces(communes, '69001')[0]).toMatchObject({
      kind: 'commune',
      postalCode: '69001',
      departementCode: '69',
    });
    const mont = searchPlaces(communes, 'montpel');
    expect(mont[0]).toMatchObject({ kind: 'commune', code: '34172', label: 'Montpellier' });
  });

  it('offers départements by number or name and régions by name', () => {
    expect(searchPlaces(communes, '69')[0]).toMatchObject({ kind: 'departement', code: '69' });
    expect(searchPlaces(communes, 'occitan')[0]).toMatchObject({ kind: 'region', code: '76' });
    expect(searchPlaces(communes, 'Bouches du')[0]).toMatchObject({ kind: 'departement', code: '13' });
    expect(searchPlaces(communes, '   ')).toEqual([]);
  });
});

describe('adjustments', () => {
  it('adds the extra place to every métier and replaces the salary floor', () => {
    const profile = manualProfile({ metiers: [typed('boulang'), typed('aide soignante')] }, NOW);
    const adjusted = applyAdjustments(profile, {
      ...NO_ADJUSTMENTS,
      extraPlace: { kind: 'departement', code: '38', label: 'Isère (38)' },
      minSalary: { amount: 2000, unit: 'M', unitLabel: 'Mensuel' },
    });
    for (const metier of adjusted.metiers) {
      expect(metier.places.map((p) => p.code)).toEqual(['69123', '38']);
      expect(metier.salary?.amount).toBe(2000);
    }
    expect(profile.metiers[0]?.places).toHaveLength(1);
    expect(applyAdjustments(profile, NO_ADJUSTMENTS)).toBe(profile);
    expect(isEmptyAdjustments(NO_ADJUSTMENTS)).toBe(true);
    expect(isEmptyAdjustments({ ...NO_ADJUSTMENTS, excludedCompanies: ['Acme'] })).toBe(false);
  });
});
