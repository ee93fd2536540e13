// @vitest-environment happy-dom
/**
 * The highlighter reads the rest of a card only for a title that fits one of
 * the person's métiers (CardMemo.wantsRest): what the page shows must be
 * exactly what reading every card whole gives, in every display mode, with
 * exclusions too.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG } from '@/utils/highlight/badge';
import { isMatching } from '@/utils/highlight/display';
import { createHighlighter } from '@/utils/highlight/highlighter';
import { toOfferInput } from '@/utils/highlight/to-offer-input';
import type { MatchProfile } from '@/utils/matching/match-profile';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { DEFAULT_SETTINGS, type DisplayMode, type DisplaySettings } from '@/utils/settings';
import { HELLOWORK_SPEC, hellowork } from '@/utils/sites/hellowork';
import { expectMarksOf } from './expect-marks';
import { FRENCH_LABELS } from './labels-fr';
import { developerProfile, HELLOWORK_LISTING, HELLOWORK_URL, loadIntoDocument } from './page';

const PROFILES: Record<string, MatchProfile> = {
  developer: developerProfile,
  'developer, excluding a company and a word': {
    ...developerProfile,
    excludedCompanies: ['Capgemini'],
    excludedKeywords: ['java'],
  },
};
const MODES: DisplayMode[] = ['mark', 'dim', 'hide'];

beforeEach(() => loadIntoDocument(HELLOWORK_LISTING, HELLOWORK_URL));
afterEach(() => vi.restoreAllMocks());

describe.each(Object.entries(PROFILES))('title first, %s', (_name, profile) => {
  const compiled = compileMatchProfile(profile);

  it.each(MODES)('marks every card as the whole reading does, in %s mode', (mode) => {
    const settings: DisplaySettings = { ...DEFAULT_SETTINGS, mode };
    // What reading every card whole gives, before the highlighter touches the page.
    const expected = hellowork.extract(document, new URL(HELLOWORK_URL)).map((offer) => ({
      card: offer.element as HTMLElement,
      result: scoreOffer(toOfferInput(offer), compiled),
    }));
    const fits = expected.filter(({ result }) => result.verdict !== 'no' || result.excluded);
    expect(fits.length).toBeGreaterThan(0);
    expect(fits.length).toBeLessThan(expected.length);
    const lookups = vi.spyOn(Element.prototype, 'querySelector');
    const counts = createHighlighter(document, hellowork, compiled, settings, FRENCH_LABELS).pass();
    // The place is looked up on the cards whose title fits, and on no other.
    const placeSelector = HELLOWORK_SPEC.fields.location?.[0];
    expect(lookups.mock.calls.filter(([selector]) => selector === placeSelector)).toHaveLength(fits.length);
    lookups.mockRestore();

    expect(counts.offers).toBe(expected.length);
    expect(counts.matches).toBe(expected.filter(({ result }) => isMatching(result, settings)).length);
    expectMarksOf(expected, settings);
    // Every badge belongs to a card the whole reading gives a badge-worthy result.
    const badged = expected.filter(({ card }) => card.querySelector(HOST_TAG));
    expect(badged.every(({ result }) => result.verdict !== 'no' || result.excluded)).toBe(true);
  });
});
