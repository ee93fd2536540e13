/** Confusion counts and the precision and recall they give, for `npm run eval:matching`. */

export interface Confusion {
  /** Should match and does. */
  tp: number;
  /** Should not match and does. */
  fp: number;
  /** Should match and does not. */
  fn: number;
  /** Should not match and does not. */
  tn: number;
}

export const emptyConfusion = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

/** Adds one decision to the counts. */
export function count(confusion: Confusion, expected: boolean, predicted: boolean): void {
  if (expected) {
    if (predicted) confusion.tp += 1;
    else confusion.fn += 1;
  } else if (predicted) confusion.fp += 1;
  else confusion.tn += 1;
}

/** Share of predicted matches that are right; NaN when nothing was predicted. */
export function precision(c: Confusion): number {
  return c.tp + c.fp === 0 ? Number.NaN : c.tp / (c.tp + c.fp);
}

/** Share of expected matches that were found; NaN when nothing was expected. */
export function recall(c: Confusion): number {
  return c.tp + c.fn === 0 ? Number.NaN : c.tp / (c.tp + c.fn);
}

/** Share of expected non-matches wrongly matched; it does not depend on how many negatives are drawn, unlike precision. */
export function falsePositiveRate(c: Confusion): number {
  return c.fp + c.tn === 0 ? Number.NaN : c.fp / (c.fp + c.tn);
}
