import { describe, expect, it } from 'vitest';
import type { TitleEvidence } from '@/utils/matching/criteria/title-evidence';
import { compileEvidence } from '@/utils/matching/criteria/title-evidence-score';
import { hasUnknownWord } from '@/utils/matching/criteria/title-unknown-word';
import { buildWordFilter, compileWordFilter, type WordTest } from '@/utils/matching/word-filter';
import { evidenceStatus } from './evidence-status';
import { evidenceOf, lexicon, scores, tokensOf, without } from './held-out-evidence';

/** A word filter holding these stems (the match profile's `romeWords` of a tiny ROME). */
function romeWordsOf(...stems: string[]): WordTest {
  const test = compileWordFilter(buildWordFilter(stems));
  if (!test) throw new Error('a built filter compiles');
  return test;
}

/** The evidence with one more word in every rival's weights, as if the domaine used it elsewhere. */
function rivalsKnowing(evidence: TitleEvidence, word: string): TitleEvidence {
  return { ...evidence, rivals: (evidence.rivals ?? []).map((words) => ({ ...words, [word]: -1 })) };
}

describe('a title word no fiche of the domaine uses', () => {
  // The earth-moving machine drivers (F1302) have no "rabot"; no fiche of their domaine has either.
  const title = 'Conducteur / Conductrice de rabots';
  const drivers = evidenceOf(without(title), 'F1302');

  it('costs less than a miss: a job title with that one word matches its family', () => {
    const score = scores(title, drivers);
    expect(score.misses).toBe(1);
    expect(score.strict).toBeLessThan(0);
    expect(hasUnknownWord(tokensOf(title), compileEvidence(drivers))).toBe(true);
    expect(evidenceStatus(title, drivers)).toBe('ok');
  });

  it('is a full miss when a rival of the domaine uses the word', () => {
    const known = rivalsKnowing(drivers, 'rabot');
    expect(hasUnknownWord(tokensOf(title), compileEvidence(known))).toBe(false);
    expect(evidenceStatus(title, known)).not.toBe('ok');
  });

  it('is a full miss for a profile derived before the rivals', () => {
    const { rivals: _r, jobs: _j, generic: _g, ...family } = drivers;
    expect(hasUnknownWord(tokensOf(title), compileEvidence(family))).toBe(false);
    expect(evidenceStatus(title, family)).not.toBe('ok');
  });

  it('is no unknown word when the family uses it', () => {
    const evidence = compileEvidence(drivers);
    // "conducteur" is a family word; "engin" too ("Conducteur d'engins de chantier").
    expect(hasUnknownWord(tokensOf("Conducteur d'engins"), evidence)).toBe(false);
    expect(hasUnknownWord(tokensOf('Conducteur zygomatique'), evidence)).toBe(true);
  });

  it('leaves the real Offres v2 titles as they were (no job noun first, or two unexplained words)', () => {
    for (const [offer, code] of [
      ['CAP petite enfance (H/F)', 'K1307'],
      ['Learning & Capabilities Specialist (H/F)', 'M1805'],
      ['Agent Polyvalent en Résidence Autonomie (H/F)', 'K1301'],
      ['Agent Polyvalent en Résidence Autonomie (H/F)', 'I1203'],
    ] as const)
      expect(evidenceStatus(offer, evidenceOf(lexicon, code))).not.toBe('ok');
  });

  it("is no unknown word when another domaine's appellations use it", () => {
    // "marketing" is no word of the nurses' domaine (J15), but it names the marketing jobs. (The real
    // board title says "Assistant(e)", a job noun many fiches use that heads no nurse's appellation:
    // that alone now keeps it from the nurses, title-evidence-score.ts.)
    const theatreNurses = evidenceOf(lexicon, 'J1504');
    expect(evidenceStatus('Assistant(e) Marketing Opérationnel - Stage', theatreNurses)).not.toBe('ok');
    const title = 'Chargé(e) Marketing Opérationnel - Stage';
    expect(hasUnknownWord(tokensOf(title), compileEvidence(theatreNurses))).toBe(true);
    expect(evidenceStatus(title, theatreNurses)).toBe('ok');
    const rome = romeWordsOf('marketing', 'operationnel');
    expect(hasUnknownWord(tokensOf(title), compileEvidence(theatreNurses, rome))).toBe(false);
    expect(evidenceStatus(title, theatreNurses, rome)).not.toBe('ok');
    // A word no appellation uses stays unknown, the rule as it was.
    const withoutRabot = romeWordsOf('conducteur', 'engin');
    expect(evidenceStatus('Conducteur / Conductrice de rabots', drivers, withoutRabot)).toBe('ok');
  });
});
