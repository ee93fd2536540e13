import { parseContract } from '../matching/contract';
import { BOARD } from './boards';
import { type CardExtra, type CardSpec, extractCards, extractCardsWithin, leafMatching } from './card-spec';
import { safeQueryAll } from './dom';
import { extractJobPostings } from './jsonld';
import { withPageContract } from './offer';
import { cleanText } from './text';
import type { SiteAdapter } from './types';

const TITLE_LINK = 'a[data-cy="offerTitle"]';

// Snapshot of 2026-03 (tests/fixtures/pages/hellowork/); `data-cy` attributes are HelloWork's test hooks.
export const HELLOWORK_SPEC: CardSpec = {
  cards: ['[data-cy="serpCard"]', 'li[data-id-storage-item-id]'],
  fields: {
    title: ['[data-cy="offerTitle"] h3 p:first-child', '[data-cy="offerTitle"] h3', 'h3'],
    company: ['[data-cy="offerTitle"] h3 p:nth-child(2)', '[data-cy="companyName"]'],
    location: ['[data-cy="localisationCard"]', '[data-cy="localisation"]'],
    contract: ['[data-cy="contractCard"]', '[data-cy="contract"]'],
  },
  links: [TITLE_LINK, 'a[href*="/emplois/"]'],
};

// Where the place and contract chips are (both layouts seen).
const CHIPS =
  '[data-cy="localisationCard"], [data-cy="contractCard"], [data-cy="localisation"], [data-cy="contract"]';
const DETAIL_PATH = /\/emplois\/\d+\.html$/;
// An offer page's summary tags ("Toulouse - 31", "CDI"): the contract is the one the engine reads as one.
const SUMMARY_TAGS = '[data-cy="tags-resume"] li';
const namesContract = (text: string) => parseContract(text).codes.length > 0;
// Module constants, not literals in readExtra: a literal makes a new RegExp object for every card.
const SALARY = /\d.*€/;
const WORK_TIME = /temps (plein|partiel)/i;
const OFFER_ID = /\/emplois\/(\d+)\.html/;

/** What the card's fields leave unread, from the card alone. */
const readExtra: CardExtra = (card, fields, _url, found) => {
  // The salary chip has no data-cy: it sits among the place and contract chips, so only they are
  // looked at (reading the whole card's text cost more than all its other fields together). The chips
  // the fields were read from say where they are, without another search of the card.
  const chip = found.location ?? found.contract ?? card.querySelector(CHIPS);
  const chips = chip?.parentElement;
  fields.salary = chips ? leafMatching(chips, 'div, span', SALARY, '€') : undefined;
  // The title link's aria-label spells out the working time: the link the url was read from, most often.
  const link =
    found.url?.getAttribute('data-cy') === 'offerTitle' ? found.url : card.querySelector(TITLE_LINK);
  const label = link?.getAttribute('aria-label') ?? '';
  fields.workTime = WORK_TIME.exec(label)?.[0];
  const id = OFFER_ID.exec(fields.url ?? '')?.[1];
  return id ? { id } : undefined;
};

export const hellowork: SiteAdapter = {
  ...BOARD.hellowork,
  isListing: (url) => url.pathname.includes('/emploi/'),
  extract(root, url, memo) {
    // Offer pages list "similar offers" as serpCards too: the page's own offer is in its JSON-LD.
    if (DETAIL_PATH.test(url.pathname)) {
      const contract = safeQueryAll(root, SUMMARY_TAGS)
        .map((tag) => cleanText(tag.textContent))
        .find(namesContract);
      return withPageContract(extractJobPostings(root, url, ['h1']), contract);
    }
    return extractCards(root, url, HELLOWORK_SPEC, readExtra, memo);
  },
  extractWithin: (roots, url, memo) =>
    DETAIL_PATH.test(url.pathname) ? null : extractCardsWithin(roots, url, HELLOWORK_SPEC, readExtra, memo),
};
