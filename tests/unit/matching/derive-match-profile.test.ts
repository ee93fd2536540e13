import { describe, expect, it } from 'vitest';
import { deriveMatchProfile } from '@/utils/matching/derive-match-profile';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { compileWordFilter } from '@/utils/matching/word-filter';
import type { Metier, Profile } from '@/utils/profile/model';
import { loadCommunes, loadLexicon } from '../../../scripts/data/load-assets';

const data = { lexicon: loadLexicon(), communes: loadCommunes() };

const metier = (over: Partial<Metier>): Metier => ({
  typologie: { code: 'MR', label: 'Métier Recherché', creation: false, reprise: false, franchise: false },
  places: [],
  contracts: [],
  workTimes: [],
  ...over,
});
const profileOf = (...metiers: Metier[]): Profile => ({
  source: 'manual',
  updatedAt: '2026-11-29T00:00:00Z',
  metiers,
});

const boulanger = metier({
  rome: { code: 'D1102', label: 'Boulangerie - viennoiserie' },
  appellation: { code: '11573', label: 'Boulanger / Boulangère' },
  places: [
    { kind: 'commune', code: '69123', label: 'LYON', postalCode: '69001', radiusKm: 30 },
    { kind: 'departement', code: '38', label: 'Isère' },
  ],
  contracts: [
    { code: 'CDI', label: 'CDI', longLabel: 'Contrat à durée indéterminée', priority: 1 },
    { code: 'XYZ', label: 'Apprentissage', longLabel: "Contrat d'apprentissage", priority: 2 },
  ],
  workTimes: [{ kind: 'full', code: '1', label: 'temps plein' }],
  salary: { amount: 11.88, unit: 'H', unitLabel: 'Horaire' },
  experience: { value: 3, unit: 'years', unitLabel: 'An(s)' },
});

