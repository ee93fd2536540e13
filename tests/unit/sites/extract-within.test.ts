/**
 * Append passes: a page shows some cards, a pass reads it, the page adds cards (infinite scroll,
 * "load more"). What `extractWithin` reads in the added nodes, joined to what the last pass read,
 * must be what a whole pass reads now; or it must answer null when the added nodes cannot tell.
 */
import { describe, expect, it } from 'vitest';
import { ALL_ADAPTERS, BOARD_ADAPTERS } from '../../../utils/sites/registry';
import type { ExtractedOffer, SiteAdapter } from '../../../utils/sites/types';
import { FIXTURE_CASES } from './fixture-cases';
import { loadPage } from './load-page';

function adapterOf(id: string): SiteAdapter {
  const adapter = ALL_ADAPTERS.find((a) => a.id === id);
  if (!adapter) throw new Error(`no adapter ${id}`);
  return adapter;
}

function caseOf(adapter: string, file: string) {
  const found = FIXTURE_CASES.find((c) => c.adapter === adapter && c.file === file);
  if (!found) throw new Error(`no case ${adapter}/${file}`);
  return { adapter: adapterOf(adapter), url: new URL(found.url), doc: loadPage(`${adapter}/${file}`) };
}

/** The node a board adds for a card: its list item when it has one. */
function itemOf(card: Element): Element {
  return card.closest('li') ?? card;
}

/** Takes nodes out of the page; the returned function puts them back where they were, in order. */
function takeOut(nodes: readonly Element[]): () => Element[] {
  const places = nodes.map((node) => ({ node, parent: node.parentNode, next: node.nextSibling }));
  for (const node of nodes) node.remove();
  return () => {
    for (const { node, parent, next } of [...places].reverse()) parent?.insertBefore(node, next);
    return [...nodes];
  };
}

/** The last pass's offers joined to the append pass's must be the whole pass's, card by card. */
function expectJoinedEqualsWhole(
  before: ExtractedOffer[],
  within: ExtractedOffer[],
  whole: ExtractedOffer[],
) {
  const byCard = new Map(whole.map((offer) => [offer.element, offer]));
  for (const offer of [...before, ...within]) expect(offer).toEqual(byCard.get(offer.element));
  expect(new Set([...before, ...within].map((offer) => offer.element)).size).toBe(whole.length);
}

// Offers (by index in page order) taken out and put back; one card of the page always stays.
const APPENDS: { adapter: string; file: string; remove: number[] }[] = [
  // Two of them are in the mosaic data: put back, they must get its salary bounds and job types again.
  { adapter: 'indeed', file: 'synthetic-fr-listing-mosaic-2026.html', remove: [1, 3] },
  { adapter: 'indeed', file: 'listing-egypt-english-2026-07.html', remove: [5, 13, 14] },
  { adapter: 'linkedin', file: 'guest-listing-stage-france-2026-02.html', remove: [10, 58, 59] },
  { adapter: 'linkedin', file: 'synthetic-logged-in-classic-2026.html', remove: [1] },
  { adapter: 'linkedin', file: 'synthetic-logged-in-new-2026.html', remove: [1] },
  { adapter: 'cadremploi', file: 'synthetic-listing-2026.html', remove: [1] },
];

