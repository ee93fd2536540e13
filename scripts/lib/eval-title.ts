/**
 * The evaluation of the title criterion on labelled data: a labelled title
 * must match a profile of its own ROME code (recall) and must not match
 * profiles of unrelated codes, i.e. codes under another parent (precision).
 * Each decision goes through the real path: a domain profile of that code,
 * deriveMatchProfile with the ROME lexicon, compileMatchProfile, scoring.
 */
import type { CommuneIndex } from '../../utils/geo/communes';
import { deriveMatchProfile } from '../../utils/matching/derive-match-profile';
import { normalize } from '../../utils/matching/normalize';
import { parseOffer } from '../../utils/matching/parse-offer';
import { PARSE_TABLES } from '../../utils/matching/parse-tables';
import type { CriterionStatus } from '../../utils/matching/result';
import { romeDomainOf } from '../../utils/matching/rome-domain';
import { type CompiledMatchProfile, compileMatchProfile, scoreParsedOffer } from '../../utils/matching/score';
import { stemWord } from '../../utils/matching/stem';
import { formTokens } from '../../utils/matching/title';
import type { Profile } from '../../utils/profile/model';
import { type Appellation, formsByCode, type RomeFiche, type RomeLexicon } from '../../utils/rome/lexicon';
import { type Confusion, count, emptyConfusion } from './eval-metrics';

/** A labelled title: codes whose profile must match it, and codes whose profile must not. */
export interface LabelledTitle {
  title: string;
  /** The code the label belongs to, for reports. */
  code: string;
  positives: readonly string[];
  negatives: readonly string[];
}

/** A decision the engine got wrong. */
export interface Failure {
  title: string;
  code: string;
  /** The profile's ROME code. */
  profile: string;
  kind: 'missed' | 'false match';
}

export interface Evaluation {
  confusion: Confusion;
  failures: Failure[];
}

/** Says whether the title criterion of a profile of `code` accepts `title` (status ok). */
export type TitlePredictor = (title: string, code: string) => boolean;

/** Runs every labelled title against its positive and negative codes and counts. */
export function evaluateTitles(cases: readonly LabelledTitle[], predict: TitlePredictor): Evaluation {
  const confusion = emptyConfusion();
  const failures: Failure[] = [];
  for (const item of cases) {
    for (const [codes, expected] of [
      [item.positives, true],
      [item.negatives, false],
    ] as const) {
      for (const code of codes) {
        const predicted = predict(item.title, code);
        count(confusion, expected, predicted);
        if (predicted !== expected)
          failures.push({
            title: item.title,
            code: item.code,
            profile: code,
            kind: expected ? 'missed' : 'false match',
          });
      }
    }
  }
  return { confusion, failures };
}

/** A one-métier profile of a ROME code, as a person who picked that code would have. */
export function profileOfCode(code: string, label = ''): Profile {
  return {
    source: 'manual',
    updatedAt: '2026-01-01T00:00:00.000Z',
    metiers: [
      {
        typologie: {
          code: 'MR',
          label: 'Métier recherché',
          creation: false,
          reprise: false,
          franchise: false,
        },
        rome: { code, label },
        places: [],
        contracts: [],
        workTimes: [],
      },
    ],
  };
}

/** What the title criterion of a profile of `code` says of `title`. */
export type TitleStatusOf = (title: string, code: string) => CriterionStatus;

/**
 * The title criterion of the real engine: a profile per ROME code (derived
 * and compiled once, then cached), each title parsed once.
 */
