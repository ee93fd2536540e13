/**
 * A whole pass (`extract` on the page) must read each card exactly as the append path reads that card
 * alone (`extractWithin` on the card): every field, `missing`, `structured`, the card and the title
 * element themselves. Checked on every saved page of the card boards, and on a real listing made
 * awkward: nested cards, cards lacking fields or with empty ones, hostile text.
 */
import { describe, expect, it } from 'vitest';
import { outermostInOrder } from '../../../utils/sites/card-spec';
import { pickAll } from '../../../utils/sites/dom';
import { HELLOWORK_SPEC } from '../../../utils/sites/hellowork';
import { ALL_ADAPTERS } from '../../../utils/sites/registry';
import type { ExtractedOffer, SiteAdapter } from '../../../utils/sites/types';
import { FIXTURE_CASES } from './fixture-cases';
import { CARD_BOARDS, loadPage, pagesOf } from './load-page';

// Pages whose offers are no cards: an offer page's own JSON-LD, LinkedIn's links walked up, a 404.
const NOT_CARDS = new Set([
  'hellowork/detail-employe-fruits-legumes-2025-05.html',
  'wttj/detail-lille-2025-06.html',
  'linkedin/synthetic-links-only-2026.html',
  'indeed/synthetic-offer-page-2026.html',
  'francetravail/error-404-2026-02.html',
  'francetravail/synthetic-detail-2026.html',
  'cadremploi/synthetic-detail-2026.html',
]);

function adapterOf(id: string): SiteAdapter {
  const adapter = ALL_ADAPTERS.find((a) => a.id === id);
  if (!adapter) throw new Error(`no adapter ${id}`);
  return adapter;
}

const withoutElements = ({ element: _card, titleElement: _title, ...rest }: ExtractedOffer) => rest;

/** Reads each card of the whole pass alone and checks it gives the very same offer. */
function expectEachCardAloneSame(adapter: SiteAdapter, doc: Document, url: URL, where: string) {
  const whole = adapter.extract(doc, url);
  expect(whole.length, where).toBeGreaterThan(0);
  for (const [i, offer] of whole.entries()) {
    const alone = adapter.extractWithin?.([offer.element], url);
    const at = `${where}, card ${i}`;
    expect(alone, at).toHaveLength(1);
    const [read] = alone ?? [];
    if (!read) throw new Error(at);
    expect(read.element, at).toBe(offer.element);
    expect('titleElement' in read, at).toBe('titleElement' in offer);
    expect(read.titleElement, at).toBe(offer.titleElement);
    expect(withoutElements(read), at).toStrictEqual(withoutElements(offer));
  }
  return whole;
}

describe('a whole pass reads every card as the card alone reads', () => {
  it('lists every saved page of the card boards here', () => {
    const pages = CARD_BOARDS.flatMap((board) => pagesOf(board).map((file) => `${board}/${file}`));
    const cases = new Set(FIXTURE_CASES.map((c) => `${c.adapter}/${c.file}`));
    expect(pages.filter((page) => !cases.has(page))).toEqual([]);
    expect(pages.length).toBeGreaterThan(NOT_CARDS.size);
  });

  const pages = FIXTURE_CASES.filter((c) => CARD_BOARDS.includes(c.adapter));
  it.each(pages)('$adapter/$file', (fixture) => {
    const page = `${fixture.adapter}/${fixture.file}`;
    const adapter = adapterOf(fixture.adapter);
    const url = new URL(fixture.url);
    const doc = loadPage(page);
    if (NOT_CARDS.has(page)) {
      const first = adapter.extract(doc, url)[0];
      if (first) expect(adapter.extractWithin?.([first.element], url)).toBeNull();
      return;
    }
    expect(expectEachCardAloneSame(adapter, doc, url, page)).toHaveLength(fixture.count);
  });
});

