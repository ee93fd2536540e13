/**
 * A Bloom filter of words: a set that fits in a message. The ROME's 4,700
 * title stems take 52 KB as a JSON list and about 7.5 KB here. A word put in
 * is always found; a word left out is found by mistake about once in 100
 * (BITS_PER_WORD bits a word, HASHES probes): a mistake makes an unknown word
 * read as known, the cautious side for every rule that asks.
 */

/** The filter as it travels in a match profile: plain JSON. */
export interface WordFilter {
  /** The bit array, base64. */
  bits: string;
  /** Probes per word. */
  hashes: number;
}

/** Membership test of a compiled filter. */
export type WordTest = (word: string) => boolean;

const BITS_PER_WORD = 10;
const HASHES = 7;
/** Bounds on a received filter's probes: outside them it is no filter this code made. */
const MAX_HASHES = 16;

/**
 * The bits of a word in a filter of `size` bits: FNV-1a gives the first, and
 * that hash mixed once more the odd step to the next ones (double hashing).
 */
function probe(word: string, size: number, hashes: number, each: (byte: number, mask: number) => boolean) {
  let first = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) first = Math.imul(first ^ word.charCodeAt(i), 0x01000193);
  first >>>= 0;
  const step = (Math.imul(first, 0x5bd1e995) >>> 15) | 1;
  for (let i = 0; i < hashes; i++) {
    const bit = (first + i * step) % size;
    if (!each(bit >> 3, 1 << (bit & 7))) return false;
  }
  return true;
}

/** A filter holding every given word. */
export function buildWordFilter(words: Iterable<string>): WordFilter {
  const distinct = new Set(words);
  const bytes = new Uint8Array(Math.max(1, Math.ceil((distinct.size * BITS_PER_WORD) / 8)));
  for (const word of distinct)
    probe(word, bytes.length * 8, HASHES, (byte, mask) => {
      bytes[byte] = (bytes[byte] ?? 0) | mask;
      return true;
    });
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { bits: btoa(binary), hashes: HASHES };
}

/**
 * The membership test of a filter; undefined for anything that is no filter
 * buildWordFilter made (the caller then reads titles as if it had none).
 */
export function compileWordFilter(filter: unknown): WordTest | undefined {
  const { bits, hashes = 0 } = (filter ?? {}) as Partial<WordFilter>;
  // A bound on the probes rather than their exact type: a fraction only makes one probe more.
  if (typeof bits !== 'string' || !(hashes > 0 && hashes <= MAX_HASHES)) return undefined;
  let binary: string;
  try {
    binary = atob(bits);
  } catch {
    return undefined;
  }
  // An empty one holds no word (its probes land nowhere): titles read as if there were none.
  const size = binary.length * 8;
  return (word) => probe(word, size, hashes, (byte, mask) => (binary.charCodeAt(byte) & mask) !== 0);
}
