/**
 * What a bench module gives `npm run bench`: a titled section of figures.
 * scripts/bench.ts runs every `scripts/bench/NN-name.ts` in name order; to add
 * a benchmark (e.g. the browser benchmarks of issue 4), add such a file whose
 * default export is a BenchSection.
 */

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** The target, as text ("≥ 200000", "≤ 50"), when the project sets one. */
  aim?: string;
  /** Whether the figure meets its aim (absent when there is none). */
  met?: boolean;
}

export interface BenchSection {
  title: string;
  /** Measures and returns the figures; may print progress to stderr, never to stdout. */
  run(): Promise<BenchFigure[]>;
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** A figure with an aim: `at least` or `at most` a bound. */
export function aimed(
  name: string,
  value: number,
  unit: string,
  bound: { atLeast: number } | { atMost: number },
): BenchFigure {
  return 'atLeast' in bound
    ? { name, value, unit, aim: `≥ ${bound.atLeast}`, met: value >= bound.atLeast }
    : { name, value, unit, aim: `≤ ${bound.atMost}`, met: value <= bound.atMost };
}
