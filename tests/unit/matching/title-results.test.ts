/**
 * The title results kept on a parsed title (title-results.ts): a recurring
 * title is scored once per compiled métier, and no result crosses from one
 * compiled profile to another, however many score the same title.
 */
import { describe, expect, it } from 'vitest';
import type { MatchMetier } from '@/utils/matching/match-profile';
import type { CriterionResult } from '@/utils/matching/result';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { emptyTitleResults, titleResult } from '@/utils/matching/title-results';
import { matchProfileOf } from './match-profile-of';

const zone = { communes: [], departements: [], regions: [], centers: [], unrestricted: true };
const metier = (label: string, titleForms: string[]): MatchMetier => ({
  label,
  titleForms,
  relatedForms: [],
  zone,
  contracts: [],
  workTimes: [],
});
const profileOf = (...metiers: MatchMetier[]) => compileMatchProfile(matchProfileOf(metiers));

describe('titleResult', () => {
  const ok: CriterionResult = { status: 'ok', reason: 'Boulanger / Boulangère' };

  it('computes a title once per owner, and keeps owners apart', () => {
    const memo = emptyTitleResults();
    const owners = Array.from({ length: 12 }, () => ({}));
    const calls = owners.map(() => 0);
    const compute = (input: number, _owner: object): CriterionResult => {
      calls[input] = (calls[input] ?? 0) + 1;
      return { status: 'ko', reason: `owner ${input}` };
    };
    // Every owner three times, in turn: the first two in fields, the others in the list, which keeps 6.
    for (let round = 0; round < 3; round++)
      owners.forEach((owner, i) => {
        expect(titleResult(memo, owner, i, compute).reason).toBe(`owner ${i}`);
      });
    expect(calls.slice(0, 2)).toEqual([1, 1]);
    // Ten owners in a list of six, in a cycle: each is dropped before it comes back.
    expect(calls.slice(2)).toEqual(Array(10).fill(3));
    expect(titleResult(memo, owners[0] ?? {}, 0, () => ok).reason).toBe('owner 0');
  });

  it('keeps the last six owners past the first two', () => {
    const memo = emptyTitleResults();
    const owners = Array.from({ length: 8 }, () => ({}));
    let calls = 0;
    const compute = (i: number): CriterionResult => {
      calls++;
      return { status: 'partial', reason: `owner ${i}` };
    };
    for (let round = 0; round < 3; round++)
      for (const [i, owner] of owners.entries()) titleResult(memo, owner, i, compute);
    // Computed on the first visit, then kept.
    expect(calls).toBe(8);
  });
});

describe('a recurring title scored against several compiled profiles', () => {
  it('gets each profile its own title result, in any order', () => {
    const bakers = profileOf(metier('Boulanger / Boulangère', ['boulanger', 'boulangere']));
    const developers = profileOf(metier('Développeur / Développeuse web', ['developpeur web']));
    const both = profileOf(
      metier('Développeur / Développeuse web', ['developpeur web']),
      metier('Boulanger / Boulangère', ['boulanger', 'boulangere']),
    );
    const offer = { title: 'Boulanger H/F', company: 'Maison Pain' };
    for (let round = 0; round < 3; round++) {
      expect(scoreOffer(offer, developers).criteria.title).toEqual({
        status: 'ko',
        reason: 'autre métier que Développeur / Développeuse web',
      });
      expect(scoreOffer(offer, bakers).criteria.title).toEqual({
        status: 'ok',
        reason: 'Boulanger / Boulangère',
      });
      expect(scoreOffer(offer, both).metier).toBe('Boulanger / Boulangère');
      expect(scoreOffer(offer, both).verdict).toBe('match');
    }
  });
});