describe.each(APPENDS)('$adapter on $file: cards put back after a pass', ({ adapter: id, file, remove }) => {
  it('are read alone into exactly the offers a whole pass gives them', () => {
    const { adapter, url, doc } = caseOf(id, file);
    const all = adapter.extract(doc, url);
    const putBack = takeOut(remove.map((index) => itemOf((all[index] as ExtractedOffer).element)));
    const before = adapter.extract(doc, url);
    expect(before).toHaveLength(all.length - remove.length);
    const added = putBack();
    const within = adapter.extractWithin?.(added, url);
    const whole = adapter.extract(doc, url);
    expect(whole).toEqual(all);
    if (!within) throw new Error('read the whole page instead');
    expect(within.map((offer) => offer.element)).toEqual(remove.map((index) => all[index]?.element));
    expect(within).toEqual(whole.filter((offer) => added.some((node) => node.contains(offer.element))));
    expectJoinedEqualsWhole(before, within, whole);
  });

  it("read with the last pass's memo, are the same offers, kept for the next pass", () => {
    const { adapter, url, doc } = caseOf(id, file);
    const all = adapter.extract(doc, url);
    const putBack = takeOut(remove.map((index) => itemOf((all[index] as ExtractedOffer).element)));
    const memo = new WeakMap<Element, ExtractedOffer>();
    adapter.extract(doc, url, memo);
    const added = putBack();
    const within = adapter.extractWithin?.(added, url, memo);
    expect(within).toEqual(adapter.extractWithin?.(added, url));
    // Cadremploi keeps no readings: its cards are bounded by the cards around them.
    if (id !== 'cadremploi') for (const offer of within ?? []) expect(memo.has(offer.element)).toBe(true);
  });

  it('defer to a whole pass on an offer page, or for a node added inside a card', () => {
    const { adapter, url, doc } = caseOf(id, file);
    const card = adapter.extract(doc, url)[0]?.element;
    const inner = card?.querySelector('span, div, p, h3');
    if (!card || !inner) throw new Error('fixture changed');
    expect(adapter.extractWithin?.([inner], url)).toBeNull();
    const offerPage = { indeed: '/viewjob?jk=1', cadremploi: '/emploi/detail_offre?offreId=1' }[id];
    expect(
      adapter.extractWithin?.([itemOf(card)], new URL(offerPage ?? '/jobs/view/4367012345/', url)),
    ).toBeNull();
  });
});

describe('Indeed', () => {
  it('reads no card alone onto a page that had none (the last pass walked up from job-key links)', () => {
    const { adapter, url, doc } = caseOf('indeed', 'synthetic-fr-listing-mosaic-2026.html');
    const cards = [...doc.querySelectorAll('div.job_seen_beacon')].map(itemOf);
    const putBack = takeOut(cards);
    expect(adapter.extract(doc, url)).toEqual([]);
    const added = putBack();
    expect(adapter.extract(doc, url)).toHaveLength(4);
    expect(adapter.extractWithin?.(added, url)).toBeNull();
  });

  it('leaves out the decoy card when it is among the added ones', () => {
    const { adapter, url, doc } = caseOf('indeed', 'synthetic-fr-listing-mosaic-2026.html');
    const decoy = doc.querySelector('[aria-hidden="true"] .job_seen_beacon');
    if (!decoy) throw new Error('fixture changed');
    const added = takeOut([itemOf(decoy)])();
    expect(adapter.extractWithin?.(added, url)).toEqual([]);
  });
});

describe('LinkedIn', () => {
  it('reads classic cards alone only once the page had a titled one', () => {
    const { adapter, url, doc } = caseOf('linkedin', 'synthetic-logged-in-classic-2026.html');
    const all = adapter.extract(doc, url);
    const putBack = takeOut(all.map((offer) => itemOf(offer.element)));
    // Only the occluded card is left: the last pass read the offer link of the details pane instead.
    const before = adapter.extract(doc, url);
    expect(before.map((offer) => offer.structured?.id)).toEqual(['4367012345']);
    expect(all.map((offer) => offer.element)).not.toContain(before[0]?.element);
    const added = putBack();
    expect(adapter.extract(doc, url)).toEqual(all);
    expect(adapter.extractWithin?.(added, url)).toBeNull();
  });

  it('reads no card alone when the page falls back to walking up from offer links', () => {
    const { adapter, url, doc } = caseOf('linkedin', 'synthetic-links-only-2026.html');
    const all = adapter.extract(doc, url);
    expect(all).toHaveLength(3);
    const added = takeOut([all[2]?.element as Element])();
    expect(adapter.extract(doc, url)).toEqual(all);
    expect(adapter.extractWithin?.(added, url)).toBeNull();
  });

  it('reads no card alone when a card of an earlier layout is among the added ones', () => {
    const { adapter, url, doc } = caseOf('linkedin', 'synthetic-logged-in-new-2026.html');
    const before = adapter.extract(doc, url);
    const guest = doc.createElement('div');
    guest.className = 'base-search-card';
    guest.innerHTML =
      '<a class="base-card__full-link" href="/jobs/view/4370003333/"></a><h3>Caissier H/F</h3>';
    before[0]?.element.parentElement?.append(guest);
    // A whole pass now reads the page as a guest listing: the new-layout cards are no offers any more.
    expect(adapter.extract(doc, url).map((offer) => offer.element)).toEqual([guest]);
    expect(adapter.extractWithin?.([guest], url)).toBeNull();
  });
});

