/**
 * Words of the badge, from _locales: French by default, English when the
 * browser's UI is English. The background translates them (`badgeWords`) and
 * sends them with the match profile; the content script builds its labels from
 * them (`badgeLabels`) and never calls browser.i18n: in Chromium a page's first
 * getMessage is a synchronous call to the browser process, 4–10 ms of the
 * page's main thread at the script's start. The reasons themselves come from
 * the matching engine, already in French.
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
 * The badge's words as the background sends them: shaped as BadgeLabels
 * already (the content script then holds no message key), the three
 * messages with substitutions as templates with markers.
 */
export interface BadgeWords extends Omit<BadgeLabels, 'scoreOutOf' | 'reasonLine' | 'excludedBecause'> {
  scoreOutOf: string;
  reasonLine: string;
  excludedBecause: string;
}

/** Where substitution i goes in a translated message, as written (`marker`) and as found (`MARKERS`). */
const marker = (i: number) => `\uE000${i}\uE001`;
const MARKERS = /\uE000(\d)\uE001/;

/** Translates the badge's messages once (in the background), for the content scripts. */
export function badgeWords(t: Translate): BadgeWords {
  const template = (key: MessageKey, count: number) =>
    t(
      key,
      Array.from({ length: count }, (_, i) => marker(i)),
    );
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
    scoreOutOf: template('highlight_scoreOutOf', 1),
    reasonLine: template('highlight_reasonLine', 3),
    excluded: t('highlight_excluded'),
    excludedBecause: template('highlight_excludedBecause', 1),
  };
}

/**
 * A message with substitutions, translated once with markers and filled in
 * here: the badges fill the same few messages thousands of times.
 */
function filler(template: string): (...values: string[]) => string {
  const parts = template.split(MARKERS);
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

/** The badge's labels from its translated words: the templates made into functions. */
export function badgeLabels(words: BadgeWords): BadgeLabels {
  const scoreOutOf = filler(words.scoreOutOf);
  return {
    ...words,
    scoreOutOf: (score) => scoreOutOf(String(score)),
    reasonLine: filler(words.reasonLine),
    excludedBecause: filler(words.excludedBecause),
  };
}
