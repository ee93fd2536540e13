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
import { deriveMatchProfile } from '@/utils/matching/derive-match-profile';
import type { MatchProfile } from '@/utils/matching/match-profile';
import { fitsNoMetier } from '@/utils/matching/parse-offer';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { DEFAULT_SETTINGS, type DisplayMode, type DisplaySettings } from '@/utils/settings';
import { HELLOWORK_SPEC, hellowork } from '@/utils/sites/hellowork';
import { loadCommunes, loadLexicon } from '../../../scripts/data/load-assets';
import { profileOfCode } from '../../../scripts/lib/eval-title';
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
    const offers = hellowork.extract(document, new URL(HELLOWORK_URL));
    const expected = offers.map((offer) => ({
      card: offer.element as HTMLElement,
      result: scoreOffer(toOfferInput(offer), compiled),
    }));
    const fits = expected.filter(({ result }) => result.verdict !== 'no' || result.excluded);
    // The titles the match profile's screen settles as no métier's, whatever their card's names.
    const settled = offers.filter((offer) => fitsNoMetier(offer.title ?? '', compiled.tables)).length;
    expect(fits.length).toBeGreaterThan(0);
    expect(fits.length).toBeLessThan(expected.length);
    const lookups = vi.spyOn(Element.prototype, 'querySelector');
    const counts = createHighlighter(document, hellowork, compiled, settings, FRENCH_LABELS).pass();
    // The contract is looked up on the cards whose title fits, and on no other; the place (which a title
    // may name) once on every card but those whose title the screen settles (a profile with an excluded
    // word has no screen).
    const looked = (selector: string | undefined) =>
      lookups.mock.calls.filter(([called]) => called === selector).length;
    expect(looked(HELLOWORK_SPEC.fields.contract?.[0])).toBe(fits.length);
    expect(looked(HELLOWORK_SPEC.fields.location?.[0])).toBe(expected.length - settled);
    if (compiled.tables.screen) expect(settled).toBeGreaterThan(0);
    else expect(settled).toBe(0);
    lookups.mockRestore();

    expect(counts.offers).toBe(expected.length);
    expect(counts.matches).toBe(expected.filter(({ result }) => isMatching(result, settings)).length);
    expectMarksOf(expected, settings);
    // Every badge belongs to a card the whole reading gives a badge-worthy result.
    const badged = expected.filter(({ card }) => card.querySelector(HOST_TAG));
    expect(badged.every(({ result }) => result.verdict !== 'no' || result.excluded)).toBe(true);
  });
});

describe('title first, a title that names its own town or company', () => {
  // Real cards of the saved boards (LinkedIn, Welcome to the Jungle), on HelloWork cards: read alone, their
  // titles fit no métier of these profiles; read without their town or their company, they do.
  const CARDS = [
    {
      title: "Agent d'exploitation à metz (H/F)",
      location: '57 - Metz',
      company: 'ACTUAL METZ 12',
      code: 'K2507',
    },
    {
      title: 'SAINT LAURENT - Retail Operations Assistant (Stage) H/F',
      location: 'Paris',
      company: 'Saint Laurent',
      code: 'H2407',
    },
  ];
  const lexicon = loadLexicon();
  const communes = loadCommunes();

  it.each(CARDS)('marks "$title" as the whole reading does', ({ title, location, company, code }) => {
    const card = document.querySelector(HELLOWORK_SPEC.cards[0] as string) as HTMLElement;
    const set = (selectors: readonly string[] | undefined, text: string) => {
      const element = selectors?.map((selector) => card.querySelector(selector)).find(Boolean);
      if (!element) throw new Error(`no element for ${text} on the card`);
      element.textContent = text;
    };
    set(HELLOWORK_SPEC.fields.title, title);
    set(HELLOWORK_SPEC.fields.location, location);
    set(HELLOWORK_SPEC.fields.company, company);
    const match = deriveMatchProfile(profileOfCode(code, lexicon.fiche(code)?.label), { lexicon, communes });
    if (!match) throw new Error(`no match profile for ${code}`);
    const compiled = compileMatchProfile(match);
    const whole = hellowork.extract(document, new URL(HELLOWORK_URL));
    expect(whole[0]?.title).toBe(title);
    expect(scoreOffer({ title }, compiled).verdict).toBe('no');
    const expected = whole.map((offer) => ({
      card: offer.element as HTMLElement,
      result: scoreOffer(toOfferInput(offer), compiled),
    }));
    expect(expected[0]?.result.verdict).not.toBe('no');

    createHighlighter(document, hellowork, compiled, DEFAULT_SETTINGS, FRENCH_LABELS).pass();
    expectMarksOf(expected, DEFAULT_SETTINGS);
    expect(card.querySelector(HOST_TAG)).not.toBeNull();
  });
});
