/**
 * The title evidence of a ROME code's family (title-evidence.ts), learnt
 * from the lexicon's word statistics (title-word-stats.ts) when the
 * background derives a match profile: each family word's weight, the words
 * against it, its heads, and the words of its rivals and of other trades.
 */
import type { RomeLexicon } from '../../rome/lexicon';
import { normalize } from '../normalize';
import { romeDomainOf } from '../rome-domain';
import { isJobNoun, stemWord } from '../stem';
import { formTokens } from '../title';
import { MODIFIER_WORDS } from './modifier-words';
import type { TitleEvidence } from './title-evidence';
import { HEAD_OWN, headsOf } from './title-evidence-score';
import { headPair, type LexiconWordStats, PERSON_WORDS, wordStats } from './title-word-stats';

/**
 * Prior strength (in appellations) pulling a family's word frequencies
 * towards the whole lexicon's: small families are not trusted on one label.
 * 5 rather than 3, with the rules below: ROME hold-out recall 70.5 -> 70.8 %
 * (tp 1850 -> 1857, fp 26 -> 28), Offres v2 unchanged.
 */
const PRIOR = 5;

/**
 * Weight of a title word the family never uses. The likelihood ratio would
 * give log(PRIOR / (size + PRIOR)), about -2 for a fiche: then one strong
 * shared word outweighs a qualifier of another métier. -3 and -4 trade a few
 * points of recall for half the false matches on the ROME hold-out.
 */
const MISS = -2.5;

/** Weight of a COMMON_FICHES word outside the family (title-word-stats.ts): weaker evidence against it than MISS. */
const COMMON_MISS = -1;

/**
 * A word most appellations of a fiche outside the family use ("maintenance"
 * in the maintenance fiches) names that fiche: the family's frequency of it
 * is compared with this share of that fiche's too.
 * Without it (0), the real Offres v2 title "Technicien de maintenance en
 * équipements industriels" is ok for 13 other maintenance fiches; 0.25
 * keeps the Offres v2 false matches where they were before the evidence.
 * It is the largest recall lever left, held by those few real titles: with
 * the roots, head pairs and v3 words, 0.15 gave ROME hold-out recall 75.5 %
 * (70.0 % at 0.25) but 11 Offres v2 false matches, 0.1 79.2 % and 28. So
 * do MISS -2 (recall +0.5 point, 8 Offres v2 false matches), COMMON_MISS
 * -0.5 (+0.7, 6) and NEAR_WORD 1 (+0.3, 5).
 */
const RIVAL = 0.25;

/**
 * A word the family uses weighs at least this: a family's rare use of a word
 * the rest of the ROME uses far more ("technicien" in one developer
 * appellation weighed -3) is no stronger evidence against it than not using
 * the word at all (COMMON_MISS). ROME hold-out recall 70.5 -> 70.8 % (tp
 * 1849 -> 1857, fp 27 -> 28), Offres v2 unchanged; a floor of 0 instead:
 * 72.8 % but 11 Offres v2 false matches instead of 4.
 */
const FAMILY_FLOOR = -1;

/**
 * A pair of first words heads the family when at least this share of the
 * appellations opening with it are of the family's parent code: "chef rayon"
 * for the shelf managers, "agent polyvalent" for the hotel employees. With
 * the head rule and at most PAIR_MISSES word outside the family: ROME
 * hold-out recall 70.0 -> 70.8 % (tp 1836 -> 1857, fp 28 -> 28), Offres v2
 * unchanged; a share of 0.67: 8 true matches fewer; any number of outside
 * words: 5 true matches more, 1 false match more, and the real Offres v2
 * title "Agent Polyvalent en Résidence Autonomie" matches the hotel employees.
 */
const PAIR_SHARE = 0.5;

/**
 * A job noun heading appellations of this many fiches outside a family
 * names another job: the loose reading does not read past it ("Poseur de
 * store" stays no shop manager's title). ROME hold-out folds 1-4 against
 * reading past every head no family word backs: true matches 1873, 1904,
 * 1866, 1876 -> 1847, 1884, 1848, 1854, random false matches 55, 30, 34,
 * 38 -> 44, 25, 28, 31; 1 fiche: fewer of both; 3: a few more of both.
 * A head is a job noun by its written ending (wordStats): read on its stem,
 * every head in -iste, -aire or -logue ("Réceptionniste", "Secrétaire") was
 * read past. Mended: folds 1-4 lose 3, 2, 1, 3 true matches and 1, 1, 1, 0
 * random false matches, and "Réceptionniste Tournant" no longer matches ten
 * fiches that use "tournant" (board titles: 1.70 -> 1.63 parent codes each).
 */
