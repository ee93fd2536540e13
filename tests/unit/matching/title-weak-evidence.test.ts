import { describe, expect, it } from 'vitest';
import type { TitleEvidence } from '@/utils/matching/criteria/title-evidence';
import type { EvidenceScores } from '@/utils/matching/criteria/title-evidence-score';
import { evidenceStatus } from './evidence-status';
import { evidenceOf, lexicon, scores, without } from './held-out-evidence';

const statusOf = evidenceStatus;

/** The evidence as a match profile derived before rivals carried it: the strict threshold alone. */
const withoutRivals = ({ rivals: _r, jobs: _j, generic: _g, ...family }: TitleEvidence) => family;

/** Weak evidence: at least 0, below the strict threshold of 1. */
function expectWeak(score: EvidenceScores) {
  expect(score.strict).toBeGreaterThanOrEqual(0);
  expect(score.strict).toBeLessThan(1);
}

describe('weak title evidence the family explains best of its domaine', () => {
  it('matches a job title with one unexplained word that no rival reads better', () => {
    const title = 'Ingénieur / Ingénieure en thermodynamique en industrie';
    const research = evidenceOf(without(title), 'H1206');
    const score = scores(title, research);
    expectWeak(score);
    expect(score.misses).toBe(1);
    expect(statusOf(title, withoutRivals(research))).toBe('ko');
    expect(statusOf(title, research)).toBe('ok');
  });

  it('matches a title headed by a word many fiches use ("Responsable …") too', () => {
    const title = 'Responsable de salle de sports';
    const sport = evidenceOf(without(title), 'G1405');
    expectWeak(scores(title, sport));
    expect(statusOf(title, withoutRivals(sport))).not.toBe('ok');
    expect(statusOf(title, sport)).toBe('ok');
  });

  it('leaves it a near métier when a rival of the domaine reads the title clearly better', () => {
    // "bazar" is a word of the self-service shelf employees (D1507), a rival of the non-food shelf managers.
    const title = 'Chef / Cheffe de rayon bazar';
    const reduced = without(title);
    const shelves = evidenceOf(reduced, 'D1503');
    const score = scores(title, shelves);
    expectWeak(score);
    expect(score.misses).toBeLessThanOrEqual(1);
    expect(scores(title, evidenceOf(reduced, 'D1507')).strict).toBeGreaterThan(score.strict + 1);
    expect(statusOf(title, shelves)).not.toBe('ok');
  });

  it('keeps the strict threshold for a title with two unexplained words (real Offres v2 title)', () => {
    const title = 'Agent Polyvalent en Résidence Autonomie (H/F)';
    const evidence = evidenceOf(lexicon, 'K1301');
    const score = scores(title, evidence);
    expectWeak(score);
    expect(score.misses).toBe(2);
    expect(statusOf(title, evidence)).not.toBe('ok');
    // The building maintenance agents (I1203) read it weak too while "polyvalent" weighed for them
    // (modifier-words.ts): now it is far below.
    expect(scores(title, evidenceOf(lexicon, 'I1203')).strict).toBeLessThan(0);
    expect(statusOf(title, evidenceOf(lexicon, 'I1203'))).not.toBe('ok');
  });

  it('makes a title of generic words only a near métier, not a match', () => {
    // "agent" and "exploitation" are words of 40 fiches or more: the title names no trade of its own.
    const title = "Agent d'exploitation (H/F)";
    const cleaners = evidenceOf(lexicon, 'J1301');
    expect(cleaners.generic).toContain('agent');
    expect(cleaners.common).toContain('exploitation');
    expectWeak(scores(title, cleaners));
    expect(statusOf(title, cleaners)).toBe('partial');
    // One word of its own and the weak rule reads it as before.
    expect(statusOf("Agent d'exploitation hospitalier", cleaners)).toBe('ok');
  });

  it('keeps it for a title that opens with no job noun (real Offres v2 titles)', () => {
    for (const [title, code] of [
      ['CAP petite enfance (H/F)', 'K1307'],
      // ("Learning & Capabilities Specialist" for M1805 was the second: "learning" alone is now a compound's part.)
    ] as const) {
      const evidence = evidenceOf(lexicon, code);
      const score = scores(title, evidence);
      expectWeak(score);
      expect(score.misses).toBeLessThanOrEqual(1);
      expect(statusOf(title, evidence)).not.toBe('ok');
    }
  });
});
