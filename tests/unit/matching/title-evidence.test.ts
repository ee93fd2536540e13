import { describe, expect, it } from 'vitest';
import type { TitleEvidence } from '@/utils/matching/criteria/title-evidence';
import {
  compileEvidence,
  type EvidenceScores,
  emptyScores,
  titleEvidenceScore,
  titleEvidenceScores,
} from '@/utils/matching/criteria/title-evidence-score';
import { titleEvidenceOf } from '@/utils/matching/criteria/title-evidence-weights';
import { parseOffer } from '@/utils/matching/parse-offer';
import { PARSE_TABLES } from '@/utils/matching/parse-tables';
import { stemWord } from '@/utils/matching/stem';
import { titleTokens } from '@/utils/matching/title';
import { loadLexicon } from '../../../scripts/data/load-assets';
import { lexiconWithout } from '../../../scripts/lib/eval-title';
import { evidenceStatus } from './evidence-status';

const lexicon = loadLexicon();

describe('stemWord', () => {
  it('folds the genders and numbers of real appellation words into one stem', () => {
    const pairs: Array<[string, string]> = [
      ['administrative', 'administratif'],
      ['administratifs', 'administratif'],
      ['financiere', 'financier'],
      ['vendeuse', 'vendeur'],
      ['directrice', 'directeur'],
      ['technicienne', 'technicien'],
      ['techniciens', 'technicien'],
      ['commerciale', 'commercial'],
      ['commerciaux', 'commercial'],
      ['employee', 'employe'],
      ['polyvalente', 'polyvalent'],
      ['boulangere', 'boulanger'],
      ['cheffe', 'chef'],
      ['adjointe', 'adjoint'],
      ['maitresse', 'maitre'],
      ['patronne', 'patron'],
      ['agente', 'agent'],
    ];
    for (const [feminineOrPlural, masculine] of pairs)
      expect(stemWord(feminineOrPlural)).toBe(stemWord(masculine));
  });

  it('leaves short words and words ending in ss, us or is as they are', () => {
    for (const word of ['bus', 'cap', 'chef', 'process', 'commis', 'campus'])
      expect(stemWord(word)).toBe(word);
  });

  it('drops a final e the same way on both sides, so a word and its plural still meet', () => {
    expect(stemWord('analyse')).toBe(stemWord('analyses'));
    expect(stemWord('technique')).toBe(stemWord('techniques'));
    expect(stemWord('commise')).toBe(stemWord('commis'));
  });
});

describe('titleEvidenceOf', () => {
  const boulanger = titleEvidenceOf(lexicon, 'D1102');

  it('weighs a word the family names far above a word the whole ROME uses', () => {
    const weight = (word: string) => boulanger?.words[stemWord(word)];
    expect(weight('boulanger')).toBeGreaterThan(3);
    expect(weight('boulanger')).toBeGreaterThan(weight('ouvrier') ?? 0);
    expect(boulanger?.miss).toBeLessThan(0);
  });

  it('lists the common words the family never uses, which count less against a title than a rare one', () => {
    const common = new Set(boulanger?.common);
    expect(common.has(stemWord('technicien'))).toBe(true);
    expect(common.has(stemWord('boulanger'))).toBe(false);
    for (const word of common) expect(boulanger?.words).not.toHaveProperty(word);
    expect(boulanger?.commonMiss).toBeGreaterThan(boulanger?.miss ?? 0);
    expect(boulanger?.commonMiss).toBeLessThan(0);
  });

  it('gives nothing for an unknown code', () => {
    expect(titleEvidenceOf(lexicon, 'Z9999')).toBeUndefined();
  });

  it('keeps every word of a parent code family (all the fiches under it)', () => {
    const parent = titleEvidenceOf(lexicon, 'H2903');
    const child = titleEvidenceOf(lexicon, 'H2918');
    for (const word of Object.keys(child?.words ?? {})) expect(parent?.words).toHaveProperty(word);
  });
});

