import { BOARD } from './boards';
import { outermost, pickFields } from './card-spec';
import { absoluteUrl, pick, safeQueryAll, walkUpToCard } from './dom';
import { extractJobPostings } from './jsonld';
import { makeOffer } from './offer';
import { nonEmpty, textOf } from './text';
import type { ExtractedOffer, SiteAdapter } from './types';

// www.cadremploi.fr has no stable card class: the offer links are the anchor,
// the card is the largest ancestor holding only that offer (docs/job-boards.md;
// no real saved page yet, the fixtures are synthetic).
const LINKS = 'a[href*="offreId"], a[href*="detail_offre"], a[href*="/emploi/offre/"]';
const DETAIL_PATH = /^\/emploi\/detail_offre/;
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
  if (!link.matches(LINKS)) return undefined;
  const href = link.getAttribute('href');
  const match = OFFER_ID.exec(href ?? '');
  return match?.[1] ?? match?.[2] ?? nonEmpty(href);
}

const MAIN = ['main', '[role="main"]'];

function listingCards(root: ParentNode, url: URL): ExtractedOffer[] {
  const byCard = new Map<Element, Element>();
  for (const link of safeQueryAll(pick(root, MAIN) ?? root, LINKS)) {
    const card = walkUpToCard(link, offerKey);
    if (!byCard.has(card)) byCard.set(card, link);
  }
  return readCards(byCard, url);
}

// Each card read from its first link (document order), nested cards dropped.
function readCards(byCard: Map<Element, Element>, url: URL): ExtractedOffer[] {
  const cards = new Set(outermost([...byCard.keys()]));
  return [...byCard]
    .filter(([card]) => cards.has(card))
    .map(([card, link]) => {
      const fields = pickFields(card, CADREMPLOI_FIELDS);
      fields.url = absoluteUrl(link.getAttribute('href'), url);
      fields.title ??= textOf(link);
      const id = offerKey(link);
      return makeOffer(card, fields, id ? { id } : undefined);
    });
}

/**
 * The cards of the offer links in `roots` (nodes just added), or null when the new links might change
 * the card of an old one: a card is the largest ancestor holding one offer, so an old card that now
 * held a new link would shrink. None can when the added node's parent holds old links of two offers.
 */
function cardsWithin(roots: readonly Element[], url: URL): ExtractedOffer[] | null {
  const doc = roots[0]?.ownerDocument;
  const scope = doc && (pick(doc, MAIN) ?? doc);
  const byCard = new Map<Element, Element>();
  for (const root of outermost(roots)) {
    const links = root.matches(LINKS) ? [root] : safeQueryAll(root, LINKS);
    if (!links[0]) continue;
    const old = new Set<string | undefined>();
    safeQueryAll(root.parentElement ?? root, LINKS).some(
      (a) => !roots.some((r) => r.contains(a)) && old.add(offerKey(a)).size > 1,
    );
    if (old.size < 2 || !scope?.contains(root)) return null;
    for (const link of links) {
      const card = walkUpToCard(link, offerKey);
      // A card reaching above its added node may take in other added nodes: left to a whole pass.
      if (!root.contains(card)) return null;
      if (!byCard.has(card)) byCard.set(card, link);
    }
  }
  return scope ? readCards(byCard, url) : null;
}

export const cadremploi: SiteAdapter = {
  ...BOARD.cadremploi,
  isListing: (url) => url.pathname.startsWith('/emploi/liste_offres'),
  extract: (root, url) =>
    DETAIL_PATH.test(url.pathname) ? extractJobPostings(root, url, ['h1']) : listingCards(root, url),
  extractWithin: (roots, url) => (DETAIL_PATH.test(url.pathname) ? null : cardsWithin(roots, url)),
};
