/**
 * The title screen: settles that a title fits none of a profile's métiers
 * from a glance at its words (title.ts glanceTitle), without reading it.
 * Most titles of a page fit none, and reading a title (its genders, pairs,
 * noise) and weighing it against each family cost most of an offer's
 * scoring when titles do not repeat.
 *
 * Why a word that may count for no family makes a title no family's
 * (criteria/title.ts scoreTitle, title-evidence-score.ts
 * titleEvidenceScores): no form of the family nor of its siblings is
 * found, since a form is looked up by one of its words (its key) among the title's; no word weighs for the
 * family, a root or a prefix of its words (both keep its first MIN_ROOT
 * letters) or a compound ending in one, so nothing backs the title, and its
 * score is at most its strict reading's; that reading adds no near word, no
 * head, no head pair, only misses, common words and words of weight 0 or
 * less, so it is 0 or less as long as a miss and a common word cost
 * something (a profile whose weights say otherwise gets no screen). Then
 * the evidence is below the near threshold, and the criterion says `ko`.
 */
import { MIN_ROOT } from '../stem';
import type { TitleResults } from '../title-results';
import { type CompiledTitle, otherMetier } from './title';
import { COMPOUND_FRONT, COMPOUND_PART, stemOf } from './title-evidence-score';

export interface TitleScreen {
  /** Whether a title word may count for one of the métiers: a title of other words fits none. */
  mayCount: (word: string) => boolean;
  /**
   * The reading parse-offer.ts gives every title the screen settles: no word read, and every métier's
   * result already in (scoreTitle's for a title that fits none), so nothing else of it is ever read.
   */
  settled: TitleResults & { tokens: Set<string> };
}

/** What of the families a title word is looked up in, all métiers together. */
interface Counting {
  /** The words the families' and their siblings' forms are found by (title-index.ts findForm: their keys). */
  formKeys: Set<string>;
  /** The stems that weigh for a family, its near words, heads and head pairs' words. */
  stems: Set<string>;
  /** First MIN_ROOT letters of the families' roots and prefixes (CompiledEvidence `starts`). */
  starts: Set<string>;
}

/**
 * The screen of a profile's métiers; undefined when their weights let a word outside them add to a
 * title's score, or when they are more than a title remembers results for (title-results.ts).
 */
export function compileTitleScreen(titles: readonly CompiledTitle[]): TitleScreen | undefined {
  const [first, second] = titles;
  if (!first || titles.length > 2) return undefined;
  const counting: Counting = { formKeys: new Set(), stems: new Set(), starts: new Set() };
  for (const title of titles) {
    for (const index of [title.family, title.related])
      for (const key of index.byKey.keys()) counting.formKeys.add(key);
    const evidence = title.evidence;
    if (!evidence) continue;
    if (evidence.miss > 0 || evidence.commonMiss > 0) return undefined;
    for (const [stem, weight] of evidence.words) if (weight > 0) counting.stems.add(stem);
    for (const stem of [...evidence.near, ...evidence.heads]) counting.stems.add(stem);
    for (const pair of evidence.headPairs) for (const stem of pair.split(' ')) counting.stems.add(stem);
    for (const start of evidence.starts) counting.starts.add(start);
  }
  return {
    mayCount: (word) => mayCount(word, counting),
    settled: {
      tokens: new Set(),
      owner0: first,
      result0: otherMetier(first),
      owner1: second,
      result1: second && otherMetier(second),
      more: undefined,
    },
  };
}

function mayCount(word: string, counting: Counting): boolean {
  if (counting.formKeys.has(word)) return true;
  const stem = stemOf(word);
  if (counting.stems.has(stem)) return true;
  if (stem.length >= MIN_ROOT && counting.starts.has(stem.slice(0, MIN_ROOT))) return true;
  // A compound ending in a family word ("micromecanicien"): title-evidence-score.ts COMPOUND_PART.
  for (let at = COMPOUND_FRONT; stem.length - at >= COMPOUND_PART; at++)
    if (stem.charCodeAt(at - 1) === 111 && counting.stems.has(stem.slice(at))) return true;
  return false;
}