const JOB_FICHES = 2;

/** Family weights already computed, by lexicon and code: a profile's rivals are other profiles' families. */
const familiesByLexicon = new WeakMap<RomeLexicon, Map<string, TitleEvidence | undefined>>();

/**
 * The evidence weights of the family of a ROME code (every appellation the
 * lexicon holds for it), with those of its rivals: the fiches of its
 * domaine professionnel (first three characters of the code, "I13") under
 * another parent code.
 */
export function titleEvidenceOf(lexicon: RomeLexicon, romeCode: string): TitleEvidence | undefined {
  const family = familyEvidenceOf(lexicon, romeCode);
  if (!family) return undefined;
  const common = new Set(family.common);
  return {
    ...family,
    // The modifiers go with them: beside generic words only, they leave a title generic (criteria/title.ts genericWords).
    generic: [...wordStats(lexicon).common.filter((word) => !common.has(word)), ...MODIFIER_WORDS],
    modifiers: [...MODIFIER_WORDS],
    rivals: rivalsOf(lexicon, romeCode),
    jobs: otherJobsOf(lexicon, romeCode, family),
    otherTrades: otherTradesOf(lexicon, romeCode, family),
    bareHeads: bareHeadsOf(lexicon, romeCode, family),
  };
}

/** The word weights of the fiches of a code's domaine professionnel under another parent code. */
function rivalsOf(lexicon: RomeLexicon, romeCode: string): Array<Record<string, number>> {
  const parent = lexicon.parentOf(romeCode) ?? romeCode;
  const domain = romeDomainOf(romeCode);
  const rivals: Array<Record<string, number>> = [];
  for (const fiche of lexicon.fiches) {
    if (!fiche.code.startsWith(domain) || (lexicon.parentOf(fiche.code) ?? fiche.code) === parent) continue;
    const rival = familyEvidenceOf(lexicon, fiche.code);
    if (rival) rivals.push(rival.words);
  }
  return rivals;
}

/**
 * Job nouns heading appellations of JOB_FICHES fiches or more outside the
 * family, that it does not use: its common words aside, as a generic head
 * ("Directeur de piscine") may be read past, but not the common nouns that
 * name a trade (title-word-stats.ts TRADE_SHARE). Read past, "Vendeur en
 * pharmacie" was taken by eight fiches (the pharmacists, two R&D engineers'
 * fiches, a quality manager's), "Vendeur en magasin" by the fork-lift
 * drivers (by "magasinage"), "Vendeur conseil" by the medical advisers.
 * Alone, this left folds 0-2 of `npm run eval:matching -- --fold K`
 * unchanged but for those titles.
 */
function otherJobsOf(lexicon: RomeLexicon, romeCode: string, family: TitleEvidence): string[] {
  const own = new Set(lexicon.fichesOf(romeCode).map((fiche) => fiche.code));
  const common = new Set(family.common);
  const jobs: string[] = [];
  const stats = wordStats(lexicon);
  for (const [head, fiches] of stats.jobHeads) {
    if (Object.hasOwn(family.words, head) || (common.has(head) && !stats.tradeHeads.has(head))) continue;
    let others = 0;
    for (const fiche of fiches) if (!own.has(fiche)) others += 1;
    if (others >= JOB_FICHES) jobs.push(head);
  }
  return jobs;
}

/**
 * A trade's noun (title-word-stats.ts TRADE_SHARE) heading at least this
 * share of a family's appellations heads the family, though many fiches
 * use it: "Vendeur" heads almost every appellation of the sellers, and
 * "Vendeur en magasin", "Vendeur conseil" were no seller's title, only
 * "Vendeur en prêt-à-porter" and the like. Its qualifiers that another
 * trade's appellations give it still make that trade (otherTradesOf):
 * "Vendeur en boulangerie" stays the food sellers'. The held-out folds of
 * `npm run eval:matching` other than 1 already read "vendeur" so: holding
 * out their appellations leaves it to fewer than COMMON_FICHES fiches, so
 * there it is no common word and heads the sellers as any word does. On
 * fold 1, as in the full lexicon, it is common: true matches +21 (sellers'
 * held-out "Vendeur en bijouterie" and the like), random false matches +1,
 * same-domain ones +8 and same-head ones +34, all seller titles taken by
 * other sellers' fiches ("Vendeur en chaussures" for the toy sellers).
 */
