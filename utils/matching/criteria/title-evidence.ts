/**
 * How strongly the words of an offer's title point to a métier's family, as
 * a log-likelihood ratio learnt from the ROME lexicon: a word the family's
 * appellations use much more than the rest of the ROME and than any other
 * fiche it names ("actuaire", "financier" for a finance fiche) is evidence
 * for it, a word outside the family is evidence against it. It lets a title
 * match with qualifiers no appellation spells out ("Adjoint à la direction
 * administrative et financière"), where a form matches only when all its
 * words are there.
 *
 * The weights are learnt once per profile in the background
 * (title-evidence-weights.ts, from the lexicon's word statistics in
 * title-word-stats.ts, called by derive-match-profile.ts); the content
 * script only adds looked-up numbers (title-evidence-score.ts). This file
 * holds their shape, as the match profile carries it.
 */

/** The compact weights of one métier, as sent in the match profile. */
export interface TitleEvidence {
  /** Stemmed word of the family -> its weight (natural log of the likelihood ratio, one decimal). */
  words: Record<string, number>;
  /** Weight of any title word outside the family (negative). */
  miss: number;
  /** Words of many fiches the family never uses ("service", "technique"): weaker evidence against it. */
  common: string[];
  /** Weight of a common word outside the family (negative, above `miss`). */
  commonMiss: number;
  /**
   * Words of the sibling fiches (same parent code) the family never uses:
   * a near métier's qualifier, evidence for the family rather than against
   * it. Optional: match profiles derived before it have none.
   */
  near?: string[];
  /**
   * Family words specific and strong enough to head a title of the family
   * (see HEAD_OWN): its qualifiers may then vary. Optional, as `near`.
   */
  heads?: string[];
  /**
   * First two words ("chef rayon") of the family's appellations that mostly
   * name its parent's fiches (see PAIR_SHARE): a title opening with them is
   * headed by the family as with `heads`. Optional, as `near`.
   */
  headPairs?: string[];
  /**
   * The COMMON_FICHES words the family itself uses: with `common`, every
   * such word, which the rivals' weights read; and the modifier words
   * (modifier-words.ts). Optional, as `rivals`.
   */
  generic?: string[];
  /**
   * The modifier words (modifier-words.ts), sent as data so that the
   * content scripts carry no list of their own. Optional: a profile derived
   * before has none, and pays for them as for any word it lacks.
   */
  modifiers?: string[];
  /**
   * The word weights (as `words`) of the fiches of the same domaine
   * professionnel under another parent code: a title one of them explains
   * better is theirs (criteria/title.ts). Their words only: their heads
   * follow from them (HEAD_OWN), and their near words and head pairs,
   * the bulk of them (28 and 7 of 56 KB for a developer), changed little
   * (ROME hold-out folds 1-4: 0 to 6 true matches more, 3 to 19 same-domain
   * false matches fewer with them). Optional: match profiles derived before
   * have none, and are read as they were.
   */
  rivals?: Array<Record<string, number>>;
  /**
   * Job nouns outside the family heading appellations of JOB_FICHES other
   * fiches or more ("poseur"): a title they head is another job, which the
   * loose reading (EvidenceScores) never reads past. Optional, as `rivals`.
   */
  jobs?: string[];
  /**
   * "head qualifier" stem pairs ("developpeur film") of the appellations
   * outside the family and its parent's fiches that one of its `heads`
   * opens, the qualifier no word of the family's lists: the family's head
   * qualified into another trade (see isOtherTrade). Optional, as `rivals`.
   */
  otherTrades?: string[];
  /**
   * The family's `heads` that alone are a whole appellation of a fiche
   * outside the family and its parent's ("secretaire": "Secrétaire", M1607,
   * for the accounting secretaries): the generic trade of that head (see
   * isOtherTrade). Optional, as `rivals`.
   */
  bareHeads?: string[];
  /**
   * "word partner" stem pairs ("learning machin"): a family word its
   * appellations always write beside the same other word, and that other
   * fiches use too (see boundWordsOf). Optional, as `rivals`.
   */
  bound?: string[];
  /**
   * The appellations of other trades (outside the family and its parent's
   * fiches) that this evidence would take, each as its stemKey ("business
   * developer"): a title that is exactly one of them is that trade's. Added
   * by the match profile's derivation (criteria/other-appellations.ts).
   * Optional, as `rivals`.
   */
  otherAppellations?: string[];
}
