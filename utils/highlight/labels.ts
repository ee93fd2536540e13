/**
 * Words of the badge. French first (the product's language), English when the
 * browser's UI is English, through browser.i18n when the keys are in
 * _locales (HIGHLIGHT_MESSAGE_KEYS), else these French defaults so the badge
 * never shows a bare key. The reasons themselves come from the matching
 * engine, already in French.
 */
import type { CriterionName, CriterionStatus, Verdict } from '@/utils/matching/result';

export interface BadgeLabels {
  product: string;
  verdict: Record<Verdict, string>;
  criterion: Record<CriterionName, string>;
  status: Record<CriterionStatus, string>;
  /** "$1 sur 100". */
  scoreOutOf: string;
}

export const FRENCH_LABELS: BadgeLabels = {
  product: 'Repère Emploi',
  verdict: { match: 'Correspond', partial: 'Correspond en partie', no: 'Ne correspond pas' },
  criterion: {
    title: 'Métier',
    place: 'Lieu',
    contract: 'Contrat',
    salary: 'Salaire',
    workTime: 'Temps de travail',
    experience: 'Expérience',
  },
  status: { ok: 'oui', partial: 'en partie', ko: 'non', unknown: 'non précisé' },
  scoreOutOf: '$1 sur 100',
};

/** The message key of each label, for _locales. */
export const HIGHLIGHT_MESSAGE_KEYS = {
  product: 'extName',
  verdict: { match: 'highlight_match', partial: 'highlight_partial', no: 'highlight_no' },
  criterion: {
    title: 'highlight_title',
    place: 'highlight_place',
    contract: 'highlight_contract',
    salary: 'highlight_salary',
    workTime: 'highlight_workTime',
    experience: 'highlight_experience',
  },
  status: {
    ok: 'highlight_ok',
    partial: 'highlight_somewhat',
    ko: 'highlight_ko',
    unknown: 'highlight_unknown',
  },
  scoreOutOf: 'highlight_scoreOutOf',
} as const;

type Lookup = (key: string) => string;

/** The labels through a message look-up (browser.i18n.getMessage), each falling back to French. */
export function localisedLabels(lookup: Lookup): BadgeLabels {
  const pick = (key: string, fallback: string) => lookup(key) || fallback;
  const mapAll = <K extends string>(keys: Record<K, string>, fallbacks: Record<K, string>) =>
    Object.fromEntries(
      (Object.keys(keys) as K[]).map((name) => [name, pick(keys[name], fallbacks[name])]),
    ) as Record<K, string>;
  return {
    product: pick(HIGHLIGHT_MESSAGE_KEYS.product, FRENCH_LABELS.product),
    verdict: mapAll(HIGHLIGHT_MESSAGE_KEYS.verdict, FRENCH_LABELS.verdict),
    criterion: mapAll(HIGHLIGHT_MESSAGE_KEYS.criterion, FRENCH_LABELS.criterion),
    status: mapAll(HIGHLIGHT_MESSAGE_KEYS.status, FRENCH_LABELS.status),
    scoreOutOf: pick(HIGHLIGHT_MESSAGE_KEYS.scoreOutOf, FRENCH_LABELS.scoreOutOf),
  };
}
