import { compileTitle, scoreTitle } from '@/utils/matching/criteria/title';
import type { TitleEvidence } from '@/utils/matching/criteria/title-evidence';
import { parseOffer } from '@/utils/matching/parse-offer';
import { PARSE_TABLES } from '@/utils/matching/parse-tables';
import type { CriterionStatus } from '@/utils/matching/result';
import type { WordTest } from '@/utils/matching/word-filter';

/** The title criterion's status for a métier known only by its word evidence (no form of its family). */
export function evidenceStatus(
  title: string,
  evidence: TitleEvidence | undefined,
  romeWords?: WordTest,
): CriterionStatus {
  return scoreTitle(
    parseOffer({ title }, PARSE_TABLES),
    compileTitle(
      {
        label: 'métier',
        titleForms: [],
        relatedForms: [],
        ...(evidence ? { titleEvidence: evidence } : {}),
      },
      romeWords,
    ),
  ).status;
}
