import { BOARD } from './boards';
import { type CardExtra, type CardSpec, extractCards, extractCardsWithin, leafMatching } from './card-spec';
import { extractJobPostings } from './jsonld';
import type { SiteAdapter } from './types';

// Snapshot of 2026-03 (tests/fixtures/pages/hellowork/); `data-cy` attributes are HelloWork's test hooks.
export const HELLOWORK_SPEC: CardSpec = {
  cards: ['[data-cy="serpCard"]', 'li[data-id-storage-item-id]'],
  fields: {
    title: ['[data-cy="offerTitle"] h3 p:first-child', '[data-cy="offerTitle"] h3', 'h3'],
    company: ['[data-cy="offerTitle"] h3 p:nth-child(2)', '[data-cy="companyName"]'],
    location: ['[data-cy="localisationCard"]', '[data-cy="localisation"]'],
    contract: ['[data-cy="contractCard"]', '[data-cy="contract"]'],
  },
  links: ['a[data-cy="offerTitle"]', 'a[href*="/emplois/"]'],
};

// Where the place and contract chips are (both layouts seen).
const CHIPS =
  '[data-cy="localisationCard"], [data-cy="contractCard"], [data-cy="localisation"], [data-cy="contract"]';
const DETAIL_PATH = /\/emplois\/\d+\.html$/;

/** What the card's fields leave unread, from the card alone. */
const readExtra: CardExtra = (card, fields) => {
  // The salary chip has no data-cy: it sits among the place and contract chips, so only they are
  // looked at (reading the whole card's text cost more than all its other fields together).
  // The title link's aria-label spells out the working time.
  const chips = card.querySelector(CHIPS)?.parentElement;
  fields.salary = chips ? leafMatching(chips, 'div, span', /\d.*€/, '€') : undefined;
  const label = card.querySelector('a[data-cy="offerTitle"]')?.getAttribute('aria-label') ?? '';
  fields.workTime = /temps (plein|partiel)/i.exec(label)?.[0];
  const id = /\/emplois\/(\d+)\.html/.exec(fields.url ?? '')?.[1];
  return id ? { id } : undefined;
};

export const hellowork: SiteAdapter = {
  ...BOARD.hellowork,
  isListing: (url) => url.pathname.includes('/emploi/'),
  extract(root, url, memo) {
    // Offer pages list "similar offers" as serpCards too: the page's own offer is in its JSON-LD.
    if (DETAIL_PATH.test(url.pathname)) return extractJobPostings(root, url, ['h1']);
    return extractCards(root, url, HELLOWORK_SPEC, readExtra, memo);
  },
  extractWithin: (roots, url, memo) =>
    DETAIL_PATH.test(url.pathname) ? null : extractCardsWithin(roots, url, HELLOWORK_SPEC, readExtra, memo),
};
