/** What the page must show after a pass, card by card, for the results a whole reading of the page gives. */
import { expect } from 'vitest';
import { HOST_TAG, SCORE_ATTRIBUTE, shownVerdict, VERDICT_ATTRIBUTE } from '@/utils/highlight/badge';
import { isMatching } from '@/utils/highlight/display';
import type { MatchResult } from '@/utils/matching/result';
import type { DisplaySettings } from '@/utils/settings';

export interface ExpectedCard {
  card: HTMLElement;
  result: MatchResult;
}

/** Checks every card's badge, verdict, score and style, and that no other badge is on the page. */
export function expectMarksOf(expected: readonly ExpectedCard[], settings: DisplaySettings): void {
  for (const { card, result } of expected) {
    const host = card.querySelector(HOST_TAG);
    const matching = isMatching(result, settings);
    expect(card.style.display === 'none', result.criteria.title.reason).toBe(
      settings.mode === 'hide' && !matching,
    );
    expect(card.style.opacity !== '', result.criteria.title.reason).toBe(
      settings.mode === 'dim' && !matching,
    );
    if (!host) {
      expect(matching, result.criteria.title.reason).toBe(false);
      continue;
    }
    expect(host.getAttribute(VERDICT_ATTRIBUTE)).toBe(shownVerdict(result));
    expect(host.getAttribute(SCORE_ATTRIBUTE)).toBe(String(result.score));
  }
  const badged = expected.filter(({ card }) => card.querySelector(HOST_TAG));
  expect(document.querySelectorAll(HOST_TAG)).toHaveLength(badged.length);
}
