// @vitest-environment happy-dom
/**
 * A pass after the page only added nodes reads the added cards alone, and the
 * counts it reports are running totals that stay right through appends and removals.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG } from '@/utils/highlight/badge';
import { isMatching } from '@/utils/highlight/display';
import { createHighlighter } from '@/utils/highlight/highlighter';
import { toOfferInput } from '@/utils/highlight/to-offer-input';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { HELLOWORK_SPEC, hellowork } from '@/utils/sites/hellowork';
import { FRENCH_LABELS } from './labels-fr';
import { developerProfile, HELLOWORK_LISTING, HELLOWORK_URL, loadIntoDocument } from './page';

const compiled = compileMatchProfile(developerProfile);
const titleSelector = HELLOWORK_SPEC.fields.title?.[0];

/** The counts a reader of the whole page finds now, without the highlighter. */
function expectedCounts() {
  const offers = hellowork.extract(document, new URL(HELLOWORK_URL));
  const matches = offers.filter((offer) =>
    isMatching(scoreOffer(toOfferInput(offer), compiled), DEFAULT_SETTINGS),
  ).length;
  return { offers: offers.length, matches };
}

/** The page's cards, split by whether they match. */
function cardsByVerdict() {
  const offers = hellowork.extract(document, new URL(HELLOWORK_URL));
  const matching = offers.filter((o) => isMatching(scoreOffer(toOfferInput(o), compiled), DEFAULT_SETTINGS));
  const other = offers.filter((o) => !matching.includes(o));
  if (matching.length < 2 || other.length < 2) throw new Error('fixture changed');
  return { matching: matching.map((o) => o.element), other: other.map((o) => o.element) };
}

/** A copy of a card as a page would render it anew (without our badge). */
function freshCopy(card: Element): Element {
  const copy = card.cloneNode(true) as Element;
  for (const host of [...copy.getElementsByTagName(HOST_TAG)]) host.remove();
  return copy;
}

beforeEach(() => loadIntoDocument(HELLOWORK_LISTING, HELLOWORK_URL));
afterEach(() => vi.restoreAllMocks());

describe('append pass', () => {
  it('reads only the cards the page added, not the whole page', () => {
    const { matching, other } = cardsByVerdict();
    const highlighter = createHighlighter(document, hellowork, compiled, DEFAULT_SETTINGS, FRENCH_LABELS);
    highlighter.pass();
    const list = matching[0]?.parentElement;
    if (!list) throw new Error('fixture changed');
    const added = [
      freshCopy(matching[0] as Element),
      freshCopy(other[0] as Element),
      freshCopy(other[1] as Element),
    ];
    list.append(...added);
    const whole = vi.spyOn(hellowork, 'extract');
    const lookups = vi.spyOn(Element.prototype, 'querySelector');
    const counts = highlighter.pass();
    expect(whole).not.toHaveBeenCalled();
    // One title look-up per card read (every card's title is read, once): the three new ones.
    expect(lookups.mock.calls.filter(([selector]) => selector === titleSelector)).toHaveLength(added.length);
    whole.mockRestore();
    expect({ offers: counts.offers, matches: counts.matches }).toEqual(expectedCounts());
    expect(added[0]?.querySelector(HOST_TAG)).not.toBeNull();
  });

  it('keeps the counts right through appends and removals, and never marks a card twice', () => {
    const { matching, other } = cardsByVerdict();
    const highlighter = createHighlighter(document, hellowork, compiled, DEFAULT_SETTINGS, FRENCH_LABELS);
    highlighter.pass();
    const list = matching[0]?.parentElement;
    if (!list) throw new Error('fixture changed');
    // A wrapper of two new cards, as "load more" often adds.
    const wrapper = document.createElement('div');
    wrapper.append(freshCopy(matching[1] as Element), freshCopy(other[1] as Element));
    list.append(freshCopy(matching[0] as Element), wrapper);
    let counts = highlighter.pass();
    expect({ offers: counts.offers, matches: counts.matches }).toEqual(expectedCounts());
    // Removals: a matching card of the page, a card that does not match, and the wrapper with its two cards.
    (matching[0] as Element).remove();
    (other[0] as Element).remove();
    wrapper.remove();
    // A card moved within the list is removed and added again: it must not count twice.
    list.prepend(matching[1] as Element);
    counts = highlighter.pass();
    const expected = expectedCounts();
    expect({ offers: counts.offers, matches: counts.matches }).toEqual(expected);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(expected.matches);
    expect((matching[1] as Element).querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect((matching[0] as Element).querySelector(HOST_TAG)).toBeNull();
  });

  it('drops the empty host a copy of a marked card carries, looking for it in the new cards only', () => {
    const { matching } = cardsByVerdict();
    const highlighter = createHighlighter(document, hellowork, compiled, DEFAULT_SETTINGS, FRENCH_LABELS);
    highlighter.pass();
    const card = matching[0] as Element;
    // A page's "load more" cloning a marked card: the clone holds a host without its (closed) shadow root.
    const copies = [card.cloneNode(true) as Element, card.cloneNode(true) as Element];
    const strays = copies.map((copy) => copy.getElementsByTagName(HOST_TAG)[0]);
    expect(strays.every((stray) => stray !== undefined)).toBe(true);
    card.parentElement?.append(...copies);
    const pageWalks = vi.spyOn(Document.prototype, 'getElementsByTagName');
    const counts = highlighter.pass();
    expect(pageWalks.mock.calls.filter(([tag]) => tag === HOST_TAG)).toHaveLength(0);
    for (const copy of copies) expect(copy.getElementsByTagName(HOST_TAG)).toHaveLength(1);
    for (const stray of strays) expect(stray?.isConnected).toBe(false);
    expect({ offers: counts.offers, matches: counts.matches }).toEqual(expectedCounts());
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(expectedCounts().matches);
  });
});
