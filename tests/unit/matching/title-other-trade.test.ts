import { describe, expect, it } from 'vitest';
import type { TitleEvidence } from '@/utils/matching/criteria/title-evidence';
import {
  compileEvidence,
  emptyScores,
  titleEvidenceScores,
} from '@/utils/matching/criteria/title-evidence-score';
import { romeStems } from '@/utils/matching/criteria/title-word-stats';
import { buildWordFilter, compileWordFilter, type WordTest } from '@/utils/matching/word-filter';
import { evidenceStatus } from './evidence-status';
import { evidenceOf, lexicon, scores, tokensOf, without } from './held-out-evidence';

/** The evidence as a match profile derived before it carried the other trades. */
const withoutOtherTrades = ({ otherTrades: _o, ...evidence }: TitleEvidence) => evidence;

describe("the family's head qualified into another trade", () => {
  const webDevelopers = evidenceOf(lexicon, 'M1855');

  it('lists the qualifiers other fiches write with the head, none the family itself uses', () => {
    // "Développeur / Développeuse de négatifs de films cinématographiques" (E1202), "… économique" (K1802).
    expect(webDevelopers.otherTrades).toEqual(
      expect.arrayContaining(['developpeur film', 'developpeur economiqu', 'developpeur photographi']),
    );
    for (const pair of webDevelopers.otherTrades ?? []) {
      const [head, qualifier] = pair.split(' ');
      expect(webDevelopers.heads).toContain(head);
      expect(Object.hasOwn(webDevelopers.words, qualifier ?? '')).toBe(false);
    }
    // A family whose heads no other fiche opens an appellation with has none.
    expect(evidenceOf(lexicon, 'D1102').otherTrades).toEqual([]);
  });

  it('heads no title of the family: the qualifier is a full miss, and no weaker rule reads the title', () => {
    for (const title of ['Développeur de films', 'Développeur économique', 'Développeuse photographie'])
      expect(evidenceStatus(title, webDevelopers), title).not.toBe('ok');
    const films = scores('Développeur de films', webDevelopers);
    expect(films.otherTrade).toBe(true);
    expect(films.strict).toBeLessThan(1);
  });

  it("lets the qualifiers no appellation writes with the head vary, as the head's own titles do", () => {
    for (const title of [
      'Développeur Java H/F',
      'Développeur Mainframe COBOL - Banque H/F',
      'Développeuse - Développeur Salesforce H/F',
    ]) {
      expect(scores(title, webDevelopers).otherTrade, title).toBe(false);
      expect(evidenceStatus(title, webDevelopers), title).toBe('ok');
    }
  });

  it('is what turns those titles away: a profile derived before the other trades matches them', () => {
    expect(evidenceStatus('Développeur de films', withoutOtherTrades(webDevelopers))).toBe('ok');
    expect(scores('Développeur de films', withoutOtherTrades(webDevelopers)).otherTrade).toBe(false);
  });

  it('finds a held-out label of another trade from the rest of its fiche', () => {
    // Held out as the eval does it: the database administrators' other appellations still qualify the head.
    const label = 'Administrateur / Administratrice de bases de données';
    const officeSystems = evidenceOf(without(label), 'I1405');
    expect(evidenceStatus(label, withoutOtherTrades(officeSystems))).toBe('ok');
    expect(evidenceStatus(label, officeSystems)).not.toBe('ok');
    expect(evidenceStatus('Administrateur bureautique', officeSystems)).toBe('ok');
  });
});

describe("the family's head that is another fiche's whole appellation", () => {
  // The match profile's filter of the ROME's stems: the rule needs it to tell a word no appellation uses.
  const romeWords = compileWordFilter(buildWordFilter(romeStems(lexicon))) as WordTest;
  const accounting = evidenceOf(lexicon, 'M1608');
  const secretaries = evidenceOf(lexicon, 'M1607');
  const withoutBareHeads = ({ bareHeads: _b, ...evidence }: TitleEvidence) => evidence;

  it('is listed when a fiche outside the family and its parent is that word alone', () => {
    // "Secrétaire" is an appellation of M1607; the accounting secretaries (M1608) head theirs with it.
    expect(accounting.bareHeads).toEqual(['secretair']);
    expect(secretaries.bareHeads).toEqual([]);
  });

  it('qualified by a word no ROME appellation uses, names that generic trade, not the family', () => {
    const title = 'Secrétaire de scolarité (F/H)';
    expect(romeWords('scolarit')).toBe(false);
    expect(evidenceStatus(title, accounting, romeWords)).not.toBe('ok');
    expect(evidenceStatus(title, withoutBareHeads(accounting), romeWords)).toBe('ok');
    const compiled = compileEvidence(accounting, romeWords);
    expect(titleEvidenceScores(tokensOf(title), compiled, emptyScores()).otherTrade).toBe(true);
    expect(evidenceStatus(title, secretaries, romeWords)).toBe('ok');
  });

  it('still lets a qualifier the ROME knows vary, and the head alone match', () => {
    expect(romeWords('btp')).toBe(true);
    for (const title of ['Secrétaire BTP H/F', 'Secrétaire H/F', 'Secrétaire comptable - CDI'])
      expect(evidenceStatus(title, accounting, romeWords), title).toBe('ok');
  });
});

describe("the family's head inside another trade's compound", () => {
  // "Responsable de bureau d'assurances": "bureau" heads the insurance offices' titles.
  const insuranceOffices = evidenceOf(lexicon, 'C1104');
  const title = "Technicien bureau d'études";

  it('lists the word other fiches write after the head inside their appellations', () => {
    // "Technicien / Technicienne de bureau d'études en électricité" and the other design offices'.
    expect(insuranceOffices.heads).toContain('bureau');
    expect(insuranceOffices.otherTrades).toContain('bureau etud');
  });

  it('leaves no loose reading headed by it: skipping "Technicien" no longer leaves the insurance offices\' "bureau"', () => {
    expect(evidenceStatus(title, insuranceOffices)).not.toBe('ok');
    expect(evidenceStatus(title, withoutOtherTrades(insuranceOffices))).toBe('ok');
    expect(evidenceStatus(title, evidenceOf(lexicon, 'F1104'))).toBe('ok');
  });
});
