import { BOARD } from './boards';
import { type CardExtra, type CardSpec, extractCards, extractCardsWithin, textBeside } from './card-spec';
import { extractJobPostings } from './jsonld';
import type { SiteAdapter } from './types';

// www.apec.fr (Angular; cards exist only after hydration), as described in
// docs/job-boards.md: no real saved page yet, the fixture is synthetic.
export const APEC_SPEC: CardSpec = {
  cards: ['div.card-offer', '.container-result a[href*="detail-offre"]'],
  fields: {
    title: ['h2.card-title', '.card-title', 'h2'],
    company: ['p.card-offer__company', '.card-offer__company'],
  },
  links: ['a[href*="detail-offre"]'],
};

/** What the card's fields leave unread, from the card alone. */
const readExtra: CardExtra = (card, fields) => {
  // The values sit next to icons whose alt text names them.
  fields.contract = textBeside(card, ['img[alt="type de contrat"]']);
  fields.salary = textBeside(card, ['img[alt="Salaire texte"]', 'img[alt*="alaire"]']);
  fields.location = textBeside(card, ['img[alt="localisation"]', 'img[alt*="ocalisation"]']);
  const id = /detail-offre\/([^/?#]+)/.exec(fields.url ?? '')?.[1];
  return id ? { id } : undefined;
};

export const apec: SiteAdapter = {
  ...BOARD.apec,
  isListing: (url) =>
    url.pathname.includes('/recherche-emploi.html/emploi') && !url.pathname.includes('detail-offre'),
  extract(root, url, memo) {
    if (url.pathname.includes('/detail-offre/')) return extractJobPostings(root, url, ['h1']);
    return extractCards(root, url, APEC_SPEC, readExtra, memo);
  },
  extractWithin: (roots, url, memo) =>
    url.pathname.includes('/detail-offre/')
      ? null
      : extractCardsWithin(roots, url, APEC_SPEC, readExtra, memo),
};
