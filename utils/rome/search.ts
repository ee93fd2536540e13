/**
 * Appellation search for an autocomplete: every word typed is the start of a
 * word of one of the appellation's forms, so accents, case and gender do not
 * matter ("boulang", "BOULANGÈRE", "chef boul"). An English job title is
 * also looked for as its French reading ("web developer": "développeur web",
 * matching/english-title.ts), as the matching engine reads it on a page.
 */
import { englishReading, mayBeEnglish } from '../matching/english-title';
import { normalize } from '../matching/normalize';
import { defaultNoise } from '../matching/title';
import type { Appellation, RomeLexicon } from './lexicon';

/** How well a form matches a query: 2 when it starts with the whole query, 1 when every word starts one of its words, else -1. */
function formRank(form: string, typed: string, typedWords: readonly string[]): number {
  if (form.startsWith(typed)) return 2;
  const words = form.split(' ');
  return typedWords.every((w) => words.some((word) => word.startsWith(w))) ? 1 : -1;
}

/** Appellations whose forms start-match every word of `query`: whole-prefix matches first, rarely used last. */
export function searchAppellations(lexicon: RomeLexicon, query: string, limit = 20): Appellation[] {
  const typed = normalize(query);
  if (typed === '') return [];
  const typedWords = typed.split(' ');
  const queries: Array<[string, readonly string[]]> = [[typed, typedWords]];
  const { english } = defaultNoise();
  const french = mayBeEnglish(typed, english) ? englishReading(typedWords, english) : undefined;
  if (french) queries.push([french.join(' '), french]);
  const scored: { appellation: Appellation; rank: number }[] = [];
  for (const appellation of lexicon.appellations) {
    let rank = -1;
    for (const form of appellation.forms)
      for (const [text, words] of queries) rank = Math.max(rank, formRank(form, text, words));
    if (rank >= 0) scored.push({ appellation, rank: rank - (appellation.rare ? 2 : 0) });
  }
  return scored
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        a.appellation.label.length - b.appellation.label.length ||
        (a.appellation.label < b.appellation.label ? -1 : 1),
    )
    .slice(0, limit)
    .map(({ appellation }) => appellation);
}
