/**
 * A title that is exactly another trade's appellation (TitleEvidence
 * `otherAppellations`, criteria/other-appellations.ts): found when the match
 * profile is derived, a near métier at most in the title criterion, and
 * none when no word of the family itself backs it.
 */
import { describe, expect, it } from 'vitest';
import type { TitleEvidence } from '@/utils/matching/criteria/title-evidence';
import { stemKey } from '@/utils/matching/criteria/title-evidence-score';
import { deriveMatchProfile } from '@/utils/matching/derive-match-profile';
import type { MatchMetier } from '@/utils/matching/match-profile';
import { parseOffer } from '@/utils/matching/parse-offer';
import { PARSE_TABLES } from '@/utils/matching/parse-tables';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { loadCommunes, loadLexicon } from '../../../scripts/data/load-assets';
import { profileOfCode } from '../../../scripts/lib/eval-title';
import { matchProfileOf } from './match-profile-of';

const data = { lexicon: loadLexicon(), communes: loadCommunes() };

/** The match profile's métier for a ROME code (a profile of that code alone). */
function derived(code: string): MatchMetier {
  const metier = deriveMatchProfile(profileOfCode(code), data)?.metiers[0];
  if (!metier) throw new Error(`no métier for ${code}`);
  return metier;
}

/** The title criterion's status for a métier, with or without its other appellations. */
function titleStatus(title: string, metier: MatchMetier, withOthers = true): string {
  const evidence = metier.titleEvidence as TitleEvidence;
  const { otherAppellations: _o, ...before } = evidence;
  const used = withOthers ? metier : { ...metier, titleEvidence: before };
  const profile = compileMatchProfile(matchProfileOf([used]));
  return scoreOffer({ title }, profile).criteria.title.status;
}

const keyOf = (title: string) => stemKey(parseOffer({ title }, PARSE_TABLES).titleTokens);

describe('the appellations of other trades a métier would take whole', () => {
  const accounting = derived('M1608');
  const maintenance = derived('I1102');

  it("lists those the family's evidence takes, outside its fiche and its parent's, none of its own", () => {
    // "Secrétaire" (M1607), read through the accounting secretaries' head word.
    expect(accounting.titleEvidence?.otherAppellations).toContain(keyOf('Secrétaire'));
    const near = new Set([
      'M1608',
      ...data.lexicon.fichesOf(data.lexicon.parentOf('M1608') ?? 'M1608').map((f) => f.code),
    ]);
    const ownKeys = new Set(
      data.lexicon.appellations
        .filter((a) => near.has(a.fiche))
        .flatMap((a) => [a.label, ...a.forms].map(keyOf)),
    );
    for (const key of accounting.titleEvidence?.otherAppellations ?? [])
      expect(ownKeys.has(key), key).toBe(false);
    // The key stored is the one a title of the same words gets in the page.
    expect(keyOf('SECRÉTAIRE (H/F)')).toBe(keyOf('Secrétaire'));
  });

  it('makes such a title a near métier, where the evidence alone matched it', () => {
    expect(titleStatus('Secrétaire H/F', accounting, false)).toBe('ok');
    expect(titleStatus('Secrétaire H/F', accounting)).toBe('partial');
    // A real Offres v2 title, I1304's appellation, the maintenance engineers' evidence took.
    const title = 'Technicien / Technicienne de maintenance en équipements industriels (H/F)';
    expect(titleStatus(title, maintenance, false)).toBe('ok');
    expect(titleStatus(title, maintenance)).toBe('partial');
  });

  it('reads a label that joins two names, not two genders, as either name alone', () => {
    // M1707's "Responsable développement / Business Developer": the web developers' prefix "develo" took it.
    const web = derived('M1855');
    expect(web.titleEvidence?.otherAppellations).toContain(keyOf('Business Developer'));
    expect(titleStatus('Stage - Business Developer (H/F)', web, false)).toBe('ok');
    expect(titleStatus('Développeur web H/F', web)).toBe('ok');
  });

  it('reads a label ending in its acronym without it too, as boards write it', () => {
    // J1301's "Agent / Agente de service hospitalier (ASH)": the home care managers' "service" took it.
    const homeCare = derived('K1408');
    expect(homeCare.titleEvidence?.otherAppellations).toContain(keyOf('Agent de service hospitalier'));
    expect(titleStatus('Agent de service hospitalier H/F', homeCare, false)).toBe('ok');
    expect(titleStatus('Agent de service hospitalier H/F', homeCare)).not.toBe('ok');
    expect(titleStatus('Agent de service hospitalier H/F', derived('J1301'))).toBe('ok');
  });

  it('makes it no métier of the family when no word of the family itself backs it', () => {
    // "Business Developer" reaches the web developers by the prefix of "développeur" and a sibling's
    // "business" only; "Secrétaire" is a word of the accounting secretaries' own (partial above).
    const web = derived('M1855');
    expect(titleStatus('Stage - Business Developer (H/F)', web)).toBe('ko');
    expect(titleStatus('Business Developer H/F', web)).toBe('ko');
  });

  it('leaves a title with one more word, and the family’s own forms, as they were', () => {
    expect(titleStatus('Secrétaire comptable H/F', accounting)).toBe('ok');
    expect(titleStatus('Secrétaire BTP H/F', accounting)).toBe(
      titleStatus('Secrétaire BTP H/F', accounting, false),
    );
    expect(titleStatus('Ingénieur maintenance industrielle', maintenance)).toBe('ok');
  });
});
