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
 * The weights are computed once per profile in the background
 * (derive-match-profile.ts); the content script only adds looked-up numbers.
 */

import type { RomeLexicon } from '../../rome/lexicon';
import { cached } from '../cache';
import { normalize } from '../normalize';
import { isJobNoun, stemWord } from '../stem';
import { formTokens } from '../title';

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
}

/**
 * Prior strength (in appellations) pulling a family's word frequencies
 * towards the whole lexicon's: small families are not trusted on one label.
 */
const PRIOR = 3;

/**
 * Weight of a title word the family never uses. The likelihood ratio would
 * give log(PRIOR / (size + PRIOR)), about -2 for a fiche: then one strong
 * shared word outweighs a qualifier of another métier. -3 and -4 trade a few
 * points of recall for half the false matches on the ROME hold-out.
 */
const MISS = -2.5;

/**
 * A word used by this many fiches says little about which one a title is:
 * when the family never uses it, it counts COMMON_MISS instead of MISS
 * (ROME hold-out recall +1.9 points at -2, Offres v2 unchanged; -1 with the
 * head rule below: see HEAD_OWN).
 */
const COMMON_FICHES = 40;
const COMMON_MISS = -1;

/**
 * A word most appellations of a fiche outside the family use ("maintenance"
 * in the maintenance fiches) names that fiche: the family's frequency of it
 * is compared with this share of that fiche's too.
 * Without it (0), the real Offres v2 title "Technicien de maintenance en
 * équipements industriels" is ok for 13 other maintenance fiches; 0.25
 * keeps the Offres v2 false matches where they were before the evidence.
 */
const RIVAL = 0.25;

interface LexiconWordStats {
  /** Appellations using each stemmed word. */
  uses: Map<string, number>;
  /** Appellations using each stemmed word, by fiche. */
  usesByFiche: Map<string, Map<string, number>>;
  /** Appellations of each fiche. */
  ficheSize: Map<string, number>;
  /** Words of COMMON_FICHES fiches or more. */
  common: string[];
  total: number;
  /** Stemmed words of each appellation, by code. */
  words: Map<string, string[]>;
}

const statsByLexicon = new WeakMap<RomeLexicon, LexiconWordStats>();

function wordStats(lexicon: RomeLexicon): LexiconWordStats {
  let stats = statsByLexicon.get(lexicon);
  if (!stats) {
    stats = {
      uses: new Map(),
      usesByFiche: new Map(),
      ficheSize: new Map(),
      common: [],
      total: 0,
      words: new Map(),
    };
    // From the labels, which spell out both genders; stemming folds them into one word.
    for (const appellation of lexicon.appellations) {
      const words = [...new Set(formTokens(normalize(appellation.label)).map(stemWord))];
      stats.words.set(appellation.code, words);
      stats.total += 1;
      const fiche = appellation.fiche;
      stats.ficheSize.set(fiche, (stats.ficheSize.get(fiche) ?? 0) + 1);
      for (const word of words) {
        stats.uses.set(word, (stats.uses.get(word) ?? 0) + 1);
        const byFiche = stats.usesByFiche.get(word) ?? new Map<string, number>();
        byFiche.set(fiche, (byFiche.get(fiche) ?? 0) + 1);
        stats.usesByFiche.set(word, byFiche);
      }
    }
    for (const [word, fiches] of stats.usesByFiche) if (fiches.size >= COMMON_FICHES) stats.common.push(word);
    statsByLexicon.set(lexicon, stats);
  }
  return stats;
}

/** The evidence weights of the family of a ROME code (every appellation the lexicon holds for it). */
export function titleEvidenceOf(lexicon: RomeLexicon, romeCode: string): TitleEvidence | undefined {
  const stats = wordStats(lexicon);
  const inFamily = new Map<string, number>();
  let size = 0;
  for (const appellation of lexicon.appellationsForRome(romeCode)) {
    const words = stats.words.get(appellation.code);
    if (!words) continue;
    size += 1;
    for (const word of words) inFamily.set(word, (inFamily.get(word) ?? 0) + 1);
  }
  if (size === 0) return undefined;
  const words: Record<string, number> = {};
  const near = new Set(lexicon.fichesOf(lexicon.parentOf(romeCode) ?? romeCode).map((f) => f.code));
  for (const code of lexicon.fichesOf(romeCode)) near.add(code.code);
  const frequency = (count: number, of: number, background: number) =>
    (count + PRIOR * background) / (of + PRIOR);
  for (const [word, count] of inFamily) {
    const background = (stats.uses.get(word) ?? count) / stats.total;
    // Against the whole ROME, and against the fiches outside the family (and its parent's)
    // that the word names: a few "maintenance" appellations do not make a fiche a maintenance one.
    let rival = background;
    for (const [fiche, uses] of stats.usesByFiche.get(word) ?? []) {
      const of = stats.ficheSize.get(fiche) ?? uses;
      if (!near.has(fiche) && uses * 2 > of) rival = Math.max(rival, RIVAL * frequency(uses, of, background));
    }
    words[word] = Math.round(Math.log(frequency(count, size, background) / rival) * 10) / 10;
  }
  const generic = new Set(stats.common);
  const common = stats.common.filter((word) => !Object.hasOwn(words, word));
  const commonSet = new Set(common);
  const nearWords = new Set<string>();
  const parent = lexicon.parentOf(romeCode);
  if (parent)
    for (const appellation of lexicon.appellationsForRome(parent))
      for (const word of stats.words.get(appellation.code) ?? [])
        if (!Object.hasOwn(words, word) && !commonSet.has(word)) nearWords.add(word);
  const heads = Object.keys(words).filter((word) => (words[word] ?? 0) >= HEAD_OWN && !generic.has(word));
  return { words, miss: MISS, common, commonMiss: COMMON_MISS, near: [...nearWords], heads };
}

