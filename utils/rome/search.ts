/**
 * Appellation search for an autocomplete: every word typed is the start of a
 * word of one of the appellation's forms, so accents, case and gender do not
 * matter ("boulang", "BOULANGÈRE", "chef boul").
 */
import { normalize } from '../matching/normalize';
import type { Appellation, RomeLexicon } from './lexicon';

/** Appellations whose forms start-match every word of `query`: whole-prefix matches first, rarely used last. */
export function searchAppellations(lexicon: RomeLexicon, query: string, limit = 20): Appellation[] {
  const typed = normalize(query);
  if (typed === '') return [];
  const typedWords = typed.split(' ');
  const scored: { appellation: Appellation; rank: number }[] = [];
  for (const appellation of lexicon.appellations) {
    let rank = -1;
    for (const form of appellation.forms) {
      if (form.startsWith(typed)) rank = Math.max(rank, 2);
      else {
        const words = form.split(' ');
        if (typedWords.every((w) => words.some((word) => word.startsWith(w)))) rank = Math.max(rank, 1);
      }
    }
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