export function engineTitleStatus(lexicon: RomeLexicon, communes: CommuneIndex): TitleStatusOf {
  const compiled = new Map<string, CompiledMatchProfile>();
  const parsed = new Map<string, ReturnType<typeof parseOffer>>();
  return (title, code) => {
    let profile = compiled.get(code);
    if (!profile) {
      const match = deriveMatchProfile(profileOfCode(code, lexicon.fiche(code)?.label ?? code), {
        lexicon,
        communes,
      });
      if (!match) throw new Error(`no match profile for ${code}`);
      profile = compileMatchProfile(match);
      compiled.set(code, profile);
    }
    let offer = parsed.get(title);
    if (!offer) {
      offer = parseOffer({ title }, PARSE_TABLES);
      parsed.set(title, offer);
    }
    return scoreParsedOffer(offer, profile).criteria.title.status;
  };
}

/** A predictor that counts the given statuses as a match (the headline figures: `ok` only). */
export function enginePredictor(
  lexicon: RomeLexicon,
  communes: CommuneIndex,
  accepted: readonly CriterionStatus[] = ['ok'],
  statusOf: TitleStatusOf = engineTitleStatus(lexicon, communes),
): TitlePredictor {
  return (title, code) => accepted.includes(statusOf(title, code));
}

/**
 * The appellations held out of the lexicon: every `every`-th by code_ogr, a
 * deterministic share; `fold` (0 to every - 1) picks which of the `every`
 * shares, so that rules can be tuned on one fold and reported on another.
 */
export function heldOutAppellations(lexicon: RomeLexicon, every: number, fold = 0): Appellation[] {
  return [...lexicon.appellations]
    .sort((a, b) => Number(a.code) - Number(b.code))
    .filter((_, i) => i % every === fold);
}

/**
 * The lexicon as if the given appellations did not exist: their forms are in
 * no family. The engine also reads the ROME v3 label of a parent code (title
 * evidence's near words): a v3 label spelling a held-out label (same
 * normalised text, long or short label) is held out with it, so that no label
 * leaks back through another source. (None does in ROME v460; the v3
 * appellations, all of them v4 codes, are not read by the engine.)
 */
export function lexiconWithout(lexicon: RomeLexicon, held: ReadonlySet<string>): RomeLexicon {
  const appellationsForRome = (code: string) =>
    lexicon.appellationsForRome(code).filter((a) => !held.has(a.code));
  const appellationsFiledUnder = (parent: string) =>
    lexicon.appellationsFiledUnder(parent).filter((a) => !held.has(a.code));
  const heldLabels = new Set(
    lexicon.appellations
      .filter((a) => held.has(a.code))
      .flatMap((a) => [normalize(a.label), normalize(a.shortLabel)]),
  );
  const withoutHeld = (fiche: RomeFiche): RomeFiche => {
    if (fiche.v3Label === undefined || !heldLabels.has(normalize(fiche.v3Label))) return fiche;
    const { v3Label: _, ...rest } = fiche;
    return rest;
  };
  return {
    fiches: lexicon.fiches.map(withoutHeld),
    appellations: lexicon.appellations.filter((a) => !held.has(a.code)),
    fiche: (code) => {
      const fiche = lexicon.fiche(code);
      return fiche && withoutHeld(fiche);
    },
    parentOf: (code) => lexicon.parentOf(code),
    fichesOf: (code) => lexicon.fichesOf(code).map(withoutHeld),
    appellationsForRome,
    titleFormsForRome: formsByCode(appellationsForRome),
    appellationsFiledUnder,
    titleFormsFiledUnder: formsByCode(appellationsFiledUnder),
    appellation: (code) => (held.has(String(code).trim()) ? undefined : lexicon.appellation(code)),
    romeCodeOfAppellation: (code) =>
      held.has(String(code).trim()) ? undefined : lexicon.romeCodeOfAppellation(code),
  };
}

/** A small deterministic pseudo-random generator (mulberry32), so the negative sample is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Codes unrelated to a label: another parent than every parent the label belongs to. */
function unrelatedTo(lexicon: RomeLexicon, parents: ReadonlySet<string>) {
  return (code: string) => {
    const parent = lexicon.parentOf(code);
    return parent !== undefined && !parents.has(parent) && !parents.has(code);
  };
}