describe('a whole pass on an awkward HelloWork listing reads every card as the card alone reads', () => {
  const fixture = FIXTURE_CASES.find((c) => c.adapter === 'hellowork' && c.file.startsWith('listing'));
  if (!fixture) throw new Error('no HelloWork listing case');
  const url = new URL(fixture.url);
  const hellowork = adapterOf('hellowork');

  /** The real listing, its cards in page order (the spec's own selector), after `change`. */
  function listing(change: (cards: Element[], doc: Document) => void) {
    const doc = loadPage(`hellowork/${fixture?.file}`);
    const cards = outermostInOrder(pickAll(doc, HELLOWORK_SPEC.cards));
    expect(cards.length).toBeGreaterThan(12);
    change(cards, doc);
    return doc;
  }

  const query = (card: Element | undefined, selector: string) => {
    const found = card?.querySelector(selector);
    if (!found) throw new Error(`fixture changed: no ${selector}`);
    return found;
  };

  it('with cards nested in cards (an inner card belongs to its outer one)', () => {
    const doc = listing((cards) => {
      query(cards[0], 'header').append(cards[1]?.cloneNode(true) as Node);
      // The nested copy comes before the outer card's own title, link and chips.
      query(cards[2], '[data-cy="offerTitle"]').before(cards[3]?.cloneNode(true) as Node);
    });
    const whole = expectEachCardAloneSame(hellowork, doc, url, 'nested');
    const cards = outermostInOrder(pickAll(doc, HELLOWORK_SPEC.cards));
    expect(whole.map((offer) => offer.element)).toEqual(cards);
  });

  it('with cards lacking fields, or whose first match is empty', () => {
    const doc = listing((cards, page) => {
      query(cards[0], '[data-cy="offerTitle"] h3 p:first-child').remove();
      query(cards[1], '[data-cy="offerTitle"] h3').remove();
      query(cards[2], '[data-cy="offerTitle"] h3 p:first-child').textContent = ' \n ';
      query(cards[3], 'a[data-cy="offerTitle"]').setAttribute('href', '');
      query(cards[4], 'a[data-cy="offerTitle"]').removeAttribute('data-cy');
      query(cards[5], '[data-cy="localisationCard"]').parentElement?.remove();
      query(cards[6], '[data-cy="contractCard"]').textContent = '';
      // A second, later contract chip: the first with text is read.
      query(cards[6], '[data-cy="localisationCard"]').after(page.createElement('div'));
      const late = page.createElement('span');
      late.setAttribute('data-cy', 'contractCard');
      late.textContent = 'CDD';
      query(cards[6], '[data-cy="localisationCard"]').parentElement?.append(late);
      query(cards[7], '[data-cy="offerTitle"]').setAttribute('aria-label', '');
      for (const el of cards[8]?.querySelectorAll('*') ?? []) el.remove();
      // A card without any title has no title element either.
      query(cards[10], 'h3').remove();
    });
    const whole = expectEachCardAloneSame(hellowork, doc, url, 'lacking');
    expect(whole[8]?.missing).toContain('title');
    expect(whole[10]?.titleElement).toBeUndefined();
  });

  it('with hostile text in its cards', () => {
    const doc = listing((cards) => {
      query(cards[0], '[data-cy="offerTitle"] h3 p:first-child').innerHTML =
        'Dév<img src="x" onerror="globalThis.__pwned = 1">eloppeur &lt;script&gt;alert(1)&lt;/script&gt;';
      query(cards[1], '[data-cy="offerTitle"] h3 p:first-child').textContent =
        `Développeur ${'A'.repeat(200_000)}`;
      query(cards[2], '[data-cy="offerTitle"] h3 p:first-child').textContent =
        '\u202eruetpoleveD\u202c \u200fمطور ويب\u200f';
      query(cards[3], '[data-cy="localisationCard"]').textContent =
        '\u00a0\u202f Lyon\u2028\u3000 - 69 \ufeff';
      query(cards[4], 'a[data-cy="offerTitle"]').setAttribute('href', 'javascript:alert(1)');
      query(cards[5], 'a[data-cy="offerTitle"]').setAttribute(
        'href',
        ' /fr-fr/emplois/../emplois/1.html?x#y ',
      );
    });
    expectEachCardAloneSame(hellowork, doc, url, 'hostile');
  });
});