describe('deriveMatchProfile', () => {
  it('is null without a profile', () => {
    expect(deriveMatchProfile(null, data)).toBeNull();
  });

  it('turns a métier into its title family, zone, contracts, salary, working time and experience', () => {
    const mp = deriveMatchProfile(profileOf(boulanger), data);
    const m = mp?.metiers[0];
    expect(m?.label).toBe('Boulanger / Boulangère');
    expect(m?.titleForms).toEqual(expect.arrayContaining(['boulanger', 'boulangere', 'boulanger patissier']));
    expect(m?.contracts).toEqual(['CDI', 'ALT']);
    expect(m?.workTimes).toEqual(['full']);
    expect(m?.minMonthlySalary).toBe(Math.round(11.88 * 151.67));
    expect(m?.experienceMonths).toBe(36);
    const villeurbanne = m?.zone.communes.find((c) => c.name === 'villeurbanne');
    expect(villeurbanne?.departement).toBe('69');
    expect(villeurbanne?.km).toBeGreaterThan(3);
    expect(villeurbanne?.km).toBeLessThan(7);
    expect(m?.zone.communes.some((c) => c.name === 'lyon 3e arrondissement')).toBe(true);
    expect(m?.zone.communes.some((c) => c.name === 'grenoble')).toBe(false);
    expect(m?.zone.departements).toEqual([{ code: '38', label: 'Isère' }]);
    expect(m?.zone.centers[0]?.radiusKm).toBe(30);
    expect(m?.zone.unrestricted).toBe(false);
  });

  it('carries the title evidence of the family, small enough to send to content scripts', () => {
    const m = deriveMatchProfile(profileOf(boulanger), data)?.metiers[0];
    const evidence = m?.titleEvidence;
    expect(evidence?.words.boulanger).toBeGreaterThan(0);
    expect(evidence?.miss).toBeLessThan(0);
    const family = (e: typeof evidence) =>
      JSON.stringify({
        ...e,
        rivals: undefined,
        jobs: undefined,
        generic: undefined,
        otherTrades: undefined,
        bareHeads: undefined,
        bound: undefined,
        otherAppellations: undefined,
      });
    expect(family(evidence).length).toBeLessThan(4000);
    // A parent code's family is every fiche under it: still a few kilobytes (4 KB here, 5.3 KB at most
    // over the 532, H1206's).
    const parent = deriveMatchProfile(profileOf(metier({ rome: { code: 'M1805', label: '' } })), data);
    const parentEvidence = parent?.metiers[0]?.titleEvidence;
    expect(family(parentEvidence).length).toBeLessThan(4500);
    // Its head qualified into other trades ("developpeur film"): 3.6 KB at most over the 1,584 codes.
    expect(parentEvidence?.otherTrades).toContain('developpeur film');
    expect(JSON.stringify(parentEvidence?.otherTrades).length).toBeLessThan(4000);
    // Its heads that are another fiche's whole appellation ("webmaster"): 75 B at most over the 1,584 codes.
    expect(parentEvidence?.bareHeads).toContain('webmaster');
    expect(JSON.stringify(parentEvidence?.bareHeads).length).toBeLessThan(100);
    // The other trades' appellations its evidence would take whole: 1.5 KB here, 6.3 KB at most over the 1,584 codes.
    expect(parentEvidence?.otherAppellations?.length).toBeGreaterThan(10);
    expect(JSON.stringify(parentEvidence?.otherAppellations).length).toBeLessThan(7000);
    // Its compound parts ("learning machin"): 650 B at most over the 1,584 codes.
    expect(parentEvidence?.bound).toContain('learning machin');
    expect(JSON.stringify(parentEvidence?.bound).length).toBeLessThan(1000);
    // With the word weights of its rivals (67 fiches of M18 for it), the other jobs and trades: 25 KB at most over the 1,584 codes.
    expect(parentEvidence?.rivals?.length).toBeGreaterThan(10);
    expect(JSON.stringify(parentEvidence).length).toBeLessThan(26_000);
  });

  it("carries the ROME's stems as a small word filter, which the title criterion reads", () => {
    const theatreNurse = metier({ rome: { code: 'J1504', label: '' } });
    const match = deriveMatchProfile(profileOf(theatreNurse), data);
    if (!match) throw new Error('a match profile');
    const romeWords = compileWordFilter(match.romeWords);
    expect(romeWords?.('boulanger')).toBe(true);
    expect(romeWords?.('marketing')).toBe(true);
    expect(romeWords?.('kotlin')).toBe(false);
    expect(JSON.stringify(match.romeWords).length).toBeLessThan(8000);
    // "marketing" is no word of the nurses' domaine, but it names other jobs: the title is no nurse's.
    // ("Chargé(e)", not the real board title's "Assistant(e)": a job noun heading no nurse's appellation
    // keeps that title from them without the filter too.)
    const offer = { title: 'Chargé(e) Marketing Opérationnel - Stage' };
    const title = (m: typeof match) => scoreOffer(offer, compileMatchProfile(m)).criteria.title.status;
    expect(title(match)).not.toBe('ok');
    const { romeWords: _r, ...before } = match;
    expect(title(before)).toBe('ok');
  });

  it('has no title evidence for a code the lexicon does not know, only the forms of its own label', () => {
    const m = deriveMatchProfile(
      profileOf(
        metier({ rome: { code: 'Z9999', label: '' }, appellation: { code: '0', label: 'Boulanger' } }),
      ),
      data,
    )?.metiers[0];
    expect(m?.titleEvidence).toBeUndefined();
    expect(m?.titleForms).toEqual(['boulanger']);
  });

  it('gives sibling fiches of a parent code as related forms', () => {
    // M1805 is a v4 fiche under a parent code: its siblings are partial matches.
    const code = data.lexicon.fiches.find((f) => f.code !== f.parent)?.code ?? '';
    const mp = deriveMatchProfile(profileOf(metier({ rome: { code, label: '' } })), data);
    const m = mp?.metiers[0];
    expect(m?.titleForms.length).toBeGreaterThan(0);
    expect(m?.relatedForms.length).toBeGreaterThan(0);
    expect(m?.relatedForms.some((f) => m.titleForms.includes(f))).toBe(false);
  });

  it('reads a postal code given where the INSEE code belongs, and a commune without radius', () => {
    const mp = deriveMatchProfile(
      profileOf(
        metier({
          rome: { code: 'D1102', label: '' },
          places: [{ kind: 'commune', code: '69100', label: 'VILLEURBANNE' }],
        }),
      ),
      data,
    );
    expect(mp?.metiers[0]?.zone.communes.map((c) => c.name)).toEqual(['villeurbanne']);
  });

  it('leaves out an EF project with no job named, and keeps the place unrestricted without places', () => {
    const ef = metier({
      typologie: { code: 'EF', label: 'Création', creation: true, reprise: false, franchise: false },
    });
    const mp = deriveMatchProfile(profileOf(ef, metier({ rome: { code: 'D1102', label: '' } })), data);
    expect(mp?.metiers).toHaveLength(1);
    expect(mp?.metiers[0]?.zone.unrestricted).toBe(true);
  });

  it('adds the person’s keywords and exclusions', () => {
    const mp = deriveMatchProfile(profileOf(boulanger), data, {
      keywords: ['Tourier'],
      excludedKeywords: ['industriel'],
      excludedCompanies: ['Mie Câline'],
    });
    expect(mp?.metiers[0]?.titleForms).toContain('tourier');
    expect(mp?.excludedKeywords).toEqual(['industriel']);
  });

  it('scores real offers end to end', () => {
    const mp = deriveMatchProfile(profileOf(boulanger), data);
    if (!mp) throw new Error('no match profile');
    const compiled = compileMatchProfile(mp);
    expect(
      scoreOffer({ title: 'Boulanger H/F', location: '69 - VILLEURBANNE', contract: 'CDI' }, compiled)
        .verdict,
    ).toBe('match');
    expect(
      scoreOffer({ title: 'Boulangère', location: '75 - PARIS 15' }, compiled).criteria.place.status,
    ).toBe('ko');
    expect(scoreOffer({ title: 'Comptable', location: 'Lyon' }, compiled).verdict).toBe('no');
  });
});