const TRADE_HEAD_SHARE = 0.5;

/** The trade nouns that head the family (see TRADE_HEAD_SHARE). */
function tradeHeadsOf(
  lexicon: RomeLexicon,
  romeCode: string,
  stats: LexiconWordStats,
  words: Record<string, number>,
): string[] {
  const appellations = lexicon.appellationsForRome(romeCode);
  const heads: string[] = [];
  for (const noun of stats.tradeHeads) {
    if ((words[noun] ?? 0) < HEAD_OWN) continue;
    let headed = 0;
    for (const appellation of appellations) if (stats.words.get(appellation.code)?.[0] === noun) headed += 1;
    if (headed >= TRADE_HEAD_SHARE * appellations.length) heads.push(noun);
  }
  return heads;
}

/**
 * TitleEvidence `otherTrades`: the family's heads and the qualifiers other
 * fiches' appellations give them. A trade noun's qualifier that other
 * trades' appellations give it only beside a word naming the trade, in two
 * parent codes or more, says how the trade is done, not which: "conseil"
 * of "Vendeur conseil en jardinerie" and "… en aquariophilie" is no
 * trade, and "Vendeur conseil" a seller's title. Made a rule for every
 * head: fold 0 of `npm run eval:matching` gained 1 true match for 2
 * same-domain and 20 same-head false matches ("Premier gouvernant d'hôtel"
 * for the dressmakers); for the trade nouns alone, fold 0 is unchanged.
 */
function otherTradesOf(lexicon: RomeLexicon, romeCode: string, family: TitleEvidence): string[] {
  const stats = wordStats(lexicon);
  const near = nearFichesOf(lexicon, romeCode);
  const explained = new Set([...Object.keys(family.words), ...family.common, ...(family.near ?? [])]);
  const pairs = new Set<string>();
  // Of the trade nouns' pairs: the parent codes each is found in, and those found alone.
  const parentsOf = new Map<string, Set<string>>();
  const alone = new Set<string>();
  for (const head of family.heads ?? [])
    for (const { fiche, words } of stats.byHead.get(head) ?? []) {
      if (near.has(fiche)) continue;
      const qualifiers = words.slice(1).filter((word) => !explained.has(word));
      for (const qualifier of qualifiers) {
        const pair = `${head} ${qualifier}`;
        pairs.add(pair);
        if (!stats.tradeHeads.has(head)) continue;
        if (qualifiers.length === 1) alone.add(pair);
        const parents = parentsOf.get(pair) ?? new Set<string>();
        parents.add(lexicon.parentOf(fiche) ?? fiche);
        parentsOf.set(pair, parents);
      }
    }
  const howDone = (pair: string) => !alone.has(pair) && (parentsOf.get(pair)?.size ?? 0) >= 2;
  // A head inside other fiches' appellations, with the word after it, when that word is no family
  // word: "bureau d'études" of the design offices' "Technicien de bureau d'études" for the insurance
  // offices and the office cleaners, whose "bureau" heads (a common word such as "études" too).
  const ownWords = new Set([...Object.keys(family.words), ...(family.near ?? [])]);
  for (const head of family.heads ?? [])
    for (const { fiche, next } of innerUsesOf(lexicon).get(head) ?? [])
      if (!near.has(fiche) && !ownWords.has(next)) pairs.add(`${head} ${next}`);
  return [...pairs].filter((pair) => !howDone(pair));
}

/** Each stem's uses inside appellations, not heading them: the fiche, and the stem after it. */
const innerUses = new WeakMap<RomeLexicon, Map<string, Array<{ fiche: string; next: string }>>>();