describe('titleEvidenceScore', () => {
  const evidence = compileEvidence(
    titleEvidenceOf(lexicon, 'D1102') ?? { words: {}, miss: 0, common: [], commonMiss: 0 },
  );

  it('counts both genders of one word of a real title once', () => {
    const tokens = titleTokens('Boulanger / Boulangère (H/F)');
    expect(tokens).toEqual(['boulanger', 'boulangere']);
    expect(titleEvidenceScore(tokens, evidence)).toBe(titleEvidenceScore(['boulanger'], evidence));
  });

  it('counts a common word outside the family less against it than a rare one', () => {
    // "ouvrier", a word of many fiches, heads no title, nor does "ouvrier traiteur": the words after it count in full.
    const base = titleEvidenceScore(['ouvrier', 'traiteur'], evidence);
    expect(titleEvidenceScore(['ouvrier', 'traiteur', 'technicien'], evidence)).toBeCloseTo(
      base + evidence.commonMiss,
    );
    expect(titleEvidenceScore(['ouvrier', 'traiteur', 'kotlin'], evidence)).toBeCloseTo(base + evidence.miss);
  });

  it('lets the qualifiers of a title headed by a specific family job noun vary', () => {
    // "viennoisier" names the bakery family; "ouvrier", a word of many fiches, heads nothing.
    const underHead =
      titleEvidenceScore(['viennoisier', 'kotlin'], evidence) - titleEvidenceScore(['viennoisier'], evidence);
    const underGeneric =
      titleEvidenceScore(['ouvrier', 'viennoisier', 'kotlin'], evidence) -
      titleEvidenceScore(['ouvrier', 'viennoisier'], evidence);
    expect(underHead).toBeGreaterThan(underGeneric);
    expect(titleEvidenceScore(['viennoisier', 'ouvrier'], evidence)).toBeGreaterThan(
      titleEvidenceScore(['ouvrier', 'viennoisier'], evidence),
    );
  });

  it('takes no head from a word that is no French job noun (an English title puts its head last)', () => {
    // "learning" (machine learning) weighs for the developer fiche, but "Learning Specialist" is headed by its last word.
    const developer = compileEvidence(
      titleEvidenceOf(lexicon, 'M1805') ?? { words: {}, miss: 0, common: [], commonMiss: 0 },
    );
    expect(developer.words.get('learning')).toBeGreaterThan(0);
    expect(titleEvidenceScore(['learning', 'kotlin'], developer)).toBeCloseTo(
      titleEvidenceScore(['learning'], developer) + developer.miss,
    );
  });

  it('counts a foreign job noun heading a title more against the family than a foreign qualifier', () => {
    // "soudeur" is a job noun of no bakery appellation; "kotlin" is no job noun.
    const soudeur = titleEvidenceScore(['soudeur', 'boulanger'], evidence);
    const kotlin = titleEvidenceScore(['kotlin', 'boulanger'], evidence);
    expect(soudeur).toBeLessThan(kotlin);
  });

  it('counts a word of a sibling fiche (same parent code: web developer M1855 under M1805) for the family, not against it', () => {
    const web = titleEvidenceOf(lexicon, 'M1855');
    const near = web?.near ?? [];
    expect(near.length).toBeGreaterThan(0);
    const compiled = compileEvidence(web ?? { words: {}, miss: 0, common: [], commonMiss: 0 });
    const word = near[0] ?? '';
    expect(compiled.words.has(word)).toBe(false);
    expect(titleEvidenceScore(['ouvrier', word], compiled)).toBeGreaterThan(
      titleEvidenceScore(['ouvrier', 'kotlin'], compiled),
    );
  });

  it('counts a word of the same root as a family word (same first 6 letters) a share of that word, not a miss', () => {
    const informatique = compileEvidence(
      titleEvidenceOf(lexicon, 'M1810') ?? { words: {}, miss: 0, common: [], commonMiss: 0 },
    );
    const stem = stemWord('informaticien');
    expect(informatique.words.has(stem)).toBe(false);
    const root = [...informatique.words].filter(([word]) => word.startsWith('inform')).map(([, w]) => w);
    expect(root.length).toBeGreaterThan(0);
    const score = titleEvidenceScore([stem], informatique);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(Math.max(...root));
    // A shorter word is no root: "infor" is a miss.
    expect(titleEvidenceScore(['infor'], informatique)).toBe(informatique.miss);
  });

  it('counts a word outside the family against it, and reads no word from the prototype', () => {
    const score = titleEvidenceScore(['ouvrier', 'traiteur', 'constructor'], evidence);
    expect(score).toBeCloseTo(titleEvidenceScore(['ouvrier', 'traiteur'], evidence) + evidence.miss);
    expect(Number.isFinite(titleEvidenceScore(['constructor', '__proto__'], evidence))).toBe(true);
  });
});

