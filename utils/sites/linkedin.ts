import { BOARD } from './boards';
import { type CardSpec, extractCards, leafMatching, outermost } from './card-spec';
import { absoluteUrl, pick, safeQueryAll, walkUpToCard } from './dom';
import { extractJobPostings } from './jsonld';
import { makeOffer } from './offer';
import { nonEmpty, textOf } from './text';
import type { CardMemo, ExtractedOffer, SiteAdapter } from './types';

// LinkedIn runs heavy A/B tests: each layout below is tried in turn, and the
// link-walking fallback keeps working when every class has changed.

/** Logged-out search (2026-02 snapshot in tests/fixtures/pages/linkedin/). */
export const LINKEDIN_GUEST_SPEC: CardSpec = {
  cards: ['.base-search-card', 'div.base-card'],
  fields: {
    title: ['h3.base-search-card__title', '.base-search-card__title', 'a.base-card__full-link .sr-only'],
    company: ['h4.base-search-card__subtitle', '.base-search-card__subtitle'],
    location: ['.job-search-card__location'],
    salary: ['.job-search-card__salary-info'],
  },
  links: ['a.base-card__full-link', 'a[href*="/jobs/view/"]'],
};

/** Logged-in classic layout (/jobs/search/, /jobs/collections/). */
export const LINKEDIN_CLASSIC_SPEC: CardSpec = {
  cards: ['[data-occludable-job-id]', '[data-job-id]'],
  fields: {
    title: [
      '.job-card-list__title--link strong',
      'a.job-card-container__link span[aria-hidden="true"]',
      '.job-card-list__title',
      'a.job-card-container__link',
    ],
    company: [
      '.artdeco-entity-lockup__subtitle',
      '.job-card-container__primary-description',
      '.job-card-container__company-name',
    ],
    location: [
      '.job-card-container__metadata-wrapper li',
      '.job-card-container__metadata-item',
      '.artdeco-entity-lockup__caption',
    ],
  },
  links: ['a[href*="/jobs/view/"]', 'a[href*="currentJobId="]'],
};

const NEW_LAYOUT_CARDS = ['[componentkey^="job-card-component-ref-"]'];
const OFFER_LINKS = ['a[href*="/jobs/view/"]', 'a[href*="currentJobId="]'];
const JOB_ID = /\/jobs\/view\/(?:[^/?#]*-)?(\d{6,})|currentJobId=(\d+)|jobPosting:(\d+)/;

/** The LinkedIn job id in a link, URN or component key. */
export function linkedinJobId(text: string | null | undefined): string | undefined {
  const match = JOB_ID.exec(text ?? '');
  return match?.[1] ?? match?.[2] ?? match?.[3];
}

function viewUrl(id: string): string {
  return `https://www.linkedin.com/jobs/view/${id}/`;
}

function guestCards(root: ParentNode, url: URL, memo?: CardMemo): ExtractedOffer[] {
  return extractCards(
    root,
    url,
    LINKEDIN_GUEST_SPEC,
    (card, fields) => {
      // The link carries tracking parameters (position, refId, trackingId) that identify the search, not the offer.
      if (fields.url) fields.url = fields.url.replace(/[?#].*$/, '');
      const id = linkedinJobId(card.getAttribute('data-entity-urn'));
      return id ? { id } : undefined;
    },
    memo,
  );
}

function classicCards(root: ParentNode, url: URL, memo?: CardMemo): ExtractedOffer[] {
  // LinkedIn empties the cards scrolled out of view ("occluded"): an empty card is
  // skipped now and read when it is filled again.
  return extractCards(
    root,
    url,
    LINKEDIN_CLASSIC_SPEC,
    (card, fields) => {
      const id = card.getAttribute('data-occludable-job-id') ?? card.getAttribute('data-job-id') ?? undefined;
      fields.salary = leafMatching(card, 'li, span, div', /\d.*(€|\$|£)/);
      if (id && /^\d+$/.test(id)) fields.url = viewUrl(id);
      return id ? { id } : undefined;
    },
    memo,
  ).filter((offer) => offer.title !== undefined);
}

// The new layout has no links and hashed classes: its text lines are, in order,
// title, company, place, then optional salary and insights.
function newLayoutCards(root: ParentNode, _url: URL, _memo?: CardMemo): ExtractedOffer[] {
  return outermost(safeQueryAll(root, NEW_LAYOUT_CARDS.join(','))).map((card) => {
    const id = /job-card-component-ref-(\d+)/.exec(card.getAttribute('componentkey') ?? '')?.[1];
    const lines = safeQueryAll(card, 'p')
      .map((p) => textOf(p))
      .filter((line) => line !== '');
    const title = textOf(pick(card, ['strong', '[aria-hidden="true"]'])) || lines[0];
    const rest = lines.filter((line) => !title || !line.startsWith(title));
    return makeOffer(
      card,
      {
        title,
        company: rest[0],
        location: rest[1],
        salary: rest.find((line) => /\d.*(€|\$|£)/.test(line)),
        url: id ? viewUrl(id) : undefined,
      },
      id ? { id } : undefined,
    );
  });
}

function linkFallback(root: ParentNode, url: URL): ExtractedOffer[] {
  const offerKey = (a: Element) => linkedinJobId(a.getAttribute('href'));
  const links = safeQueryAll(root, OFFER_LINKS.join(',')).filter((a) => offerKey(a) !== undefined);
  const seen = new Set<Element>();
  const offers: ExtractedOffer[] = [];
  for (const link of links) {
    const card = walkUpToCard(link, offerKey);
    if (seen.has(card)) continue;
    seen.add(card);
    const id = linkedinJobId(link.getAttribute('href'));
    const title = nonEmpty(textOf(link)) ?? nonEmpty(link.getAttribute('aria-label'));
    offers.push(
      makeOffer(
        card,
        { title, url: id ? viewUrl(id) : absoluteUrl(link.getAttribute('href'), url) },
        id ? { id } : undefined,
      ),
    );
  }
  return offers;
}

export const linkedin: SiteAdapter = {
  ...BOARD.linkedin,
  isListing: (url) => url.pathname.startsWith('/jobs/') && !url.pathname.startsWith('/jobs/view/'),
  extract(root, url, memo) {
    if (url.pathname.startsWith('/jobs/view/')) {
      const postings = extractJobPostings(root, url, ['h1.top-card-layout__title', 'h1']);
      if (postings.length > 0) return postings;
    }
    for (const layout of [guestCards, classicCards, newLayoutCards, linkFallback]) {
      const offers = layout(root, url, memo);
      if (offers.length > 0) return offers;
    }
    return [];
  },
};
