/**
 * Words of the badge, through _locales (browser.i18n.getMessage works in
 * content scripts): French by default, English when the browser's UI is
 * English. Read once per page. The reasons themselves come from the matching
 * engine, already in French.
 */
import type { CriterionName, CriterionStatus, Verdict } from '@/utils/matching/result';
import type { Translate } from '@/utils/profile/describe';

export interface BadgeLabels {
  product: string;
  verdict: Record<Verdict, string>;
  criterion: Record<CriterionName, string>;
  status: Record<CriterionStatus, string>;
  /** "72 sur 100". */
  scoreOutOf(score: number): string;
  /** "Contrat : non, CDD (vous cherchez : CDI)". */
  reasonLine(criterion: string, status: string, reason: string): string;
}

/** The badge's words in the translator's language. */
export function badgeLabels(t: Translate): BadgeLabels {
  return {
    product: t('extName'),
    verdict: { match: t('highlight_match'), partial: t('highlight_partial'), no: t('highlight_no') },
    criterion: {
      title: t('highlight_title'),
      place: t('highlight_place'),
      contract: t('highlight_contract'),
      salary: t('highlight_salary'),
      workTime: t('highlight_workTime'),
      experience: t('highlight_experience'),
    },
    status: {
      ok: t('highlight_ok'),
      partial: t('highlight_somewhat'),
      ko: t('highlight_ko'),
      unknown: t('highlight_unknown'),
    },
    scoreOutOf: (score) => t('highlight_scoreOutOf', String(score)),
    reasonLine: (criterion, status, reason) => t('highlight_reasonLine', [criterion, status, reason]),
  };
}