describe('Cadremploi', () => {
  it('reads no card alone when an old card would shrink (its container held only it)', () => {
    const { adapter, url, doc } = caseOf('cadremploi', 'synthetic-listing-2026.html');
    const all = adapter.extract(doc, url);
    const putBack = takeOut(all.slice(1).map((offer) => offer.element));
    const before = adapter.extract(doc, url);
    // Alone in its section, the first card reaches up to the section.
    expect(before).toHaveLength(1);
    expect(before[0]?.element).not.toBe(all[0]?.element);
    const added = putBack();
    expect(adapter.extract(doc, url)).toEqual(all);
    expect(adapter.extractWithin?.(added, url)).toBeNull();
  });

  it('finds nothing new in an added node without offer links', () => {
    const { adapter, url, doc } = caseOf('cadremploi', 'synthetic-listing-2026.html');
    const all = adapter.extract(doc, url);
    const ad = doc.createElement('div');
    ad.innerHTML = '<p>Publicité</p><a href="/conseils/cv">Conseils CV</a>';
    all[0]?.element.parentElement?.append(ad);
    expect(adapter.extract(doc, url)).toEqual(all);
    expect(adapter.extractWithin?.([ad], url)).toEqual([]);
  });
});

describe('generic JobPosting reader', () => {
  const jsonld = adapterOf('jsonld');

  it('finds no new offer in added nodes it does not read, as a whole pass', () => {
    for (const file of ['synthetic-itemlist-2026.html', 'synthetic-graph-2026.html']) {
      const { url, doc } = caseOf('jsonld', file);
      const before = jsonld.extract(doc, url);
      const ad = doc.createElement('div');
      ad.innerHTML = '<img src="/pub.png" alt=""><p>Publicité</p><script src="/tag.js"></script>';
      doc.body.append(ad);
      expect(jsonld.extract(doc, url)).toEqual(before);
      expect(jsonld.extractWithin?.([ad], url)).toEqual([]);
    }
  });

  it('defers to a whole pass when a posting, a link or a heading is added', () => {
    const { url, doc } = caseOf('jsonld', 'synthetic-itemlist-2026.html');
    const before = jsonld.extract(doc, url);
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Mécanicien poids lourds H/F',
      url: '/emplois/mecanicien-pl',
    });
    const item = doc.createElement('li');
    item.innerHTML = '<a href="/emplois/mecanicien-pl">Mécanicien poids lourds H/F</a>';
    doc.querySelector('ul.offres')?.append(item);
    doc.body.append(script);
    // The new posting takes the new list item: only a whole pass sees the posting and its link together.
    expect(jsonld.extract(doc, url)).toHaveLength(before.length + 1);
    for (const added of [[script], [item], [item.firstElementChild as Element]]) {
      expect(jsonld.extractWithin?.(added, url)).toBeNull();
    }
    const heading = doc.createElement('h2');
    doc.body.append(heading);
    expect(jsonld.extractWithin?.([heading], url)).toBeNull();
  });

  it('defers to a whole pass on a change inside a microdata posting', () => {
    const { url, doc } = caseOf('jsonld', 'synthetic-microdata-2026.html');
    const before = jsonld.extract(doc, url);
    const salary = doc.querySelector('[itemprop="baseSalary"]');
    const note = doc.createElement('span');
    note.textContent = ' + primes';
    salary?.append(note);
    expect(jsonld.extract(doc, url)[0]?.salary).not.toBe(before[0]?.salary);
    expect(jsonld.extractWithin?.([note], url)).toBeNull();
  });
});

// Boards whose listings deliberately do a whole pass on every append, with the reason (none today).
const WHOLE_PASS_BOARDS: Record<string, string> = {};

describe('adapter registry', () => {
  it.each(BOARD_ADAPTERS.map((a) => [a.id, a] as const))(
    '%s reads added nodes alone, or is a listed exception',
    (id, adapter) => {
      expect(adapter.extractWithin === undefined).toBe(id in WHOLE_PASS_BOARDS);
    },
  );

  it('lists no exception that is not a board', () => {
    const ids = BOARD_ADAPTERS.map((a) => a.id);
    for (const id of Object.keys(WHOLE_PASS_BOARDS)) expect(ids).toContain(id);
  });
});
