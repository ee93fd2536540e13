import { describe, expect, it } from 'vitest';
import type { TitleEvidence } from '@/utils/matching/criteria/title-evidence';
import { evidenceStatus } from './evidence-status';
import { evidenceOf, lexicon, scores } from './held-out-evidence';

/** The evidence as a match profile derived before it carried the compound parts. */
const withoutBound = ({ bound: _b, ...evidence }: TitleEvidence) => evidence;

describe("a compound's part without its partner", () => {
  const bimManagers = evidenceOf(lexicon, 'F1125');
  const aiEngineers = evidenceOf(lexicon, 'M1889');
  const csrManagers = evidenceOf(lexicon, 'M1406');

  it('lists the words the family always writes beside the same word, that other fiches use too', () => {
    // "Ingénieur / Ingénieure machine learning", "Développeur / Développeuse Machine Learning".
    expect(aiEngineers.bound).toEqual(expect.arrayContaining(['learning machin', 'machin learning']));
    // "BIM Manager", "Chef / Cheffe de projet BIM", "Coordinateur / Coordinatrice de projet BIM"…
    expect(bimManagers.bound).toContain('projet bim');
    for (const evidence of [aiEngineers, bimManagers, csrManagers])
      for (const pair of evidence.bound ?? []) {
        const [word = '', partner = ''] = pair.split(' ');
        expect(Object.hasOwn(evidence.words, word), pair).toBe(true);
        expect(Object.hasOwn(evidence.words, partner), pair).toBe(true);
      }
    // A word that heads one of the family's appellations is no part: "boulanger" stands alone.
    expect(evidenceOf(lexicon, 'D1102').bound ?? []).not.toContainEqual(expect.stringMatching(/^boulang/));
  });

  it('counts half its weight alone', () => {
    const alone = scores('Chef de projet construction', bimManagers);
    const before = scores('Chef de projet construction', withoutBound(bimManagers));
    expect(alone.strict).toBeCloseTo(before.strict - (bimManagers.words.projet ?? 0) / 2, 5);
    expect(evidenceStatus('Chef de projet construction', bimManagers)).not.toBe('ok');
    expect(evidenceStatus('Chef de projet construction', withoutBound(bimManagers))).toBe('ok');
  });

  it('takes a real Offres v2 title below weak evidence for the developers and AI engineers (M1805)', () => {
    const title = 'Learning & Capabilities Specialist (H/F)';
    const parent = evidenceOf(lexicon, 'M1805');
    expect(parent.bound).toContain('learning machin');
    expect(scores(title, withoutBound(parent)).strict).toBeGreaterThanOrEqual(0);
    expect(scores(title, parent).strict).toBeLessThan(0);
    expect(evidenceStatus(title, parent)).not.toBe('ok');
  });

  it('counts whole beside its partner', () => {
    expect(scores('Chef de projet BIM', bimManagers)).toEqual(
      scores('Chef de projet BIM', withoutBound(bimManagers)),
    );
    expect(evidenceStatus('Chef de projet BIM - Bureau d’études', bimManagers)).toBe('ok');
    expect(evidenceStatus('Ingénieur Machine Learning H/F', aiEngineers)).toBe('ok');
  });

  it('still backs the title: a strong part alone can match', () => {
    // "rse" is always written with "responsabilité sociétale" by the CSR fiche, and used by others.
    expect(csrManagers.bound).toEqual(expect.arrayContaining(['rse responsabilit']));
    expect(scores('Stage - Chargé.e de missions RSE', csrManagers).backed).toBe(true);
    expect(evidenceStatus('Stage - Chargé.e de missions RSE', csrManagers)).toBe('ok');
  });
});
