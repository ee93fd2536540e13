/**
 * A second baseline for the title criterion's eval, not part of the engine:
 * a classifier trained on the appellations, a multinomial logistic regression
 * over the TF-IDF baseline's features (stems, roots, first letters). Where the
 * TF-IDF baseline weighs a word by how rare it is, this one learns from the
 * lexicon how much each word tells of each fiche ("agent" little, "quai"
 * much). It answers two questions the engine's figures leave open
 * (`npm run eval:matching -- --supervised`): how far a matcher that is
 * taught, not hand-ruled, goes on the held-out labels; and at what price in
 * trades taken per title (`fanOut`), since against random negatives a rule
 * that calls a title the trade of many fiches still scores a high precision.
 */
import { labelFeatures } from './eval-similarity';
import { seededRandom } from './eval-title';

/** How the classifier is trained: passes over the appellations, L2 penalty, and the seed of their order. */
export interface SupervisedOptions {
  epochs: number;
  l2: number;
  seed: number;
}

/** Settled on fold 1 (20 to 30 passes, L2 1e-5 to 1e-4 gave the same recall within half a point). */
export const SUPERVISED_OPTIONS: SupervisedOptions = { epochs: 20, l2: 1e-4, seed: 7 };

/** Adagrad's step: each weight's steps shrink with the gradients it has seen, so rare words still learn. */
const LEARNING_RATE = 0.5;

export interface SupervisedModel {
  /** The fiche codes, in the order of `probabilities`. */
  fiches: readonly string[];
  /** P(fiche | title) for every fiche, summing to 1; computed once per title (every rule reads them). */
  probabilities(title: string): Float32Array;
}

type SparseVector = Array<[feature: number, value: number]>;

/** Trains on the appellations, each a sample of its fiche; deterministic for given options. */
export function trainSupervised(
  appellations: readonly { label: string; fiche: string }[],
  options: SupervisedOptions = SUPERVISED_OPTIONS,
): SupervisedModel {
  const fiches = [...new Set(appellations.map((a) => a.fiche))];
  const classOf = new Map(fiches.map((fiche, i) => [fiche, i]));
  const classes = fiches.length;
  const featureOf = new Map<string, number>();
  // One row of weights per feature (its weight for each fiche), with Adagrad's sums beside it.
  const weights: Float32Array[] = [];
  const squares: Float32Array[] = [];

  /** A label as a unit-length vector of known features; `learn` adds the unknown ones. */
  const encode = (label: string, learn: boolean): SparseVector => {
    const vector: SparseVector = [];
    let norm = 0;
    for (const [key, value] of labelFeatures(label)) {
      let feature = featureOf.get(key);
      if (feature === undefined) {
        if (!learn) continue;
        feature = weights.length;
        featureOf.set(key, feature);
        weights.push(new Float32Array(classes));
        squares.push(new Float32Array(classes).fill(1e-8));
      }
      vector.push([feature, value]);
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (const pair of vector) pair[1] /= norm;
    return vector;
  };

  const bias = new Float32Array(classes);
  const biasSquares = new Float32Array(classes).fill(1e-8);
  /** Softmax of the vector's scores for every fiche, into a new array. */
  const predict = (vector: SparseVector): Float32Array => {
    const p = Float32Array.from(bias);
    for (const [feature, value] of vector) {
      const row = weights[feature] as Float32Array;
      for (let c = 0; c < classes; c++) p[c] = (p[c] as number) + value * (row[c] as number);
    }
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < classes; c++) max = Math.max(max, p[c] as number);
    let sum = 0;
    for (let c = 0; c < classes; c++) {
      p[c] = Math.exp((p[c] as number) - max);
      sum += p[c] as number;
    }
    for (let c = 0; c < classes; c++) p[c] = (p[c] as number) / sum;
    return p;
  };
  const step = (row: Float32Array, sums: Float32Array, c: number, gradient: number) => {
    sums[c] = (sums[c] as number) + gradient * gradient;
    row[c] = (row[c] as number) - (LEARNING_RATE * gradient) / Math.sqrt(sums[c] as number);
  };

  const samples = appellations.map((a) => ({
    vector: encode(a.label, true),
    fiche: classOf.get(a.fiche) ?? 0,
  }));
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // A new order each pass: stochastic gradient steps in a fixed order drift toward the last fiches.
    for (let i = samples.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [samples[i], samples[j]] = [
        samples[j] as (typeof samples)[number],
        samples[i] as (typeof samples)[number],
      ];
    }
    for (const { vector, fiche } of samples) {
      // The loss's gradient in the scores: the probabilities, less 1 at the sample's own fiche.
      const error = predict(vector);
      error[fiche] = (error[fiche] as number) - 1;
      for (let c = 0; c < classes; c++) step(bias, biasSquares, c, error[c] as number);
      for (const [feature, value] of vector) {
        const row = weights[feature] as Float32Array;
        const sums = squares[feature] as Float32Array;
        for (let c = 0; c < classes; c++)
          step(row, sums, c, value * (error[c] as number) + options.l2 * (row[c] as number));
      }
    }
  }
  const seen = new Map<string, Float32Array>();
  return {
    fiches,
    probabilities(title) {
      let p = seen.get(title);
      if (!p) {
        p = predict(encode(title, false));
        seen.set(title, p);
      }
      return p;
    },
  };
}

/** The classifier as a predictor of the eval: a title is a fiche's when P(fiche | title) ≥ `min`. */
export function supervisedPredictor(
  model: SupervisedModel,
  min: number,
): (title: string, code: string) => boolean {
  const index = new Map(model.fiches.map((fiche, i) => [fiche, i]));
  return (title, code) => {
    const i = index.get(code);
    return i !== undefined && (model.probabilities(title)[i] as number) >= min;
  };
}

/** How many fiches, and how many parent codes, a predictor takes each title for, on average. */
export function fanOut(
  titles: readonly string[],
  fiches: readonly string[],
  predict: (title: string, code: string) => boolean,
  parentOf: (fiche: string) => string,
): { fiches: number; parents: number } {
  let taken = 0;
  let parents = 0;
  for (const title of titles) {
    const matched = fiches.filter((fiche) => predict(title, fiche));
    taken += matched.length;
    parents += new Set(matched.map(parentOf)).size;
  }
  const n = Math.max(1, titles.length);
  return { fiches: taken / n, parents: parents / n };
}