/** Stems of title words, shared by every offer of a page (titles repeat their words). */
const stems = new Map<string, string>();

/** The weights as a Map: a Record would answer "constructor" from its prototype. */
export interface CompiledEvidence {
  words: Map<string, number>;
  miss: number;
  common: Set<string>;
  commonMiss: number;
  near: Set<string>;
  heads: Set<string>;
  /** First PREFIX letters of the family's words -> half the best weight: "informatique" vouches for "informaticien". */
  prefixes: Map<string, number>;
}

/**
 * Words of one root ("informatique", "informaticien"; "electricite",
 * "electricien") share their first letters where stemming cannot join them: a
 * title word outside the family whose first 6 letters start a family word
 * counts a share of that word's weight instead of a miss (ROME hold-out recall
 * +1.5 points at half, no new false match on either set; 5 letters: +2.1, 2
 * more). With the head rule, 3/8 gives the same recall with fewer false matches.
 */
const PREFIX = 6;
const PREFIX_SHARE = 0.375;

/**
 * A sibling fiche's word (same parent code) is no evidence against the family:
 * it names a near métier, and the profile's family and its siblings share
 * their qualifiers ("Animateur de foyer rural" for a socio-educational
 * animator). Counting +0.5 instead of MISS: ROME hold-out recall +0.5 point
 * over 0, precision unchanged.
 */
const NEAR_WORD = 0.5;

/**
 * The head noun decides what a job is: a title whose first word is a word of
 * the family weighing at least HEAD_OWN ("Poseur de bardage", "Régleur de
 * moulinage" for their fiches) lets its qualifiers vary. Then a word outside
 * the family counts QUALIFIER_MISS instead of MISS, and the title needs
 * HEAD_BONUS less evidence. A head many fiches use ("technicien", "agent":
 * the COMMON_FICHES words) never does: it says little of which job a title
 * is. Chosen on the ROME hold-out of `npm run eval:matching` with the Offres
 * v2 false matches watched (ROME recall, precision; Offres v2 false matches
 * out of 9480 decisions): without the rule 0.625, 0.992, 3; any head, 1,
 * -0.5, 0.5: 0.681, 0.986, 9, the extra ones being "Technicien de
 * maintenance en équipements industriels" for two other maintenance fiches;
 * specific heads only, 1, -0.5, 0.5: 0.676, 0.991, 6; 0.5, 0, 1: 0.692,
 * 0.987, 6; 0.5, 0, 1 with a threshold of 0.5: 0.713, 0.985, 12. The head
 * must also read as a French job noun (isJobNoun): an English title puts its
 * head last, and "Learning & Capabilities Specialist" was headed by
 * "learning" for the developer and AI fiches (0.685, 0.987, 4).
 */
const HEAD_OWN = 0.5;
const QUALIFIER_MISS = 0;
const HEAD_BONUS = 1;

/**
 * A head that is a job noun no word list of the family knows ("poseur" of
 * "Poseur de store" for a shop manager whose "Store manager" gives "store"
 * weight) names another job: it counts FOREIGN_HEAD more than a miss. A veto
 * instead (as before) loses 1.8 points of ROME hold-out recall for no false
 * match less on either set; -2 and the veto give the same Offres v2 figures.
 */
const FOREIGN_HEAD = -2;

function prefixesOf(words: Record<string, number>): Map<string, number> {
  const prefixes = new Map<string, number>();
  for (const [word, weight] of Object.entries(words)) {
    if (word.length < PREFIX || weight <= 0) continue;
    const key = word.slice(0, PREFIX);
    prefixes.set(key, Math.max(prefixes.get(key) ?? 0, weight * PREFIX_SHARE));
  }
  return prefixes;
}

/** Builds the look-up table of a métier's weights. */
export function compileEvidence(evidence: TitleEvidence): CompiledEvidence {
  return {
    words: new Map(Object.entries(evidence.words)),
    miss: evidence.miss,
    common: new Set(evidence.common),
    commonMiss: evidence.commonMiss,
    near: new Set(evidence.near ?? []),
    heads: new Set(evidence.heads ?? []),
    prefixes: prefixesOf(evidence.words),
  };
}

/**
 * The summed evidence of a title's words (both genders' words, each stem
 * once) for a family; `tokens` in title order, the head noun first.
 */
export function titleEvidenceScore(tokens: Iterable<string>, evidence: CompiledEvidence): number {
  let score = 0;
  let misses = 0;
  let headOwn = false;
  let first = true;
  const counted: string[] = [];
  for (const token of tokens) {
    const stem = cached(stems, 8192, token, token, stemWord);
    // "vendeur" and "vendeuse" of one title are one word: counted once.
    if (counted.includes(stem)) continue;
    counted.push(stem);
    const head = first;
    first = false;
    const weight = evidence.words.get(stem);
    if (weight !== undefined) {
      score += weight;
      if (head) headOwn = evidence.heads.has(stem) && isJobNoun(token);
    } else if (evidence.common.has(stem)) score += evidence.commonMiss;
    else {
      const root = stem.length >= PREFIX ? evidence.prefixes.get(stem.slice(0, PREFIX)) : undefined;
      if (root !== undefined) score += root;
      else if (evidence.near.has(stem)) score += NEAR_WORD;
      else {
        misses += 1;
        if (head && isJobNoun(token)) score += FOREIGN_HEAD;
      }
    }
  }
  return score + (headOwn ? misses * QUALIFIER_MISS + HEAD_BONUS : misses * evidence.miss);
}
