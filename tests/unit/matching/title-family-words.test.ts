import { describe, expect, it } from 'vitest';
import { deriveMatchProfile } from '@/utils/matching/derive-match-profile';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { formTokens } from '@/utils/matching/title';
import { loadCommunes, loadLexicon } from '../../../scripts/data/load-assets';
import { profileOfCode } from '../../../scripts/lib/eval-title';

// Fixes found by `npm run eval:matching` (scripts/eval-matching.ts).
const data = { lexicon: loadLexicon(), communes: loadCommunes() };

function titleStatus(code: string, title: string) {
  const match = deriveMatchProfile(profileOfCode(code, data.lexicon.fiche(code)?.label ?? ''), data);
  if (!match) throw new Error('no match profile');
  return scoreOffer({ title }, compileMatchProfile(match)).criteria.title.status;
}

describe('acronyms in title forms', () => {
  it('keeps a run of single letters as one word and drops lone elisions', () => {
    expect(formTokens('technicien r d')).toEqual(['technicien', 'rd']);
    expect(formTokens('aide soignant e h p a d')).toEqual(['aide', 'soignant', 'ehpad']);
    expect(formTokens('chef d equipe')).toEqual(['chef', 'equipe']);
  });

  it('joins the "e" of "e-commerce" to its word, and keeps the word', () => {
    expect(formTokens('e commercial')).toEqual(['ecommercial', 'commercial']);
    expect(formTokens('formateur e learning')).toEqual(['formateur', 'elearning', 'learning']);
    // Two letters are no word of their own: "commercial(e) IT" read as "commercial e it" keeps "it".
    expect(formTokens('technico commercial e it')).toEqual(['technico', 'commercial', 'it']);
    // Nor a stop word: "principal(e) des impôts" read as "principal e des impots".
    expect(formTokens('agent d administration principal e des impots')).toEqual([
      'agent',
      'administration',
      'principal',
      'impots',
    ]);
  });

  it('no longer gives every commercial title to the e-commerce fiche, whose "E-commercial" read as "commercial"', () => {
    expect(titleStatus('E1113', 'Commercial H/F')).not.toBe('ok');
    expect(titleStatus('E1113', 'Attaché commercial H/F')).not.toBe('ok');
    expect(titleStatus('E1113', 'E-commercial H/F')).toBe('ok');
    expect(titleStatus('E1113', 'Responsable e-commerce H/F')).toBe('ok');
  });

  it('a Technicien R&D profile no longer takes every technicien: the real Offres v2 false match', () => {
    expect(
      titleStatus('H1210', 'Technicien / Technicienne de maintenance en équipements industriels (H/F)'),
    ).not.toBe('ok');
    expect(titleStatus('H1210', 'Technicien R&D (H/F)')).toBe('ok');
  });
});

function formsOf(code: string): string[] {
  return (
    deriveMatchProfile(profileOfCode(code, data.lexicon.fiche(code)?.label ?? ''), data)?.metiers[0]
      ?.titleForms ?? []
  );
}

describe('distinctive head words of a family', () => {
  const forms = (code: string) => new Set(data.lexicon.titleFormsForRome(code));

  it('accepts a job noun that names only this family, though no appellation is that word alone', () => {
    expect(forms('A1404').has('ostreiculteur')).toBe(false);
    expect(titleStatus('A1404', 'Ostréiculteur (H/F)')).toBe('ok');
    expect(titleStatus('A1404', 'Ostréicultrice')).toBe('ok');
  });

  it('not a head word other families also use, nor a word that is not a job noun', () => {
    // "affûteur" also heads an appellation of H2903; "store" (Store manager) is not a job noun.
    expect(formsOf('H2918')).not.toContain('affuteur');
    expect(titleStatus('D1302', 'Poseur de store (H/F)')).not.toBe('ok');
  });
});