export interface LexiconCasesOptions {
  /** Hold out every n-th appellation (by code). */
  every: number;
  /** Unrelated fiche codes drawn per held-out label. */
  negativesPerLabel: number;
  seed: number;
  /**
   * Draw the negatives among the unrelated fiches of the label's own
   * domaine professionnel (the first three characters of the code, "I13"),
   * all of them when it has fewer: the near-domain confusions random
   * negatives seldom test, and real offers do (see eval-matching.ts).
   */
  sameDomain?: boolean;
  /**
   * Draw the negatives among the unrelated fiches with an appellation headed
   * by the label's own head word ("Développeur / Développeuse de
   * photographies" for a web developer), all of them when fewer; a head many
   * fiches use ("agent", "technicien") draws none: the same-domain line tests
   * those. What a board's listing puts side by side: the same job noun
   * qualified into another trade.
   */
  sameHead?: boolean;
}

/**
 * Labelled titles from the lexicon itself: each held-out appellation's label,
 * positive for its own fiche, negative for a fixed random sample of unrelated fiches.
 */
export function lexiconCases(
  lexicon: RomeLexicon,
  held: readonly Appellation[],
  options: LexiconCasesOptions,
) {
  const random = seededRandom(options.seed);
  const codes = lexicon.fiches.map((f) => f.code);
  const headed = options.sameHead ? fichesByHead(lexicon) : undefined;
  return held.map((appellation): LabelledTitle => {
    const parents = new Set([appellation.parent, lexicon.parentOf(appellation.fiche) ?? appellation.fiche]);
    const unrelated = unrelatedTo(lexicon, parents);
    const domain = romeDomainOf(appellation.fiche);
    const pool = headed
      ? [...(headed.get(headOf(appellation.label)) ?? [])].filter(unrelated)
      : options.sameDomain
        ? codes.filter((code) => code.startsWith(domain) && unrelated(code))
        : codes;
    const wanted = Math.min(options.negativesPerLabel, options.sameDomain || headed ? pool.length : Infinity);
    const negatives = new Set<string>();
    while (negatives.size < wanted) {
      const code = pool[Math.floor(random() * pool.length)] ?? '';
      if (unrelated(code)) negatives.add(code);
    }
    return {
      title: appellation.label,
      code: appellation.fiche,
      positives: [appellation.fiche],
      negatives: [...negatives],
    };
  });
}

/** Fiches heading fewer than this many appellations' fiches with a word are specific enough for the same-head negatives. */
const GENERIC_HEAD_FICHES = 40;

/** The stemmed first word of a label ("developpeur" of "Développeur / Développeuse web"). */
function headOf(label: string): string {
  return stemWord(formTokens(normalize(label))[0] ?? '');
}

/** Fiches by the head words of their appellations, heads of GENERIC_HEAD_FICHES fiches or more left out. */
function fichesByHead(lexicon: RomeLexicon): Map<string, Set<string>> {
  const byHead = new Map<string, Set<string>>();
  for (const appellation of lexicon.appellations) {
    const head = headOf(appellation.label);
    const fiches = byHead.get(head) ?? new Set<string>();
    fiches.add(appellation.fiche);
    byHead.set(head, fiches);
  }
  for (const [head, fiches] of byHead) if (fiches.size >= GENERIC_HEAD_FICHES) byHead.delete(head);
  return byHead;
}

/** How widely titles match across the ROME (see titleSpread). */
export interface TitleSpread {
  titles: number;
  /** Parent codes with a fiche that calls the title ok, on average. */
  parentsPerTitle: number;
  /** Titles ok for fiches under more than one parent code. */
  overOneParent: number;
  /** Titles no fiche calls ok. */
  none: number;
}

/**
 * The parent codes each title matches (status ok for one of their fiches,
 * each fiche a one-métier profile): a title names one trade, so a title
 * taken by fiches under several parents is at least partly matched wrong.
 * Needs no label, so it reads real board titles as they are written.
 */
