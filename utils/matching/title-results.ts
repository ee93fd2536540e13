/**
 * The title criterion's results a parsed title already got, per compiled
 * métier: every offer of a recurring title shares one (parse-offer.ts), so
 * the title is scored once per métier however often it recurs. Kept on the
 * title rather than in a Map keyed by it, whose upkeep cost a page of
 * distinct titles more than it saved; keyed by the compiled métier's
 * identity, so a result never outlives, nor leaks into, another profile.
 * A title seen once is not kept (cachedWhenSeenTwice in parse-offer.ts), so
 * its results die with it: a page of distinct titles keeps none alive.
 */
import type { CriterionResult } from './result';

/** Two métiers in fields, as most profiles have (no array per title); any more in `more`. */
export interface TitleResults {
  owner0: object | undefined;
  result0: CriterionResult | undefined;
  owner1: object | undefined;
  result1: CriterionResult | undefined;
  /** Owner, result pairs of the métiers after the first two, the latest MORE kept. */
  more: Array<object | CriterionResult> | undefined;
}

/** Métiers remembered past the first two: a title scored against many (the eval's one-métier profiles) keeps the latest. */
const MORE = 6;

/** No result yet. */
export function emptyTitleResults(): TitleResults {
  return { owner0: undefined, result0: undefined, owner1: undefined, result1: undefined, more: undefined };
}

/** The result `owner` gives this title, computed from `input` and `owner` unless it came back already. */
export function titleResult<O extends object, I>(
  memo: TitleResults,
  owner: O,
  input: I,
  compute: (input: I, owner: O) => CriterionResult,
): CriterionResult {
  if (memo.owner0 === owner) return memo.result0 as CriterionResult;
  if (memo.owner1 === owner) return memo.result1 as CriterionResult;
  if (memo.owner0 !== undefined && memo.owner1 !== undefined) return moreResult(memo, owner, input, compute);
  const result = compute(input, owner);
  if (memo.owner0 === undefined) {
    memo.owner0 = owner;
    memo.result0 = result;
  } else {
    memo.owner1 = owner;
    memo.result1 = result;
  }
  return result;
}

function moreResult<O extends object, I>(
  memo: TitleResults,
  owner: O,
  input: I,
  compute: (input: I, owner: O) => CriterionResult,
): CriterionResult {
  memo.more ??= [];
  const more = memo.more;
  for (let i = 0; i < more.length; i += 2) if (more[i] === owner) return more[i + 1] as CriterionResult;
  const result = compute(input, owner);
  // Kept in arrival order: a new owner drops the oldest.
  if (more.length >= 2 * MORE) more.splice(0, 2);
  more.push(owner, result);
  return result;
}
