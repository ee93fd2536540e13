// @vitest-environment happy-dom
/**
 * The highlighter keeps what it read on each card between passes and forgets
 * it when the card changes: marks must follow every change all the same.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG } from '@/utils/highlight/badge';
import { createHighlighter } from '@/utils/highlight/highlighter';
import { toOfferInput } from '@/utils/highlight/to-offer-input';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { HELLOWORK_SPEC, hellowork } from '@/utils/sites/hellowork';
import { FRENCH_LABELS } from './labels-fr';
import { developerProfile, HELLOWORK_LISTING, HELLOWORK_URL, loadIntoDocument } from './page';

const compiled = compileMatchProfile(developerProfile);

function results() {
  return hellowork
    .extract(document, new URL(HELLOWORK_URL))
    .map((offer) => ({ card: offer.element, result: scoreOffer(toOfferInput(offer), compiled) }));
}

/** The title text nodes of a card, to rewrite them as a page framework would. */
function titleText(card: Element): Text {
  const node = card.querySelector('[data-cy="offerTitle"] h3 p')?.firstChild;
  if (node?.nodeType !== 3) throw new Error('fixture changed');
  return node as Text;
}

beforeEach(() => loadIntoDocument(HELLOWORK_LISTING, HELLOWORK_URL));
afterEach(() => vi.restoreAllMocks());

describe('card readings kept between passes', () => {
  it('reads a card again when its text changes in place, in the same task as the pass', () => {
    const highlighter = createHighlighter(document, hellowork, compiled, DEFAULT_SETTINGS, FRENCH_LABELS);
    highlighter.pass();
    const matching = results().find(({ result }) => result.verdict !== 'no');
    if (!matching) throw new Error('fixture changed');
    expect(matching.card.querySelector(HOST_TAG)).not.toBeNull();
    // No await: the observer's callback has not run yet, the pass must still see the change.
    titleText(matching.card).data = 'Chef de rayon boucherie H/F';
    highlighter.pass();
    expect(matching.card.querySelector(HOST_TAG)).toBeNull();
  });

  it('reads a card again when it left the page and came back changed', () => {
    const highlighter = createHighlighter(document, hellowork, compiled, DEFAULT_SETTINGS, FRENCH_LABELS);
    highlighter.pass();
    const matching = results().find(({ result }) => result.verdict !== 'no');
    const parent = matching?.card.parentElement;
    if (!matching || !parent) throw new Error('fixture changed');
    const next = matching.card.nextSibling;
    matching.card.remove();
    highlighter.pass();
    titleText(matching.card).data = 'Chef de rayon boucherie H/F';
    parent.insertBefore(matching.card, next);
    highlighter.pass();
    expect(matching.card.querySelector(HOST_TAG)).toBeNull();
  });

  it('reads no card again when only our own marks and styles changed', async () => {
    const highlighter = createHighlighter(
      document,
      hellowork,
      compiled,
      { ...DEFAULT_SETTINGS, mode: 'dim' },
      FRENCH_LABELS,
    );
    const first = highlighter.pass();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Reading a HelloWork card looks up its title (the rest only for a title that fits): count those look-ups.
    const titleSelector = HELLOWORK_SPEC.fields.title?.[0];
    const lookups = vi.spyOn(Element.prototype, 'querySelector');
    const second = highlighter.pass();
    const titleLookups = lookups.mock.calls.filter(([selector]) => selector === titleSelector);
    expect(titleLookups).toHaveLength(0);
    expect(second).toEqual(first);
    // A card the page appends is read (and only it).
    const card = results()[0]?.card;
    card?.parentElement?.append(card.cloneNode(true));
    lookups.mockClear();
    const third = highlighter.pass();
    expect(third.offers).toBe(first.offers + 1);
    expect(lookups.mock.calls.filter(([selector]) => selector === titleSelector)).toHaveLength(1);
  });
});