describe('title evidence beyond the family words', () => {
  const compiled = (code: string) => {
    const evidence = titleEvidenceOf(lexicon, code);
    if (!evidence) throw new Error(`no evidence for ${code}`);
    return { evidence, compiled: compileEvidence(evidence) };
  };

  it('never weighs a word the family uses below a common word it does not use', () => {
    for (const code of ['D1102', 'M1805', 'I1304', 'K2204', 'H1206']) {
      const { evidence } = compiled(code);
      for (const weight of Object.values(evidence.words))
        expect(weight).toBeGreaterThanOrEqual(evidence.commonMiss);
    }
  });

  it('counts a word of the same root as a family word ("boulangerie" for "boulanger") a share of it', () => {
    const { compiled: bakery } = compiled('D1102');
    const stem = stemWord('boulangerie');
    expect(bakery.words.has(stem)).toBe(false);
    const score = titleEvidenceScore(['boulangerie'], bakery);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(bakery.words.get('boulanger') ?? 0);
  });

  it('lets one qualifier vary after a pair of first words of the family ("Chef de rayon …"), not two', () => {
    // D1502: "Chef / Cheffe de rayon produits alimentaires"; "chef" alone names many fiches.
    const { evidence, compiled: shelf } = compiled('D1502');
    expect(evidence.headPairs).toContain('chef rayon');
    expect(evidence.heads).not.toContain('chef');
    const score = (title: string) => titleEvidenceScore(titleTokens(title), shelf);
    // The same words in another order open with no pair: the qualifier counts in full there.
    expect(score('Chef de rayon kotlin')).toBeGreaterThan(score('Rayon chef kotlin'));
    expect(score('Chef de rayon kotlin')).toBeGreaterThanOrEqual(score('Chef de rayon'));
    expect(score('Chef de rayon kotlin scala')).toBeCloseTo(score('Rayon chef kotlin scala'));
    expect(score('Chef de rayon kotlin scala')).toBeLessThan(score('Chef de rayon kotlin'));
  });

  it('reads the near words of the ROME v3 label of the parent code ("Boulangerie - viennoiserie")', () => {
    expect(lexicon.fiche('D1102')?.v3Label).toBe('Boulangerie - viennoiserie');
    const { evidence } = compiled('D1102');
    expect(evidence.near).toContain(stemWord('viennoiserie'));
    const { compiled: bakery } = compiled('D1102');
    expect(titleEvidenceScore(['ouvrier', 'viennoiserie'], bakery)).toBeGreaterThan(
      titleEvidenceScore(['ouvrier', 'kotlin'], bakery),
    );
  });
});

