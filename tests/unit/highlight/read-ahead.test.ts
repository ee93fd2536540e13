// @vitest-environment happy-dom
/**
 * The titles read while the background answers (read-ahead.ts): the page is
 * not touched, the first pass marks every card exactly as it would have
 * without them, reads the rest only of the cards whose title fits, and reads
 * again the cards the page changed in between.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isMatching } from '@/utils/highlight/display';
import { createHighlighter } from '@/utils/highlight/highlighter';
import { readAhead } from '@/utils/highlight/read-ahead';
import { toOfferInput } from '@/utils/highlight/to-offer-input';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { DEFAULT_SETTINGS, type DisplayMode, type DisplaySettings } from '@/utils/settings';
import { HELLOWORK_SPEC, hellowork } from '@/utils/sites/hellowork';
import { expectMarksOf } from './expect-marks';
import { FRENCH_LABELS } from './labels-fr';
import { developerProfile, HELLOWORK_LISTING, HELLOWORK_URL, loadIntoDocument } from './page';

const compiled = compileMatchProfile(developerProfile);
const TITLE_SELECTOR = HELLOWORK_SPEC.fields.title?.[0];
const PLACE_SELECTOR = HELLOWORK_SPEC.fields.location?.[0];
const MODES: DisplayMode[] = ['mark', 'dim', 'hide'];

beforeEach(() => loadIntoDocument(HELLOWORK_LISTING, HELLOWORK_URL));
afterEach(() => vi.restoreAllMocks());

/** Every card of the page as it is now, read whole and scored: what the marks must show. */
function wholeReading() {
  return hellowork.extract(document, new URL(HELLOWORK_URL)).map((offer) => ({
    card: offer.element as HTMLElement,
    title: offer.title,
    result: scoreOffer(toOfferInput(offer), compiled),
  }));
}

const fitsAMetier = (result: ReturnType<typeof scoreOffer>) => result.verdict !== 'no' || !!result.excluded;

describe('readAhead', () => {
  it('reads every card as far as its title, and changes nothing on the page', () => {
    const before = document.documentElement.outerHTML;
    const lookups = vi.spyOn(Element.prototype, 'querySelector');
    const ahead = readAhead(document, hellowork);
    expect(ahead).not.toBeNull();
    // No place read: a title says nothing yet, so nothing past it is read.
    expect(lookups.mock.calls.filter(([selector]) => selector === PLACE_SELECTOR)).toHaveLength(0);
    lookups.mockRestore();
    const cards = wholeReading();
    expect(cards.length).toBe(30);
    for (const { card, title } of cards) {
      const reading = ahead?.readings.get(card);
      expect(reading?.partial).toBe(true);
      expect(reading?.title).toBe(title);
    }
    expect(ahead?.url).toBe(HELLOWORK_URL);
    expect(ahead?.finish()).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it.each(MODES)(
    'leads the first pass to the same marks, reading the rest only of the fitting cards, in %s mode',
    (mode) => {
      const settings: DisplaySettings = { ...DEFAULT_SETTINGS, mode };
      const expected = wholeReading();
      const fits = expected.filter(({ result }) => fitsAMetier(result));
      expect(fits.length).toBeGreaterThan(0);
      expect(fits.length).toBeLessThan(expected.length);
      const ahead = readAhead(document, hellowork) ?? undefined;
      const lookups = vi.spyOn(Element.prototype, 'querySelector');
      const counts = createHighlighter(
        document,
        hellowork,
        compiled,
        settings,
        FRENCH_LABELS,
        undefined,
        ahead,
      ).pass();
      // The titles that fit are read again, whole cards this time; no other title is.
      const asked = (selector: string | undefined) =>
        lookups.mock.calls.filter(([s]) => s === selector).length;
      expect(asked(TITLE_SELECTOR)).toBe(fits.length);
      expect(asked(PLACE_SELECTOR)).toBe(fits.length);
      lookups.mockRestore();
      expect(counts.offers).toBe(expected.length);
      expect(counts.matches).toBe(expected.filter(({ result }) => isMatching(result, settings)).length);
      expectMarksOf(expected, settings);
    },
  );

  it('has the first pass read again the cards the page changed after the reading', async () => {
    const before = wholeReading();
    const fitting = before.find(({ result }) => result.verdict === 'match');
    const other = before.find(({ result }) => !fitsAMetier(result));
    if (!fitting?.title || !other?.title)
      throw new Error('the fixture lacks a matching or a non-fitting card');
    const ahead = readAhead(document, hellowork) ?? undefined;

    // The page swaps two titles (a framework re-rendering its list) while the background answers.
    const titleOf = (card: Element) => card.querySelector(TITLE_SELECTOR ?? '') as HTMLElement;
    titleOf(other.card).textContent = fitting.title;
    titleOf(fitting.card).textContent = other.title;
    // Some of the records reach the observer's callback before the pass: they count as well.
    await Promise.resolve();

    const settings = { ...DEFAULT_SETTINGS, mode: 'dim' as const };
    createHighlighter(document, hellowork, compiled, settings, FRENCH_LABELS, undefined, ahead).pass();
    const after = wholeReading();
    // The swap matters: read ahead, each card would keep its old title's verdict.
    expect(after.find(({ card }) => card === other.card)?.result.verdict).not.toBe('no');
    expect(after.find(({ card }) => card === fitting.card)?.result.verdict).toBe('no');
    expectMarksOf(after, settings);
  });

  it('stops watching the page once finished', async () => {
    const ahead = readAhead(document, hellowork);
    const card = wholeReading()[0]?.card;
    card?.setAttribute('data-seen', 'before');
    await Promise.resolve();
    expect(ahead?.finish().length).toBe(1);
    card?.setAttribute('data-seen', 'after');
    await Promise.resolve();
    expect(ahead?.finish()).toHaveLength(1);
  });
});