function innerUsesOf(lexicon: RomeLexicon): Map<string, Array<{ fiche: string; next: string }>> {
  let uses = innerUses.get(lexicon);
  if (uses) return uses;
  uses = new Map();
  const stats = wordStats(lexicon);
  for (const appellation of lexicon.appellations) {
    const words = stats.words.get(appellation.code) ?? [];
    for (let at = 1; at + 1 < words.length; at++) {
      const word = words[at] ?? '';
      const use = { fiche: appellation.fiche, next: words[at + 1] ?? '' };
      const known = uses.get(word);
      if (known) known.push(use);
      else uses.set(word, [use]);
    }
  }
  innerUses.set(lexicon, uses);
  return uses;
}

/** TitleEvidence `bareHeads`: the family's heads that another fiche's appellation is on its own. */
function bareHeadsOf(lexicon: RomeLexicon, romeCode: string, family: TitleEvidence): string[] {
  const stats = wordStats(lexicon);
  const near = nearFichesOf(lexicon, romeCode);
  return (family.heads ?? []).filter((head) =>
    (stats.byHead.get(head) ?? []).some(({ fiche, words }) => words.length === 1 && !near.has(fiche)),
  );
}

/** The fiches of a code's family and of its parent code: the family and its siblings. */
function nearFichesOf(lexicon: RomeLexicon, romeCode: string): Set<string> {
  const parent = lexicon.parentOf(romeCode) ?? romeCode;
  return new Set([...lexicon.fichesOf(parent), ...lexicon.fichesOf(romeCode)].map((fiche) => fiche.code));
}

function familyEvidenceOf(lexicon: RomeLexicon, romeCode: string): TitleEvidence | undefined {
  let families = familiesByLexicon.get(lexicon);
  if (!families) {
    families = new Map();
    familiesByLexicon.set(lexicon, families);
  }
  if (!families.has(romeCode)) families.set(romeCode, computeFamilyEvidence(lexicon, romeCode));
  return families.get(romeCode);
}

function computeFamilyEvidence(lexicon: RomeLexicon, romeCode: string): TitleEvidence | undefined {
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
  const near = nearFichesOf(lexicon, romeCode);
  for (const [word, count] of inFamily) {
    if (PERSON_WORDS.includes(word) || MODIFIER_WORDS.includes(word)) continue;
    const background = (stats.uses.get(word) ?? count) / stats.total;
    // Against the whole ROME, and against the fiches outside the family (and its parent's)
    // that the word names: a few "maintenance" appellations do not make a fiche a maintenance one.
    let rival = background;
    for (const named of majorityOf(stats, word, background))
      if (!near.has(named.fiche)) {
        rival = Math.max(rival, named.frequency);
        break;
      }
    const weight = Math.round(Math.log(frequency(count, size, background) / rival) * 10) / 10;
    words[word] = Math.max(weight, FAMILY_FLOOR);
  }
  const generic = new Set(stats.common);
  const domain = romeDomainOf(romeCode);
  const common = stats.common.filter(
    (word) => !Object.hasOwn(words, word) && (stats.domainWords.get(word) ?? domain) === domain,
  );
  const commonSet = new Set(common);
  const nearWords = new Set<string>();
  const addNear = (word: string) => {
    if (!Object.hasOwn(words, word) && !commonSet.has(word)) nearWords.add(word);
  };
  const parent = lexicon.parentOf(romeCode);
  // The parent code's v3 family, not every appellation ROME 4.0 files under it (appellationsFiledUnder):
  // words of appellations that came from another v3 code are weaker evidence of the family. Folds 0-4
  // of `npm run eval:matching -- --fold K` with the filed ones: true matches 0, +1, +1, 0, +1;
  // same-domain false matches +1, +1, +3, +3, +3.
  if (parent)
    for (const appellation of lexicon.appellationsForRome(parent))
      for (const word of stats.words.get(appellation.code) ?? []) addNear(word);
  // The ROME v3 label of the parent code names the activity ("Conduite d'engins agricoles et
  // forestiers"): its words are near words too (ROME hold-out tp 1849 -> 1857, fp unchanged).
  const v3Label = lexicon.fiche(parent ?? romeCode)?.v3Label;
  if (v3Label) for (const word of formTokens(normalize(v3Label))) addNear(stemWord(word));
  const heads = [...headsOf(words, generic), ...tradeHeadsOf(lexicon, romeCode, stats, words)];
  const bound = boundWordsOf(lexicon, romeCode, stats);
  return {
    ...(bound.length > 0 ? { bound } : {}),
    words,
    miss: MISS,
    common,
    commonMiss: COMMON_MISS,
    near: [...nearWords],
    heads,
    headPairs: headPairsOf(lexicon, romeCode, stats, near).filter(
      // A pair whose first word heads the family alone adds nothing: the profile stays small.
      (pair) => {
        const first = pair.slice(0, pair.indexOf(' '));
        return !(heads.includes(first) && isJobNoun(first));
      },
    ),
  };
}

