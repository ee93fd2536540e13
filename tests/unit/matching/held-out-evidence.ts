/**
 * Word evidence of a fiche as `npm run eval:matching` builds it when it holds
 * a label out (the lexicon without that appellation), and a title's scores
 * against it: shared by the tests of the title criterion's rules.
 */
import { expect } from 'vitest';
import type { TitleEvidence } from '@/utils/matching/criteria/title-evidence';
import {
  compileEvidence,
  type EvidenceScores,
  emptyScores,
  titleEvidenceScores,
} from '@/utils/matching/criteria/title-evidence-score';
import { titleEvidenceOf } from '@/utils/matching/criteria/title-evidence-weights';
import { parseOffer } from '@/utils/matching/parse-offer';
import { PARSE_TABLES } from '@/utils/matching/parse-tables';
import type { RomeLexicon } from '@/utils/rome/lexicon';
import { loadLexicon } from '../../../scripts/data/load-assets';
import { lexiconWithout } from '../../../scripts/lib/eval-title';

export const lexicon = loadLexicon();

/** The lexicon without one appellation, as the eval holds labels out: no form of the family spells it. */
export function without(label: string): RomeLexicon {
  const codes = lexicon.appellations.filter((a) => a.label === label).map((a) => a.code);
  expect(codes).toHaveLength(1);
  return lexiconWithout(lexicon, new Set(codes));
}

/** A fiche's word evidence in `from`; throws for a code without any. */
export function evidenceOf(from: RomeLexicon, code: string): TitleEvidence {
  const evidence = titleEvidenceOf(from, code);
  if (!evidence) throw new Error(`no evidence for ${code}`);
  return evidence;
}

/** The title's distinct words, as an offer carries them. */
export const tokensOf = (title: string) => parseOffer({ title }, PARSE_TABLES).titleTokens;

/** A title's strict and loose scores and its unexplained words against the evidence. */
export const scores = (title: string, evidence: TitleEvidence): EvidenceScores =>
  titleEvidenceScores(tokensOf(title), compileEvidence(evidence), emptyScores());
