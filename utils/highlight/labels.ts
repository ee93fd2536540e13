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

/** The badge's messages. */
const BADGE_MESSAGES = [
  'extName',
  'highlight_match',
  'highlight_partial',
  'highlight_no',
  'highlight_title',
  'highlight_place',
  'highlight_contract',
  'highlight_salary',
  'highlight_workTime',
  'highlight_experience',
  'highlight_ok',
  'highlight_somewhat',
  'highlight_ko',
  'highlight_unknown',
  'highlight_scoreOutOf',
  'highlight_reasonLine',
  'highlight_excluded',
  'highlight_excludedBecause',
] as const satisfies readonly MessageKey[];

type BadgeMessageKey = (typeof BADGE_MESSAGES)[number];

/** The substitutions each badge message with some takes (used in the background only, to translate). */
const SUBSTITUTIONS: Partial<Record<BadgeMessageKey, number>> = {
  highlight_scoreOutOf: 1,
  highlight_reasonLine: 3,
  highlight_excludedBecause: 1,
};

/** The badge's messages translated, their substitutions left as markers (private-use characters). */
export type BadgeWords = Record<BadgeMessageKey, string>;

/** Where substitution i goes in a translated message, as written (`marker`) and as found (`MARKERS`). */
const marker = (i: number) => `\uE000${i}\uE001`;
const MARKERS = /\uE000(\d)\uE001/;

/** Translates the badge's messages once (in the background), for the content scripts. */
export function badgeWords(t: Translate): BadgeWords {
  const words: Partial<BadgeWords> = {};
  for (const key of BADGE_MESSAGES) {
    const count = SUBSTITUTIONS[key];
    words[key] = count
      ? t(
          key,
          Array.from({ length: count }, (_, i) => marker(i)),
        )
      : t(key);
  }
  return words as BadgeWords;
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

/** The badge's labels from its translated words. */
export function badgeLabels(words: BadgeWords): BadgeLabels {
  const scoreOutOf = filler(words.highlight_scoreOutOf);
  return {
    product: words.extName,
    verdict: { match: words.highlight_match, partial: words.highlight_partial, no: words.highlight_no },
    criterion: {
      title: words.highlight_title,
      place: words.highlight_place,
      contract: words.highlight_contract,
      salary: words.highlight_salary,
      workTime: words.highlight_workTime,
      experience: words.highlight_experience,
    },
    status: {
      ok: words.highlight_ok,
      partial: words.highlight_somewhat,
      ko: words.highlight_ko,
      unknown: words.highlight_unknown,
    },
    scoreOutOf: (score) => scoreOutOf(String(score)),
    reasonLine: filler(words.highlight_reasonLine),
    excluded: words.highlight_excluded,
    excludedBecause: filler(words.highlight_excludedBecause),
  };
}
