/**
 * The shape of public/data/rome-lexicon.json, written by scripts/build-data.ts
 * and read by decodeLexicon(). Labels are stored once as word numbers into a
 * shared vocabulary, numbers as packed text (see utils/geo/packed-ints.ts);
 * what the decoder can derive (a fiche's label, the unchanged words of a short
 * label) is not stored: 13,000 appellations in under 300 KB, 150 KB gzipped.
 */
import { z } from 'zod';

export const LEXICON_FORMAT = 2;

/** Packed text of unsigned integers. */
const packed = z.string().regex(/^[0-9A-Za-z_-]*$/);

export const lexiconAssetSchema = z.object({
  format: z.literal(LEXICON_FORMAT),
  /** Which referential versions the asset was built from. */
  source: z.string(),
  /** The 1,024 most frequent words of the labels, most frequent first, separated by one space. */
  words: z.string(),
  /**
   * Every other word, sorted, separated by one space; each is written as one
   * packed digit, how many leading characters it shares with the word before,
   * then the rest. Word numbers go on after the frequent words.
   */
  rareWords: z.string(),
  /** A fiche's label is its principal appellation's (the build checks it), so it is not stored. */
  fiches: z.object({
    /** 5-character ROME codes, concatenated, sorted. */
    codes: z.string(),
    /** Per fiche, the position of its parent fiche. */
    parents: packed,
    /** Per fiche, the ROME v3 label of the parent code (word count 0 when the fiche is not a parent). */
    v3Labels: packed,
    /** Per fiche, how many appellations it has; appellations are stored fiche by fiche, the principal first. */
    appellationCounts: packed,
  }),
  appellations: z.object({
    /** code_ogr values, as differences. */
    codes: packed,
    /** Long labels: words shared with the previous label, count of further words, their numbers. */
    labels: packed,
    /** Positions of the appellations whose short label differs from the long one, as differences. */
    shortened: packed,
    /**
     * Their short labels as edits of the long ones: how many leading and
     * trailing words are kept, how many words replace the rest, those words.
     */
    shortLabels: packed,
    /** Positions of the appellations France Travail marks as rarely used, as differences. */
    rare: packed,
    /** Appellations whose own historic code differs from their fiche's: position, then position of that parent fiche. */
    ownParents: packed,
  }),
  /** ROME v3 appellation codes absent from v4, with the position of their parent fiche. */
  v3Only: z.object({ codes: packed, parents: packed }),
});

export type LexiconAsset = z.infer<typeof lexiconAssetSchema>;
