/** The person's excluded keywords and companies: never a match, and the reason kept for the page to show. */
import { describe, expect, it } from 'vitest';
import type { MatchMetier } from '@/utils/matching/match-profile';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { matchProfileOf } from './match-profile-of';

const boulanger: MatchMetier = {
  label: 'Boulanger / Boulangère',
  romeCode: 'D1102',
  titleForms: ['boulanger', 'boulangere', 'ouvrier boulanger', 'boulanger patissier'],
  relatedForms: ['patissier', 'patissiere'],
  zone: {
    communes: [{ name: 'lyon', departement: '69', postalCodes: ['69001'], km: 0, near: 'Lyon' }],
    departements: [],
    regions: [],
    centers: [{ label: 'Lyon', lat: 45.758, lon: 4.835, radiusKm: 30 }],
    unrestricted: false,
  },
  contracts: ['CDI'],
  workTimes: ['full'],
};

const plain = compileMatchProfile(matchProfileOf([boulanger]));
const withExclusions = compileMatchProfile(
  matchProfileOf([boulanger], { excludedKeywords: ['Industriel'], excludedCompanies: ['Mie Câline'] }),
);

describe('scoreOffer with exclusions', () => {
  it('turns a match with an excluded keyword into an excluded "no", score 0, with the word as reason', () => {
    const offer = { title: 'Boulanger industriel (H/F)', location: '69 - LYON 03', contract: 'CDI' };
    expect(scoreOffer(offer, plain).verdict).toBe('match');
    const result = scoreOffer(offer, withExclusions);
    expect(result.verdict).toBe('no');
    expect(result.score).toBe(0);
    expect(result.excluded).toBe('mot exclu : industriel');
    expect(result.criteria.title).toEqual({ status: 'ko', reason: 'mot exclu : industriel' });
  });

  it('turns a partial match from an excluded company into an excluded "no"', () => {
    const offer = { title: 'Boulanger', company: 'MIE CÂLINE', location: 'Lyon', contract: 'CDD' };
    expect(scoreOffer(offer, plain).verdict).toBe('partial');
    const result = scoreOffer(offer, withExclusions);
    expect(result.verdict).toBe('no');
    expect(result.score).toBe(0);
    expect(result.excluded).toBe('entreprise exclue');
  });

  it('says nothing of exclusion for an offer that was no match anyway', () => {
    const offer = { title: 'Technicien industriel de maintenance', location: 'Lyon' };
    expect(scoreOffer(offer, plain).verdict).toBe('no');
    const result = scoreOffer(offer, withExclusions);
    expect(result.verdict).toBe('no');
    expect(result.excluded).toBeUndefined();
  });

  it('leaves offers the exclusions do not name as they were', () => {
    const offer = {
      title: 'Boulanger pâtissier',
      company: 'La Mie Caline',
      location: 'Lyon',
      contract: 'CDI',
    };
    const result = scoreOffer(offer, withExclusions);
    expect(result).toEqual(scoreOffer(offer, plain));
    expect(result.excluded).toBeUndefined();
  });
});
