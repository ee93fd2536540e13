/** What the matching engine says of an offer: a score, a verdict and a reason per criterion. */

export const CRITERIA = ['title', 'place', 'contract', 'salary', 'workTime', 'experience'] as const;
export type CriterionName = (typeof CRITERIA)[number];

/** `unknown`: the offer (or the profile) does not say; it never counts as a failure. */
export type CriterionStatus = 'ok' | 'partial' | 'ko' | 'unknown';

export interface CriterionResult {
  status: CriterionStatus;
  /** Short French reason: "12 km de Lyon", "CDD, vous cherchez un CDI", "salaire non indiqué". */
  reason: string;
}

export type Verdict = 'match' | 'partial' | 'no';

export interface MatchResult {
  /** 0–100. */
  score: number;
  verdict: Verdict;
  /** Label of the métier the offer fits best, when it fits one. */
  metier?: string;
  criteria: Record<CriterionName, CriterionResult>;
  /**
   * Set when the offer would have been a match or a partial match but the
   * person's excluded keywords or companies rule it out: the French reason
   * ("mot exclu : java", "entreprise exclue"). The verdict is then `no`, the score 0.
   */
  excluded?: string;
}
