/**
 * The shape of public/data/rome-lexicon.json, written by scripts/build-data.ts
 * and read by decodeLexicon(). Labels are stored once as word numbers into a
 * shared vocabulary, numbers as packed text (see utils/geo/packed-ints.ts):
 * this keeps 13,000 appellations under 400 KB.
 */
import { z } from 'zod';

export const LEXICON_FORMAT = 1;

/** Packed text of unsigned integers. */
const packed = z.string().regex(/^[0-9A-Za-z_-]*$/);

export const lexiconAssetSchema = z.object({
  format: z.literal(LEXICON_FORMAT),
  /** Which referential versions the asset was built from. */
  source: z.string(),
  /** Every word of every label, separated by one space, most frequent first. */
  words: z.string(),
  fiches: z.object({
    /** 5-character ROME codes, concatenated, sorted. */
    codes: z.string(),
    /** Per fiche, the position of its parent fiche. */
    parents: packed,
    /** Per fiche, its label: a word count then that many word numbers. */
    labels: packed,
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
    /** Per appellation, its short label; word count 0 when equal to the long one. */
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