/**
 * The family's compound parts (TitleEvidence `bound`): a word that no family
 * appellation opens with, that two or more of them use, always beside the
 * same other word (not their head), and that another fiche uses as well:
 * "learning" is always "machine learning" for the AI engineers, and the
 * e-learning trainers use it too. Each such word comes with every partner
 * it always has ("responsabilit" and "rse" of "RSE - Responsabilité
 * sociétale", both ways).
 */
function boundWordsOf(lexicon: RomeLexicon, romeCode: string, stats: LexiconWordStats): string[] {
  // Per word, the neighbours every use so far had; null for a word that heads an appellation.
  const partners = new Map<string, Set<string> | null>();
  const uses = new Map<string, number>();
  for (const appellation of lexicon.appellationsForRome(romeCode)) {
    const words = stats.words.get(appellation.code) ?? [];
    if (words[0] !== undefined) partners.set(words[0], null);
    for (let i = 1; i < words.length; i++) {
      const word = words[i] as string;
      uses.set(word, (uses.get(word) ?? 0) + 1);
      const known = partners.get(word);
      if (known === null) continue;
      const here = [words[i + 1], i >= 2 ? words[i - 1] : undefined];
      partners.set(
        word,
        new Set(here.filter((n): n is string => n !== undefined && (!known || known.has(n)))),
      );
    }
  }
  const own = new Set(lexicon.fichesOf(romeCode).map((fiche) => fiche.code));
  const usedElsewhere = (word: string) => {
    for (const fiche of stats.usesByFiche.get(word)?.keys() ?? []) if (!own.has(fiche)) return true;
    return false;
  };
  const bound: string[] = [];
  for (const [word, always] of partners)
    if (always && always.size > 0 && (uses.get(word) ?? 0) >= 2 && usedElsewhere(word))
      for (const partner of always) bound.push(`${word} ${partner}`);
  return bound;
}

const frequency = (count: number, of: number, background: number) =>
  (count + PRIOR * background) / (of + PRIOR);

/**
 * The fiches a word names (most of their appellations use it) with RIVAL
 * times their frequency of it, highest first, once per word and lexicon:
 * a family's rival for the word is the first outside it (a profile's
 * rivals are dozens of families sharing their words).
 */
function majorityOf(stats: LexiconWordStats, word: string, background: number) {
  let named = stats.majority.get(word);
  if (!named) {
    named = [];
    for (const [fiche, uses] of stats.usesByFiche.get(word) ?? []) {
      const of = stats.ficheSize.get(fiche) ?? uses;
      if (uses * 2 > of) named.push({ fiche, frequency: RIVAL * frequency(uses, of, background) });
    }
    named.sort((a, b) => b.frequency - a.frequency);
    stats.majority.set(word, named);
  }
  return named;
}

/** The head pairs of a family: pairs of first words whose appellations are mostly of `near` (the parent's fiches). */
function headPairsOf(
  lexicon: RomeLexicon,
  romeCode: string,
  stats: LexiconWordStats,
  near: ReadonlySet<string>,
): string[] {
  const pairs = new Set<string>();
  for (const appellation of lexicon.appellationsForRome(romeCode)) {
    const pair = headPair(stats.words.get(appellation.code) ?? []);
    const fiches = pair === undefined ? undefined : stats.pairs.get(pair);
    if (pair === undefined || fiches === undefined || pairs.has(pair)) continue;
    let inside = 0;
    let total = 0;
    for (const [fiche, uses] of fiches) {
      total += uses;
      if (near.has(fiche)) inside += uses;
    }
    if (inside >= PAIR_SHARE * total) pairs.add(pair);
  }
  return [...pairs];
}
