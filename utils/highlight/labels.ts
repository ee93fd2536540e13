/**
 * Words of the badge, through _locales (browser.i18n.getMessage works in
 * content scripts): French by default, English when the browser's UI is
 * English. Read once per page. The reasons themselves come from the matching
 * engine, already in French.
 */
import type { CriterionName, CriterionStatus, Verdict } from '@/utils/matching/result';
import type { MessageKey, Translate } from '@/utils/profile/describe';

export interface BadgeLabels {
  product: string;
  verdict: Record<Verdict, string>;
  criterion: Record<CriterionName, string>;
  status: Record<CriterionStatus, string>;
  /** "72 sur 100". */
  scoreOutOf(score: number): string;
  /** "Contrat : non, CDD (vous cherchez : CDI)". */
  reasonLine(criterion: string, status: string, reason: string): string;
  /** The text of the badge of an offer the person's exclusions rule out: "Exclu". */
  excluded: string;
  /** What a screen reader says of it: "Offre exclue par vos choix : mot exclu : java". */
  excludedBecause(reason: string): string;
}

/**
 * A message with substitutions, asked of the translator once with markers and
 * filled in here: the badges fill the same few messages thousands of times,
 * and each browser.i18n call costs far more than a string join.
 */
function filler(t: Translate, key: MessageKey, count: number): (...values: string[]) => string {
  const markers = Array.from({ length: count }, (_, i) => `\uE000${i}\uE001`);
  const parts = t(key, markers).split(/\uE000(\d)\uE001/);
  // Text and slots apart, once: each badge then costs a few concatenations, not arrays to map and join.
  const texts = parts.filter((_, i) => i % 2 === 0);
  const slots = parts.filter((_, i) => i % 2 === 1).map(Number);
  const head = texts[0] ?? '';
  return (...values) => {
    let filled = head;
    for (let i = 0; i < slots.length; i++)
      filled += (values[slots[i] as number] ?? '') + (texts[i + 1] ?? '');
    return filled;
  };
}

/** The badge's words in the translator's language. */
export function badgeLabels(t: Translate): BadgeLabels {
  const scoreOutOf = filler(t, 'highlight_scoreOutOf', 1);
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
    scoreOutOf: (score) => scoreOutOf(String(score)),
    reasonLine: filler(t, 'highlight_reasonLine', 3),
    excluded: t('highlight_excluded'),
    excludedBecause: filler(t, 'highlight_excludedBecause', 1),
  };
}
