import { BOARD } from './boards';
import { type CardExtra, type CardSpec, extractCards, extractCardsWithin } from './card-spec';
import { extractJobPostings } from './jsonld';
import type { SiteAdapter } from './types';

// www.meteojob.com, as described in docs/job-boards.md: no real saved page yet, the fixture is synthetic.
export const METEOJOB_SPEC: CardSpec = {
  cards: ['li[id^="job-offer-"]', 'article[id^="job-offer-"]'],
  fields: {
    title: ['h2.cc-job-offer-title', '.cc-job-offer-title', 'h2'],
    company: ['p[id*="company-name"]', '[id*="company-name"]'],
    location: ['div[id*="job-locations"] span', '[id*="job-locations"]'],
    contract: ['div[id*="contract-types"] span', '[id*="contract-types"]'],
    salary: ['span.cc-tag-primary-light'],
  },
  links: ['a[href*="/offres/"]', 'a[href*="offre"]', 'a[href]'],
};

/** What the card's fields leave unread, from the card alone. */
const readExtra: CardExtra = (card) => {
  const id = /^job-offer-(.+)$/.exec(card.id)?.[1];
  return id ? { id } : undefined;
};

export const meteojob: SiteAdapter = {
  ...BOARD.meteojob,
  isListing: (url) => url.pathname === '/jobs' || url.pathname.startsWith('/jobs/'),
  extract(root, url, memo) {
    const offers = extractCards(root, url, METEOJOB_SPEC, readExtra, memo);
    // An offer page has no card list: its JobPosting data stands for it.
    return offers.length > 0 ? offers : extractJobPostings(root, url, ['h1']);
  },
  extractWithin: (roots, url, memo) => extractCardsWithin(roots, url, METEOJOB_SPEC, readExtra, memo),
};
