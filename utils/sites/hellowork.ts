import { type CardSpec, extractCards, leafMatching } from './card-spec';
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

const DETAIL_PATH = /\/emplois\/\d+\.html$/;

export const hellowork: SiteAdapter = {
  id: 'hellowork',
  name: 'HelloWork',
  matches: ['https://www.hellowork.com/fr-fr/*'],
  isListing: (url) => url.pathname.includes('/emploi/'),
  extract(root, url, memo) {
    // Offer pages list "similar offers" as serpCards too: the page's own offer is in its JSON-LD.
    if (DETAIL_PATH.test(url.pathname)) return extractJobPostings(root, url, ['h1']);
    return extractCards(
      root,
      url,
      HELLOWORK_SPEC,
      (card, fields) => {
        // The salary chip has no data-cy; the title link's aria-label spells out the working time.
        // Most cards state no salary: one look at the card's text spares a walk over all its divs and spans.
        fields.salary = card.textContent?.includes('€')
          ? leafMatching(card, 'div, span', /\d.*€/)
          : undefined;
        const label = card.querySelector('a[data-cy="offerTitle"]')?.getAttribute('aria-label') ?? '';
        fields.workTime = /temps (plein|partiel)/i.exec(label)?.[0];
        const id = /\/emplois\/(\d+)\.html/.exec(fields.url ?? '')?.[1];
        return id ? { id } : undefined;
      },
      memo,
    );
  },
};
