/**
 * How far any matcher that learns only from the ROME lexicon can go on the
 * held-out evaluation: a held-out label whose fiche has no appellation left,
 * or none of whose words is linked to what the lexicon still says of its
 * fiche, gives such a matcher nothing to go on ("Barista", "Péagiste"). The
 * figures bound the recall the title criterion can reach there, so the
 * report can say whether a miss is the engine's or the data's.
 *
 * What the engine is given for a fiche, and so what counts as a link: the
 * words of its remaining appellations, of its parent code's other fiches
 * (near words) and of the parent's ROME v3 label; a word links when its stem,
 * its root (stem.ts rootWord) or its first PREFIX letters are one of theirs,
 * as title-evidence-score.ts looks them up. A looser link than the engine's makes a
 * higher ceiling, never a lower one: it stays a bound.
 */
import { PREFIX } from '../../utils/matching/criteria/title-evidence-score';
import { normalize } from '../../utils/matching/normalize';
import { rootWord, stemWord } from '../../utils/matching/stem';
import { formTokens } from '../../utils/matching/title';
import type { Appellation, RomeLexicon } from '../../utils/rome/lexicon';

/** Counts of held-out labels a lexicon-only matcher cannot find. */
export interface LexiconCeiling {
  labels: number;
  /** Labels whose fiche's family (a parent fiche's holds its children) has no other appellation in the reduced lexicon. */
  orphaned: number;
  /** Labels (orphans aside) with no word linked to their fiche's remaining appellations, its parent's fiches or the parent's v3 label. */
  noSharedWord: number;
  /** The recall a lexicon-only matcher cannot exceed: share of labels that are neither. */
  recallCeiling: number;
}

/** Every key a word of `text` can be found by: its stem, its root, its first PREFIX letters. */
function linkKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const word of formTokens(normalize(text))) {
    const stem = stemWord(word);
    keys.add(`s:${stem}`);
    const root = rootWord(stem);
    if (root !== undefined) keys.add(`r:${root}`);
    if (stem.length >= PREFIX) keys.add(`p:${stem.slice(0, PREFIX)}`);
  }
  return keys;
}

/** Why a lexicon-only matcher cannot find a held-out label, if it cannot. */
export type Unfindable = 'orphaned' | 'noSharedWord' | undefined;

/** Says, for a held-out label, whether the `reduced` lexicon leaves a matcher anything to find it by. */
export function unfindableIn(reduced: RomeLexicon): (appellation: Appellation) => Unfindable {
  const keysOf = (appellations: readonly Appellation[]) => {
    const keys = new Set<string>();
    for (const appellation of appellations) for (const key of linkKeys(appellation.label)) keys.add(key);
    return keys;
  };
  /** What the engine knows of a fiche's family (a parent fiche's holds its children): its words, its parent family's, the parent's v3 label's. */
  const known = new Map<string, Set<string>>();
  const knownOf = (fiche: string): Set<string> => {
    let keys = known.get(fiche);
    if (!keys) {
      const parent = reduced.parentOf(fiche) ?? fiche;
      keys = keysOf([...reduced.appellationsForRome(fiche), ...reduced.appellationsFiledUnder(parent)]);
      for (const key of linkKeys(reduced.fiche(parent)?.v3Label ?? '')) keys.add(key);
      known.set(fiche, keys);
    }
    return keys;
  };
  return (appellation) => {
    // The engine has no evidence for a family with no appellation left.
    if (reduced.appellationsForRome(appellation.fiche).length === 0) return 'orphaned';
    const keys = knownOf(appellation.fiche);
    return [...linkKeys(appellation.label)].some((key) => keys.has(key)) ? undefined : 'noSharedWord';
  };
}

/** The ceiling for `held` labels against the `reduced` lexicon they were taken out of. */
export function lexiconCeiling(reduced: RomeLexicon, held: readonly Appellation[]): LexiconCeiling {
  const unfindable = unfindableIn(reduced);
  let orphaned = 0;
  let noSharedWord = 0;
  for (const appellation of held) {
    const why = unfindable(appellation);
    if (why === 'orphaned') orphaned += 1;
    else if (why === 'noSharedWord') noSharedWord += 1;
  }
  const labels = held.length;
  return {
    labels,
    orphaned,
    noSharedWord,
    recallCeiling: labels === 0 ? Number.NaN : (labels - orphaned - noSharedWord) / labels,
  };
}