describe('rival fiches of the domaine professionnel', () => {
  /** The lexicon without the appellations of these labels, as the eval holds them out: no form can find them. */
  const without = (...labels: string[]) => {
    const codes = lexicon.appellations.filter((a) => labels.includes(a.label)).map((a) => a.code);
    expect(codes).toHaveLength(labels.length);
    return lexiconWithout(lexicon, new Set(codes));
  };
  const statusOf = (evidence: TitleEvidence | undefined, title: string) => evidenceStatus(title, evidence);
  const scores = (title: string, evidence: TitleEvidence): EvidenceScores =>
    titleEvidenceScores(
      parseOffer({ title }, PARSE_TABLES).titleTokens,
      compileEvidence(evidence),
      emptyScores(),
    );
  /** The evidence as a match profile derived before rivals carried it. */
  const withoutRivals = ({ rivals: _r, jobs: _j, generic: _g, ...family }: TitleEvidence) => family;

  it('carries the word weights of the fiches of the same domaine professionnel under another parent code', () => {
    const truck = titleEvidenceOf(lexicon, 'N4101');
    const rivals = truck?.rivals ?? [];
    const codes = lexicon.fiches.filter(
      (f) => f.code.startsWith('N41') && lexicon.parentOf(f.code) !== lexicon.parentOf('N4101'),
    );
    expect(rivals.length).toBe(codes.filter((f) => lexicon.appellationsForRome(f.code).length > 0).length);
    expect(rivals.length).toBeGreaterThan(5);
    // The delivery drivers (N4105, another parent) are among them, the truck driver's own family is not.
    expect(codes.map((f) => f.code)).toContain('N4105');
    expect(rivals).toContainEqual(titleEvidenceOf(lexicon, 'N4105')?.words);
    expect(rivals).not.toContainEqual(truck?.words);
  });

  it('makes a title a near métier, not a match, when a rival explains it clearly better', () => {
    // "Agent / Agente de police municipale" (K1707) scores 1 to 2 for the police officers (K1704, K1710),
    // their own words backing it. (The examples that showed this first, a truck drivers' title of N4101 and
    // "Technicien des espaces naturels" for A1203, are now settled by other rules: sibling words only, then
    // compound parts alone, title-evidence-score.ts.)
    const title = 'Agent / Agente de police municipale';
    const reduced = without(title);
    const vetoed = ['K1704', 'K1710'].filter((code) => {
      const evidence = titleEvidenceOf(reduced, code);
      const { strict } = scores(title, evidence ?? { words: {}, miss: 0, common: [], commonMiss: 0 });
      return strict >= 1 && strict < 2 && statusOf(evidence && withoutRivals(evidence), title) === 'ok';
    });
    expect(vetoed.length).toBeGreaterThan(0);
    for (const code of vetoed) expect(statusOf(titleEvidenceOf(reduced, code), title)).toBe('partial');
    // Its own fiche still matches it.
    expect(statusOf(titleEvidenceOf(reduced, 'K1707'), title)).toBe('ok');
  });

  it('reads a title past a head that names no job of the family nor another ("Abatteur de carrière")', () => {
    const reduced = without('Abatteur / Abatteuse de carrière');
    const quarry = titleEvidenceOf(reduced, 'F1402');
    if (!quarry) throw new Error('no evidence for F1402');
    const title = 'Abatteur / Abatteuse de carrière';
    const { strict, loose } = scores(title, quarry);
    expect(strict).toBeLessThan(1);
    expect(loose).toBeGreaterThanOrEqual(1);
    expect(statusOf(withoutRivals(quarry), title)).not.toBe('ok');
    expect(statusOf(quarry, title)).toBe('ok');
  });

  it('reads past a generic head too ("Inspecteur des ventes")', () => {
    const reduced = without('Inspecteur / Inspectrice des ventes');
    const sales = titleEvidenceOf(reduced, 'D1406');
    if (!sales) throw new Error('no evidence for D1406');
    const { strict, loose } = scores('Inspecteur / Inspectrice des ventes', sales);
    expect(strict).toBeLessThan(1);
    expect(loose).toBeGreaterThanOrEqual(1);
    expect(statusOf(sales, 'Inspecteur / Inspectrice des ventes')).toBe('ok');
  });

  it('never reads past the head of another job, nor past a strong word of the family', () => {
    // "poseur" heads appellations of many building fiches; "store" weighs for the shop manager (Store manager).
    const shop = titleEvidenceOf(lexicon, 'D1302');
    if (!shop) throw new Error('no evidence for D1302');
    expect(shop.jobs).toContain('poseur');
    const poseur = scores('Poseur de store', shop);
    expect(poseur.loose).toBe(poseur.strict);
    expect(statusOf(shop, 'Poseur de store (H/F)')).not.toBe('ok');
    const bakery = titleEvidenceOf(lexicon, 'D1102');
    if (!bakery) throw new Error('no evidence for D1102');
    const baker = scores('Boulanger kotlin', bakery);
    expect(baker.loose).toBe(baker.strict);
  });

  it("knows the heads of other jobs by their written ending, not their stem's", () => {
    // "Réceptionniste" heads appellations of two fiches (hotels, pressings); its stem "receptionnist" has no agent
    // ending. Read past, "tournant" (as in "Monteur en machines tournantes") made it a wiring technician's title.
    const wiring = titleEvidenceOf(lexicon, 'H2602');
    if (!wiring) throw new Error('no evidence for H2602');
    expect(wiring.jobs).toEqual(expect.arrayContaining(['receptionnist', 'fleurist', 'secretair']));
    const receptionist = scores('Réceptionniste tournant', wiring);
    expect(receptionist.loose).toBe(receptionist.strict);
    expect(statusOf(wiring, 'Réceptionniste Tournant - CDD')).not.toBe('ok');
  });
});
