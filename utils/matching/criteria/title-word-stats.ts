/**
 * The word statistics of the ROME lexicon that the title evidence is learnt
 * from (title-evidence-weights.ts): how many appellations, and of which
 * fiches, use each stemmed word, which words many fiches share, and how
 * appellations open. Computed once per lexicon, in the background.
 */
import type { RomeLexicon } from '../../rome/lexicon';
import { normalize } from '../normalize';
import { romeDomainOf } from '../rome-domain';
import { isJobNoun, stemWord } from '../stem';
import { formTokens } from '../title';

/**
 * A word used by this many fiches says little about which one a title is:
 * when the family never uses it, it counts COMMON_MISS instead of MISS
 * (ROME hold-out recall +1.9 points at -2, Offres v2 unchanged; -1 with the
 * head rule below: see HEAD_OWN).
 */
export const COMMON_FICHES = 40;

/**
 * "Homme" and "femme" (stemmed): the person of "Homme / Femme de pied", "Homme / Femme de
 * plancher", "Valet / Femme de chambre", whose complement names the trade. Rare in the ROME,
 * they weighed as much as a trade's own word: "Assistant(e) Chef(fe) de Projet Treizième
 * Homme" (a football club's project) matched the tree fellers, the drillers and the tank
 * crews. They are common words instead: no weight, no head, COMMON_MISS. Folds 1-4 of
 * `npm run eval:matching -- --fold K`: true matches 0, 0, +1, 0; random false matches
 * unchanged; same-domain ones 0, 0, 0, +1; same-head ones -2, -3, -1, -4; board titles
 * 1.29 -> 1.26 parent codes each.
 */
export const PERSON_WORDS: readonly string[] = ['homm', 'femm'];

/**
 * Abbreviations boards write for words the ROME spells out ("Chauffeur PL",
 * "Mécanicien VL", "Assistant ADV"), each with the stems it stands for. An
 * appellation holding all of them has the abbreviation among its words too:
 * a title writing it then weighs for the fiches that spell it out, and for
 * the others it is a word of the ROME, no unknown word (which the weak rule
 * of criteria/title.ts lets pass: "Chauffeur PL" was a match for the bus,
 * VTC and hearse drivers). Abbreviations some appellations already write
 * ("RH", "SAV", "TP") are left as they are: spread over every appellation
 * spelling them out, "RH" took "Assistant RH" to the trainers. Every fold
 * of `npm run eval:matching` unchanged; its common titles 2.41 -> 2.39
 * parent codes each ("Chauffeur PL" 4 -> 2).
 * "R&D" is one the ROME writes too, in four appellations, but every
 * appellation spelling out "recherche et développement" is a research
 * trade's, and the bare "RD" is also the insurers' "Risques Divers": "Ingénieur
 * R&D" was a match for the insurance managers (C1109) and the industrial
 * installation technicians (I1324) besides the R&D and software engineers:
 * 5 parent codes, 3 after. Folds 0-4: true matches +1, 0, 0, 0, 0;
 * same-domain false matches +1, 0, 0, -1, 0; the rest unchanged. The five
 * after it, each alone, leave folds 0 and 1 unchanged; together they cost
 * fold 1 one true match, by chance: the ROME word filter (word-filter.ts)
 * grows by five words, its bits move, and "pluviales" now reads as a word
 * of the ROME, so "Chargé de mission eaux pluviales" no longer has the
 * unknown word's allowance.
 */
export const ABBREVIATIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['pl', ['poid', 'lourd']],
  ['spl', ['super', 'poid', 'lourd']],
  ['vl', ['vehicul', 'leger']],
  ['adv', ['administration', 'vent']],
  ['rd', ['recherch', 'developpement']],
  // "Technicien BE", "Ingénieur BE": the design offices' "bureau d'études", which no fiche's title shortens.
  ['be', ['bureau', 'etud']],
  // Boards' names of care and office trades the ROME spells out only: "EJE", "ADVF", "AMP" were no
  // fiche's title; "RAF", "DPO" none of the trade's.
  ['eje', ['educateur', 'jeun', 'enfant']],
  ['advf', ['assistant', 'vie', 'famil']],
  ['amp', ['aide', 'medico', 'psychologiqu']],
  ['raf', ['responsabl', 'administratif', 'financier']],
  ['dpo', ['delegu', 'protection', 'donn']],
];

