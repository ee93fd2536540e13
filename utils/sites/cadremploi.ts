import { BOARD } from './boards';
import { outermost } from './card-spec';
import { absoluteUrl, pick, pickText, safeQueryAll, walkUpToCard } from './dom';
import { extractJobPostings } from './jsonld';
import { makeOffer } from './offer';
import { nonEmpty, textOf } from './text';
import type { ExtractedOffer, SiteAdapter } from './types';

// www.cadremploi.fr has no stable card class: the offer links are the anchor,
// the card is the largest ancestor holding only that offer (docs/job-boards.md;
// no real saved page yet, the fixtures are synthetic).
const OFFER_LINKS = ['a[href*="offreId"]', 'a[href*="detail_offre"]', 'a[href*="/emploi/offre/"]'];
const OFFER_ID = /offreId=(\d+)|\/emploi\/offre\/[^?#]*?(\d+)(?:[?#]|$)/;

export const CADREMPLOI_FIELDS = {
  title: ['h2', 'h3', '[class*="title" i]'],
  company: ['[data-testid*="company" i]', '[class*="company" i]', '[class*="entreprise" i]'],
  location: [
    '[data-testid*="location" i]',
    '[class*="location" i]',
    '[class*="localisation" i]',
    '[class*="lieu" i]',
  ],
  contract: ['[data-testid*="contract" i]', '[class*="contract" i]', '[class*="contrat" i]'],
  salary: ['[data-testid*="salary" i]', '[class*="salary" i]', '[class*="salaire" i]'],
} as const;

// Two links of one card may differ by tracking parameters: the offer id tells them apart.
function offerKey(link: Element): string | undefined {
  if (!OFFER_LINKS.some((selector) => link.matches(selector))) return undefined;
  const href = link.getAttribute('href');
  const match = OFFER_ID.exec(href ?? '');
  return match?.[1] ?? match?.[2] ?? nonEmpty(href);
}

function listingCards(root: ParentNode, url: URL): ExtractedOffer[] {
  const scope = pick(root, ['main', '[role="main"]']) ?? root;
  const links = safeQueryAll(scope, OFFER_LINKS.join(','));
  const byCard = new Map<Element, Element>();
  for (const link of links) {
    const card = walkUpToCard(link, offerKey);
    if (!byCard.has(card)) byCard.set(card, link);
  }
  const cards = new Set(outermost([...byCard.keys()]));
  return [...byCard]
    .filter(([card]) => cards.has(card))
    .map(([card, link]) => {
      const href = link.getAttribute('href');
      const id = offerKey(link);
      return makeOffer(
        card,
        {
          title: pickText(card, CADREMPLOI_FIELDS.title) ?? textOf(link),
          company: pickText(card, CADREMPLOI_FIELDS.company),
          location: pickText(card, CADREMPLOI_FIELDS.location),
          contract: pickText(card, CADREMPLOI_FIELDS.contract),
          salary: pickText(card, CADREMPLOI_FIELDS.salary),
          url: absoluteUrl(href, url),
        },
        id ? { id } : undefined,
      );
    });
}

export const cadremploi: SiteAdapter = {
  ...BOARD.cadremploi,
  isListing: (url) => url.pathname.startsWith('/emploi/liste_offres'),
  extract(root, url) {
    if (url.pathname.startsWith('/emploi/detail_offre')) return extractJobPostings(root, url, ['h1']);
    return listingCards(root, url);
  },
};
