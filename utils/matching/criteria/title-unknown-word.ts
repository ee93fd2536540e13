import { type CompiledEvidence, wordsOf } from './title-evidence-score';

/**
 * Every word the rivals weigh, per rivals list (one per compiled métier), made on first use: a title
 * is looked up once per word, not once per word and rival.
 */
const rivalKeysOf = new WeakMap<ReadonlyArray<Record<string, number>>, ReadonlySet<string>>();

function rivalKeys(rivals: ReadonlyArray<Record<string, number>>): ReadonlySet<string> {
  let keys = rivalKeysOf.get(rivals);
  if (!keys) {
    const all = new Set<string>();
    // Own keys only: "constructor" is no rival's word.
    for (const words of rivals) for (const word in words) if (Object.hasOwn(words, word)) all.add(word);
    keys = all;
    rivalKeysOf.set(rivals, keys);
  }
  return keys;
}

/**
 * Whether a word of the title is in no word list of the family nor in any
 * rival's weights, nor, when the match profile carries the ROME's stems
 * (`romeWords`), in any appellation at all: "marketing" is no word of the
 * nurses' domaine, but it names the marketing jobs, and is no unknown word.
 */
export function hasUnknownWord(tokens: Iterable<string>, evidence: CompiledEvidence): boolean {
  const rivals = evidence.rivalWords;
  if (rivals === undefined) return false;
  const known = rivalKeys(rivals);
  const romeWords = evidence.romeWords;
  return wordsOf(tokens).stems.some(
    (stem) =>
      !evidence.words.has(stem) &&
      !evidence.common.has(stem) &&
      !evidence.near.has(stem) &&
      !known.has(stem) &&
      !romeWords?.(stem),
  );
}