describe('title evidence: a title no single form covers', () => {
  it('matches the real Offres v2 "Rectifieur (h/f)" of H2901, though no form of its family is that word alone', () => {
    expect(formsOf('H2901')).not.toContain('rectifieur');
    expect(titleStatus('H2901', 'Rectifieur (h/f)')).toBe('ok');
    expect(titleStatus('D1102', 'Rectifieur (h/f)')).toBe('ko');
  });

  it('an affûteur title is the affûteur fiche H2918, whose appellations nearly all say it', () => {
    expect(titleStatus('H2918', 'Affûteur H/F')).toBe('ok');
    expect(titleStatus('D1102', 'Affûteur H/F')).toBe('ko');
  });

  it('does not take a real maintenance title for another maintenance fiche the words "maintenance" and "technicien" name', () => {
    const title = 'Technicien / Technicienne de maintenance en équipements industriels (H/F)';
    expect(titleStatus('I1304', title)).toBe('ok');
    expect(titleStatus('I1329', title)).not.toBe('ok');
    expect(titleStatus('I1402', title)).not.toBe('ok');
  });
});

describe('acronyms with a digit', () => {
  it('reads "3 D" as the "3d" a title writes', () => {
    expect(formTokens('graphiste 3 d')).toEqual(['graphiste', '3d']);
    expect(titleStatus('E1205', 'Graphiste 3D (H/F)')).toBe('ok');
  });
});

describe('head job nouns mostly of one family', () => {
  it('takes a real HelloWork title with a technology for the developer fiches', () => {
    // "développeur" heads the developer fiches' titles: the technology, a word no appellation
    // spells, does not count against them (a Kotlin developer is a software developer).
    expect(titleStatus('M1805', 'Developpeur Kotlin H/F')).toBe('ok');
    expect(titleStatus('M1855', 'Développeur Angular H/F')).toBe('ok');
  });

  it('not for a family where the word is rare ("développeur économique")', () => {
    expect(titleStatus('K1802', 'Developpeur Kotlin H/F')).toBe('ko');
  });
});

describe("a v3 code's family, as the Métiers recherchés API gives it", () => {
  // The API's code is a v3 code with its v3 label (docs: "K1303", "Assistance auprès d'enfants").
  function apiTitleStatus(code: string, label: string, appellation: string, title: string) {
    const profile = profileOfCode(code, label);
    const metier = profile.metiers[0];
    const known = data.lexicon.appellation(appellation);
    if (!metier || !known) throw new Error('no métier');
    metier.appellation = { code: appellation, label: known.label };
    const match = deriveMatchProfile(profile, data);
    if (!match) throw new Error('no match profile');
    return scoreOffer({ title }, compileMatchProfile(match)).criteria.title.status;
  }

  it('a postman (M1603) is not offered the administrative assistants that came from M1605', () => {
    const facteur = data.lexicon.fiche('M1603')?.principal ?? '';
    expect(apiTitleStatus('M1603', 'Distribution de documents', facteur, 'Facteur (H/F)')).toBe('ok');
    expect(
      apiTitleStatus('M1603', 'Distribution de documents', facteur, 'Assistant chef de projet H/F'),
    ).toBe('ko');
    expect(
      apiTitleStatus(
        'M1605',
        'Assistanat technique et administratif',
        '11204',
        'Assistant chef de projet H/F',
      ),
    ).toBe('ok');
  });

  it("a v4 fiche's near métiers stay those ROME 4.0 files beside it, wherever their appellations came from", () => {
    // "Chef / Cheffe de projet informatique" came from v3 M1803; ROME 4.0 files its fiche (M1853) under
    // M1805, the developers' parent code, as it does the web developers' M1855.
    const label = 'Chef / Cheffe de projet informatique';
    const chef = data.lexicon.appellations.find((a) => a.label === label);
    expect([chef?.fiche, chef?.parent, data.lexicon.parentOf('M1853')]).toEqual(['M1853', 'M1803', 'M1805']);
    expect(data.lexicon.appellationsForRome('M1805').some((a) => a.label === label)).toBe(false);
    expect(data.lexicon.appellationsFiledUnder('M1805').some((a) => a.label === label)).toBe(true);
    expect(titleStatus('M1855', 'Chef de projet informatique H/F')).toBe('partial');
  });
});
