import { type CompiledEvidence, wordsOf } from './title-evidence';

/** Whether a word of the title is in no word list of the family nor in any rival's weights. */
export function hasUnknownWord(tokens: Iterable<string>, evidence: CompiledEvidence): boolean {
  const rivals = evidence.rivalWords;
  return (
    rivals !== undefined &&
    wordsOf(tokens).stems.some(
      (stem) =>
        !evidence.words.has(stem) &&
        !evidence.common.has(stem) &&
        !evidence.near.has(stem) &&
        // A Record read with hasOwn: "constructor" is no rival's word.
        !rivals.some((words) => Object.hasOwn(words, stem)),
    )
  );
}