/** An appellation's stems with the abbreviations of ABBREVIATIONS it spells out added at the end. */
function withAbbreviations(stems: string[]): string[] {
  for (const [abbreviation, spelled] of ABBREVIATIONS)
    if (!stems.includes(abbreviation) && spelled.every((stem) => stems.includes(stem)))
      stems.push(abbreviation);
  return stems;
}

/**
 * A COMMON_FICHES word that at least this share of its fiches has in one
 * domaine professionnel ("informatique": 72 % of its 53 fiches are M18's,
 * "information" 56 %) names that domaine: for a family of another domaine
 * that does not use it, it counts MISS, not COMMON_MISS. "Chargé d'affaires
 * informatique" was a match for the bank, building and industry account
 * managers. No other word reaches a half. Folds 1-4 of `npm run
 * eval:matching -- --fold K`: true matches unchanged; random false matches
 * -1, 0, 0, 0; same-domain ones 0, 0, 0, -2; same-head ones -7, -3, -5, -9;
 * board titles 1.26 -> 1.22 parent codes each. At 0.4 ("systeme" too):
 * same-domain +1 on folds 1 and 2.
 */
const DOMAIN_WORD_SHARE = 0.5;

/**
 * A COMMON_FICHES job noun heading appellations of fiches this share of
 * which are in one grand domaine (the code's letter) names a trade, not a
 * rank: "vendeur" heads 24 fiches, 20 of them in D (commerce), where
 * "technicien", "directeur", "assistant" or "ingénieur" head fiches of
 * 10 to 14 grand domaines, none with more than 45 % in one ("consultant":
 * 61 %, the next). A family that does not use such a noun does not read a
 * title past it (title-evidence-weights.ts otherJobsOf): "Vendeur en
 * pharmacie" is no pharmacist's title. A family it heads mostly is headed
 * by it (title-evidence-weights.ts tradeHeadsOf).
 */
const TRADE_SHARE = 0.75;

export interface LexiconWordStats {
  /** Appellations using each stemmed word. */
  uses: Map<string, number>;
  /** Appellations using each stemmed word, by fiche. */
  usesByFiche: Map<string, Map<string, number>>;
  /** Appellations of each fiche. */
  ficheSize: Map<string, number>;
  /** Words of COMMON_FICHES fiches or more. */
  common: string[];
  /** The common words that name a domaine professionnel (DOMAIN_WORD_SHARE), with its code ("M18"). */
  domainWords: Map<string, string>;
  total: number;
  /** Stemmed words of each appellation, by code. */
  words: Map<string, string[]>;
  /** Appellations opening with each pair of stemmed words ("chef rayon"), by fiche. */
  pairs: Map<string, Map<string, number>>;
  /** Fiches with an appellation headed by each job noun ("poseur"). */
  jobHeads: Map<string, Set<string>>;
  /** The common words that are job nouns naming one trade (TRADE_SHARE): "vendeur". */
  tradeHeads: Set<string>;
  /** Appellations (their fiche and stemmed words) by head stem: the other trades of a head are read from its own. */
  byHead: Map<string, Array<{ fiche: string; words: string[] }>>;
  /** Per word, the fiches most of whose appellations use it, with their RIVAL frequency, highest first (see majorityOf). */
  majority: Map<string, Array<{ fiche: string; frequency: number }>>;
}

/** The first two distinct stems of a label or title ("chef rayon" of "Chef / Cheffe de rayon épicerie"). */
export function headPair(stems: readonly string[]): string | undefined {
  return stems.length >= 2 ? `${stems[0]} ${stems[1]}` : undefined;
}

