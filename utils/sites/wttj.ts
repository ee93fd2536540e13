import { BOARD } from './boards';
import {
  type CardExtra,
  type CardSpec,
  dropLabel,
  extractCards,
  extractCardsWithin,
  textBeside,
} from './card-spec';
import { extractJobPostings } from './jsonld';
import { withPageContract } from './offer';
import { nonEmpty } from './text';
import type { SiteAdapter } from './types';

// Snapshot of 2026-02 (tests/fixtures/pages/wttj/). Classes are hashed (styled-components):
// only data-testid, icon names and href shapes are used.
export const WTTJ_SPEC: CardSpec = {
  cards: [
    'li[data-testid="search-results-list-item-wrapper"]',
    '[data-object-id][data-testid^="job-thumb-"]',
  ],
  fields: {
    title: ['h2', 'h3', '[role="mark"]'],
    company: ['[data-testid="search-results-list-item-company-name"]'],
  },
  links: ['a[href*="/jobs/"]'],
};

const DETAIL_PATH = /^\/[a-z]{2}\/companies\/[^/]+\/jobs\/[^/]+/;
/** An offer page's summary of its own offer: title, contract, place, salary. */
const METADATA_BLOCK = '[data-testid="job-metadata-block"]';
const OFFER_LABEL = /^Consultez l[’']offre\s+/i;

/** What the card's fields leave unread, from the card alone. */
const readExtra: CardExtra = (card, fields) => {
  fields.title ??= nonEmpty(
    card.querySelector('a[aria-label]')?.getAttribute('aria-label')?.replace(OFFER_LABEL, ''),
  );
  fields.company ??= companyOf(card, fields.url);
  fields.location = textBeside(card, ['i[name="location"]']);
  fields.contract = textBeside(card, ['i[name="contract"]']);
  fields.salary = dropLabel(textBeside(card, ['i[name="salary"]']));
  fields.experience = dropLabel(textBeside(card, ['i[name="suitcase"]']));
  const id = card.querySelector('[data-object-id]')?.getAttribute('data-object-id') ?? undefined;
  return id ? { id } : undefined;
};

export const wttj: SiteAdapter = {
  ...BOARD.wttj,
  isListing: (url) => /^\/[a-z]{2}\/jobs\/?$/.test(url.pathname),
  extract(root, url, memo) {
    if (DETAIL_PATH.test(url.pathname)) {
      // The page's own summary (the metadata block, not the similar offers below) shows its contract.
      return withPageContract(
        extractJobPostings(root, url, ['h1', `${METADATA_BLOCK} h2`]),
        textBeside(root, [`${METADATA_BLOCK} i[name="contract"]`]),
      );
    }
    return extractCards(root, url, WTTJ_SPEC, readExtra, memo);
  },
  extractWithin: (roots, url, memo) =>
    DETAIL_PATH.test(url.pathname) ? null : extractCardsWithin(roots, url, WTTJ_SPEC, readExtra, memo),
};

// The logo's alt text names the company; the company slug in the offer URL is the last resort.
function companyOf(card: Element, url: string | undefined): string | undefined {
  const logo = card.querySelector('img[data-testid^="job-thumb-logo-"]')?.getAttribute('alt');
  if (logo?.trim()) return logo;
  return /\/companies\/([^/]+)\/jobs\//.exec(url ?? '')?.[1];
}