export function titleSpread(
  lexicon: RomeLexicon,
  titles: readonly string[],
  statusOf: TitleStatusOf,
): TitleSpread {
  return spreadOf(titles.map((title) => parentsWith(lexicon, title, statusOf, 'ok')));
}

/** titleSpread's figures from the parent codes that take each title. */
function spreadOf(taken: readonly ReadonlySet<string>[]): TitleSpread {
  let parents = 0;
  let overOneParent = 0;
  let none = 0;
  for (const matched of taken) {
    parents += matched.size;
    if (matched.size > 1) overOneParent += 1;
    if (matched.size === 0) none += 1;
  }
  return { titles: taken.length, parentsPerTitle: parents / taken.length, overOneParent, none };
}

/** A title with the parent codes of the trade it names (empty: no single trade). */
export interface TradeLabelledTitle {
  title: string;
  parents: readonly string[];
}

/** titleSpread over labelled titles, with what the labels tell: whether their own trade takes them. */
export interface LabelledTitleSpread extends TitleSpread {
  /** Titles with a label. */
  labelled: number;
  /** Labelled titles a fiche under one of their parents calls ok. */
  found: number;
  /** Labelled titles no fiche of theirs calls ok, one calls partial (a near métier). */
  near: number;
  /** Labelled titles no fiche of theirs calls ok or partial. */
  missed: string[];
  /** Parent codes outside the label with a fiche that calls the title ok, on average over the labelled titles. */
  otherParentsPerTitle: number;
}

/** The parent codes whose fiches give a title `status`. */
function parentsWith(
  lexicon: RomeLexicon,
  title: string,
  statusOf: TitleStatusOf,
  status: string,
): Set<string> {
  const parents = new Set<string>();
  for (const fiche of lexicon.fiches)
    if (statusOf(title, fiche.code) === status) parents.add(lexicon.parentOf(fiche.code) ?? fiche.code);
  return parents;
}

/**
 * titleSpread, and for the labelled titles whether their own trade takes
 * them: fewer parent codes is better only while the right one stays.
 */
export function labelledTitleSpread(
  lexicon: RomeLexicon,
  titles: readonly TradeLabelledTitle[],
  statusOf: TitleStatusOf,
): LabelledTitleSpread {
  // Each title's ok parents read once, for the spread and for its label.
  const taken = titles.map(({ title }) => parentsWith(lexicon, title, statusOf, 'ok'));
  let found = 0;
  let near = 0;
  let otherParents = 0;
  let labelled = 0;
  const missed: string[] = [];
  titles.forEach(({ title, parents }, i) => {
    if (parents.length === 0) return;
    labelled += 1;
    const ok = taken[i] ?? new Set<string>();
    for (const parent of ok) if (!parents.includes(parent)) otherParents += 1;
    if (parents.some((parent) => ok.has(parent))) found += 1;
    else {
      const partial = parentsWith(lexicon, title, statusOf, 'partial');
      if (parents.some((parent) => partial.has(parent))) near += 1;
      else missed.push(title);
    }
  });
  return {
    ...spreadOf(taken),
    labelled,
    found,
    near,
    missed,
    otherParentsPerTitle: otherParents / labelled,
  };
}

/** A labelled offer: its title and the ROME code France Travail gave it. */
export interface RomeLabelledOffer {
  title: string;
  romeCode: string;
}

/** Labelled titles from real offers: positive for their own code, negative for every unrelated fiche. */
export function offerCases(lexicon: RomeLexicon, offers: readonly RomeLabelledOffer[]): LabelledTitle[] {
  return offers.map((offer) => {
    const parents = new Set([lexicon.parentOf(offer.romeCode) ?? offer.romeCode]);
    const unrelated = unrelatedTo(lexicon, parents);
    return {
      title: offer.title,
      code: offer.romeCode,
      positives: [offer.romeCode],
      negatives: lexicon.fiches.map((f) => f.code).filter(unrelated),
    };
  });
}
