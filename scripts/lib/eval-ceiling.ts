/**
 * How far any matcher that learns only from the ROME lexicon can go on the
 * held-out evaluation: a held-out label whose fiche has no appellation left,
 * or that shares no word with what is left of its fiche, gives such a matcher
 * nothing to go on ("Barista", "Péagiste"). The figures bound the recall the
 * title criterion can reach there, so the report can say whether a miss is
 * the engine's or the data's.
 */
import { normalize } from '../../utils/matching/normalize';
import { stemWord } from '../../utils/matching/stem';
import { formTokens } from '../../utils/matching/title';
import type { Appellation, RomeLexicon } from '../../utils/rome/lexicon';

/** Counts of held-out labels a lexicon-only matcher cannot find. */
export interface LexiconCeiling {
  labels: number;
  /** Labels whose fiche has no other appellation in the reduced lexicon. */
  orphaned: number;
  /** Labels (orphans aside) with no stemmed word in common with their fiche's remaining appellations. */
  noSharedWord: number;
  /** The recall a lexicon-only matcher cannot exceed: share of labels that are neither. */
  recallCeiling: number;
}

const stems = (label: string) => new Set(formTokens(normalize(label)).map(stemWord));

/** The ceiling for `held` labels against the `reduced` lexicon they were taken out of. */
export function lexiconCeiling(reduced: RomeLexicon, held: readonly Appellation[]): LexiconCeiling {
  const familyWords = new Map<string, Set<string>>();
  for (const appellation of reduced.appellations) {
    const words = familyWords.get(appellation.fiche) ?? new Set<string>();
    for (const word of stems(appellation.label)) words.add(word);
    familyWords.set(appellation.fiche, words);
  }
  let orphaned = 0;
  let noSharedWord = 0;
  for (const appellation of held) {
    const family = familyWords.get(appellation.fiche) ?? new Set<string>();
    if (family.size === 0) orphaned += 1;
    else if (![...stems(appellation.label)].some((word) => family.has(word))) noSharedWord += 1;
  }
  const labels = held.length;
  return {
    labels,
    orphaned,
    noSharedWord,
    recallCeiling: labels === 0 ? Number.NaN : (labels - orphaned - noSharedWord) / labels,
  };
}
