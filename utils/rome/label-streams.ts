/**
 * Readers for the word streams of the lexicon asset (see lexicon-asset.ts):
 * the vocabulary, and labels written as word numbers into it. Labels come out
 * as one flat list of word numbers with the offset where each label starts,
 * which costs far less to build than thousands of small arrays.
 */
import { lastDigit } from '../geo/packed-ints';

/** Word numbers of many labels: label i is words[offsets[i]] up to words[offsets[i + 1]]. */
export interface LabelWords {
  words: Int32Array;
  offsets: Int32Array;
}

/** The vocabulary: the frequent words as written, then the front-coded rare words spelled out. */
export function readVocabulary(frequent: string, rare: string): string[] {
  const vocabulary = frequent === '' ? [] : frequent.split(' ');
  if (rare === '') return vocabulary;
  let previous = '';
  for (const entry of rare.split(' ')) {
    // One packed digit (0..31, see utils/geo/packed-ints.ts): characters shared with the word before.
    const shared = lastDigit(entry.charCodeAt(0));
    if (shared < 0 || shared > previous.length) throw new Error('lexicon asset: bad rare word');
    previous = previous.slice(0, shared) + entry.slice(1);
    vocabulary.push(previous);
  }
  return vocabulary;
}

/** Reads `count` labels written as a word count then that many word numbers. */
export function readLabels(stream: readonly number[], count: number): LabelWords {
  const offsets = new Int32Array(count + 1);
  const words = new Int32Array(Math.max(stream.length - count, 0));
  let at = 0;
  let length = 0;
  for (let i = 0; i < count; i++) {
    const n = stream[at++] ?? 0;
    for (let k = 0; k < n; k++) words[length++] = stream[at++] ?? 0;
    offsets[i + 1] = length;
  }
  if (at !== stream.length) throw new Error('lexicon asset: label stream does not match its count');
  return { words, offsets };
}

/** Reads `count` front-coded labels: words shared with the previous label, count of new words, new words. */
export function readFrontCodedLabels(stream: readonly number[], count: number): LabelWords {
  const offsets = new Int32Array(count + 1);
  let words = new Int32Array(stream.length * 2);
  let length = 0;
  let previous = 0;
  let at = 0;
  for (let i = 0; i < count; i++) {
    const shared = stream[at] ?? 0;
    const added = stream[at + 1] ?? 0;
    if (length + shared + added > words.length) {
      const grown = new Int32Array((length + shared + added) * 2);
      grown.set(words);
      words = grown;
    }
    words.copyWithin(length, previous, previous + shared);
    previous = length;
    length += shared;
    for (let k = 0; k < added; k++) words[length++] = stream[at + 2 + k] ?? 0;
    offsets[i + 1] = length;
    at += 2 + added;
  }
  if (at !== stream.length) throw new Error('lexicon asset: label stream does not match its count');
  return { words: words.slice(0, length), offsets };
}

/**
 * Reads short labels written as edits of the long ones (kept head words,
 * kept tail words, count of words between, those words) for the labels at
 * `positions`; returns position -> word numbers.
 */
export function readShortLabels(
  stream: readonly number[],
  positions: readonly number[],
  long: LabelWords,
): Map<number, number[]> {
  const shortLabels = new Map<number, number[]>();
  let at = 0;
  for (const position of positions) {
    const start = long.offsets[position] ?? 0;
    const end = long.offsets[position + 1] ?? 0;
    const head = stream[at] ?? 0;
    const tail = stream[at + 1] ?? 0;
    const middle = stream[at + 2] ?? 0;
    if (head + tail > end - start) throw new Error('lexicon asset: short label longer than kept');
    const words: number[] = [];
    for (let k = start; k < start + head; k++) words.push(long.words[k] ?? 0);
    for (let k = at + 3; k < at + 3 + middle; k++) words.push(stream[k] ?? 0);
    for (let k = end - tail; k < end; k++) words.push(long.words[k] ?? 0);
    shortLabels.set(position, words);
    at += 3 + middle;
  }
  if (at !== stream.length) throw new Error('lexicon asset: short label stream does not match its count');
  return shortLabels;
}