/** The domaine professionnel DOMAIN_WORD_SHARE of a word's fiches (`byFiche`'s keys) are in, if any. */
function domainNamedBy(byFiche: ReadonlyMap<string, number> | undefined): string | undefined {
  if (!byFiche) return undefined;
  const counts = new Map<string, number>();
  for (const fiche of byFiche.keys()) {
    const domain = romeDomainOf(fiche);
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  for (const [domain, count] of counts) if (count >= DOMAIN_WORD_SHARE * byFiche.size) return domain;
  return undefined;
}

/** Whether TRADE_SHARE of a job noun's fiches (`fiches`, heading one of their appellations each) are of one grand domaine. */
function namesOneTrade(fiches: ReadonlySet<string>): boolean {
  const counts = new Map<string, number>();
  for (const fiche of fiches) counts.set(fiche.charAt(0), (counts.get(fiche.charAt(0)) ?? 0) + 1);
  for (const count of counts.values()) if (count >= TRADE_SHARE * fiches.size) return true;
  return false;
}

const statsByLexicon = new WeakMap<RomeLexicon, LexiconWordStats>();

/** The word statistics of a lexicon's appellations, computed once per lexicon. */
export function wordStats(lexicon: RomeLexicon): LexiconWordStats {
  let stats = statsByLexicon.get(lexicon);
  if (!stats) {
    stats = {
      uses: new Map(),
      usesByFiche: new Map(),
      ficheSize: new Map(),
      common: [],
      domainWords: new Map(),
      total: 0,
      words: new Map(),
      pairs: new Map(),
      jobHeads: new Map(),
      tradeHeads: new Set(),
      byHead: new Map(),
      majority: new Map(),
    };
    // From the labels, which spell out both genders; stemming folds them into one word.
    for (const appellation of lexicon.appellations) {
      const tokens = formTokens(normalize(appellation.label));
      const words = withAbbreviations([...new Set(tokens.map(stemWord))]);
      stats.words.set(appellation.code, words);
      stats.total += 1;
      const fiche = appellation.fiche;
      stats.ficheSize.set(fiche, (stats.ficheSize.get(fiche) ?? 0) + 1);
      const head = words[0];
      if (head !== undefined) {
        const headed = stats.byHead.get(head);
        if (headed) headed.push({ fiche, words });
        else stats.byHead.set(head, [{ fiche, words }]);
      }
      // The written word, as titles are read (wordsOf): the stem of "fleuriste" ends in -ist, no agent ending.
      if (head !== undefined && isJobNoun(tokens[0] ?? '')) {
        const fiches = stats.jobHeads.get(head) ?? new Set<string>();
        fiches.add(fiche);
        stats.jobHeads.set(head, fiches);
      }
      const pair = headPair(words);
      if (pair !== undefined) {
        const byFiche = stats.pairs.get(pair) ?? new Map<string, number>();
        byFiche.set(fiche, (byFiche.get(fiche) ?? 0) + 1);
        stats.pairs.set(pair, byFiche);
      }
      for (const word of words) {
        stats.uses.set(word, (stats.uses.get(word) ?? 0) + 1);
        const byFiche = stats.usesByFiche.get(word) ?? new Map<string, number>();
        byFiche.set(fiche, (byFiche.get(fiche) ?? 0) + 1);
        stats.usesByFiche.set(word, byFiche);
      }
    }
    for (const [word, fiches] of stats.usesByFiche) if (fiches.size >= COMMON_FICHES) stats.common.push(word);
    for (const word of PERSON_WORDS) if (!stats.common.includes(word)) stats.common.push(word);
    for (const word of stats.common) {
      const domain = domainNamedBy(stats.usesByFiche.get(word));
      if (domain !== undefined) stats.domainWords.set(word, domain);
      const headed = stats.jobHeads.get(word);
      if (headed && namesOneTrade(headed)) stats.tradeHeads.add(word);
    }
    statsByLexicon.set(lexicon, stats);
  }
  return stats;
}

/**
 * Every stem the ROME's appellations use, for the match profile's word
 * filter: a title word outside it is one no job of the ROME is named with
 * (criteria/title-unknown-word.ts).
 */
export function romeStems(lexicon: RomeLexicon): string[] {
  return [...wordStats(lexicon).uses.keys()];
}

/** The distinct stems of each appellation's label, by appellation code (as the weights read them). */
export function appellationStems(lexicon: RomeLexicon): ReadonlyMap<string, readonly string[]> {
  return wordStats(lexicon).words;
}
