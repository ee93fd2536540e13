/**
 * A baseline for the title criterion's eval, not part of the engine: the
 * nearest fiches of a title by TF-IDF cosine over the appellations' words
 * (stems, their roots and first letters, as the engine reads them). It says
 * what a plain similarity matcher, free to look at every fiche of the ROME
 * at once, finds on the same held-out labels, alone and beside the engine
 * (`npm run eval:matching -- --similarity`): where the engine stands, and
 * whether the aims are within reach of word evidence at all.
 */
import { normalize } from '../../utils/matching/normalize';
import { rootWord, stemWord } from '../../utils/matching/stem';
import { formTokens } from '../../utils/matching/title';
import type { Appellation } from '../../utils/rome/lexicon';

/** What a root and a word's first letters count beside the word itself (the engine's ROOT_SHARE and PREFIX_SHARE are alike). */
const ROOT_WEIGHT = 0.6;
const PREFIX_WEIGHT = 0.4;
const PREFIX_LETTERS = 6;

/** A label's features: each stem, its root and its first letters, with their weights. */
export function labelFeatures(label: string): Map<string, number> {
  const features = new Map<string, number>();
  const add = (key: string, weight: number) => features.set(key, Math.max(features.get(key) ?? 0, weight));
  for (const token of formTokens(normalize(label))) {
    const stem = stemWord(token);
    add(`s:${stem}`, 1);
    const root = rootWord(stem);
    if (root !== undefined) add(`r:${root}`, ROOT_WEIGHT);
    if (stem.length >= PREFIX_LETTERS) add(`p:${stem.slice(0, PREFIX_LETTERS)}`, PREFIX_WEIGHT);
  }
  return features;
}

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

export interface SimilarityIndex {
  idf(feature: string): number;
  fiches: string[];
  vectors: Vector[];
  /** Feature -> indexes of the vectors that hold it. */
  postings: Map<string, number[]>;
  /** Each title's fiche similarities and their best, computed once for every rule (similarityPredictor). */
  seen: Map<string, { byFiche: Map<string, number>; best: number }>;
}

/** Indexes the appellations (each a vector of its fiche), the inverse document frequencies from them. */
export function similarityIndex(
  appellations: readonly Pick<Appellation, 'label' | 'fiche'>[],
): SimilarityIndex {
  const features = appellations.map((a) => labelFeatures(a.label));
  const documents = new Map<string, number>();
  for (const f of features) for (const key of f.keys()) documents.set(key, (documents.get(key) ?? 0) + 1);
  // A feature no appellation has is as rare as can be: it still counts in a title's norm.
  const idf = (feature: string) => Math.log(appellations.length / (1 + (documents.get(feature) ?? 0)));
  const index: SimilarityIndex = { idf, fiches: [], vectors: [], postings: new Map(), seen: new Map() };
  features.forEach((f, i) => {
    index.fiches.push(appellations[i]?.fiche ?? '');
    index.vectors.push(vectorOf(f, idf));
    for (const key of f.keys()) {
      const list = index.postings.get(key);
      if (list) list.push(i);
      else index.postings.set(key, [i]);
    }
  });
  return index;
}

function vectorOf(features: Map<string, number>, idf: (feature: string) => number): Vector {
  const weights = new Map<string, number>();
  let squares = 0;
  for (const [key, weight] of features) {
    const x = weight * idf(key);
    if (x <= 0) continue;
    weights.set(key, x);
    squares += x * x;
  }
  return { weights, norm: Math.sqrt(squares) || 1 };
}

/** Each fiche's best cosine with the title over its appellations (fiches sharing no feature are left out). */
export function ficheSimilarities(index: SimilarityIndex, title: string): Map<string, number> {
  const query = vectorOf(labelFeatures(title), index.idf);
  const dots = new Map<number, number>();
  for (const [key, x] of query.weights)
    for (const i of index.postings.get(key) ?? [])
      dots.set(i, (dots.get(i) ?? 0) + x * (index.vectors[i]?.weights.get(key) ?? 0));
  const byFiche = new Map<string, number>();
  for (const [i, dot] of dots) {
    const cosine = dot / (query.norm * (index.vectors[i]?.norm ?? 1));
    const fiche = index.fiches[i] ?? '';
    if (cosine > (byFiche.get(fiche) ?? 0)) byFiche.set(fiche, cosine);
  }
  return byFiche;
}

/** When the baseline calls a title a fiche's: a cosine of at least `min`, and at most `within` below the best fiche's. */
export interface SimilarityRule {
  min: number;
  within: number;
}

/** The baseline as a predictor of the eval (title, fiche code) -> match; each title's similarities computed once, for every rule. */
export function similarityPredictor(
  index: SimilarityIndex,
  rule: SimilarityRule,
): (title: string, code: string) => boolean {
  return (title, code) => {
    let known = index.seen.get(title);
    if (!known) {
      const byFiche = ficheSimilarities(index, title);
      known = { byFiche, best: Math.max(0, ...byFiche.values()) };
      index.seen.set(title, known);
    }
    const score = known.byFiche.get(code) ?? 0;
    return score > 0 && score >= rule.min && score >= known.best - rule.within;
  };
}
